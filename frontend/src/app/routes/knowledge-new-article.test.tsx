import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { KnowledgeArticle } from '@/features/knowledge/api/types';
import { anArticle, problemJson } from '@/features/knowledge/testing/knowledge-fixture';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

const ticketId = '00000000-0000-4000-8000-000000000077';

function fakeCreationApi(created: KnowledgeArticle, fromTicket: () => { status: number; body?: unknown } = () => ({ status: 201, body: created })) {
  return fakeApi(({ method, path }) => {
    if (method === 'POST' && path === `/api/v1/kb/articles/from-ticket/${ticketId}`) return fromTicket();
    if (method === 'POST' && path === '/api/v1/kb/articles') return { status: 201, body: created };
    if (method === 'GET' && path === `/api/v1/kb/articles/${created.id}`) return { status: 200, body: created };
    return { status: 404, body: problemJson.notFound };
  });
}

describe('a new knowledge base article', () => {
  it('is created from a closed ticket at once, then opened for review', async () => {
    const documented = anArticle({ title: 'Не открывается веб-интерфейс', sourceTicketId: ticketId, cause: 'Истёк TLS-сертификат' });
    const api = fakeCreationApi(documented);
    const { router } = renderApp({ routes, initialPath: `/kb/articles/new?fromTicket=${ticketId}`, fetch: api.fetch });
    const user = userEvent.setup();

    expect(screen.getByRole('heading', { level: 1, name: 'Задокументировать решение обращения' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← К обращению' })).toHaveAttribute('href', `/tickets/${ticketId}`);

    await user.click(screen.getByRole('button', { name: 'Создать статью из обращения' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Не открывается веб-интерфейс' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/kb/articles/${documented.id}`);
    expect(screen.getByRole('status')).toHaveTextContent('Статья создана по закрытому обращению.');
    expect(screen.getByTestId('knowledge-article')).toHaveTextContent('Истёк TLS-сертификат');
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe(`/api/v1/kb/articles/from-ticket/${ticketId}`);
    expect(posts[0]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('explains that only a closed ticket is documented (409), and tries again with a new key', async () => {
    const documented = anArticle();
    let answer: { status: number; body?: unknown } = { status: 409, body: problemJson.invalidTransition };
    const api = fakeCreationApi(documented, () => answer);
    const { router } = renderApp({ routes, initialPath: `/kb/articles/new?fromTicket=${ticketId}`, fetch: api.fetch });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Создать статью из обращения' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Задокументировать можно только решение закрытого обращения.');
    expect(router.state.location.pathname).toBe('/kb/articles/new');

    answer = { status: 201, body: documented };
    await user.click(screen.getByRole('button', { name: 'Создать статью из обращения' }));

    expect(await screen.findByTestId('knowledge-article')).toBeInTheDocument();
    const [first, second] = api.requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('Idempotency-Key'));
    expect(second).not.toBe(first);
  });

  it('is written from scratch and opened once created', async () => {
    const created = anArticle({ title: 'Пропуска гостей не печатаются' });
    const api = fakeCreationApi(created);
    const { router } = renderApp({ routes, initialPath: '/kb/articles/new', fetch: api.fetch });
    const user = userEvent.setup();

    const form = within(screen.getByRole('form', { name: 'Новая статья' }));
    await user.click(form.getByRole('button', { name: 'Создать статью' }));
    expect(form.getByTestId('knowledge-new-title-error')).toHaveTextContent('Заполните это поле.');
    expect(api.requests).toHaveLength(0);

    await user.type(form.getByLabelText(/Заголовок/), 'Пропуска гостей не печатаются');
    await user.type(form.getByLabelText(/Симптомы/), 'Принтер пропусков молчит');
    await user.type(form.getByLabelText(/Решение/), 'Переустановить драйвер');
    await user.selectOptions(form.getByLabelText('Тип проблемы'), 'FUNCTIONAL');
    await user.type(form.getByLabelText('Теги'), 'принтер, гости');
    await user.click(form.getByRole('button', { name: 'Создать статью' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Пропуска гостей не печатаются' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/kb/articles/${created.id}`);
    expect(screen.getByRole('status')).toHaveTextContent('Статья создана.');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Пропуска гостей не печатаются',
      symptoms: 'Принтер пропусков молчит',
      solution: 'Переустановить драйвер',
      problemType: 'FUNCTIONAL',
      tags: ['принтер', 'гости'],
    });
  });

  it('is not offered to developers, who only read the knowledge base', () => {
    renderApp({ routes, initialPath: `/kb/articles/new?fromTicket=${ticketId}`, session: { roles: ['developer'] } });

    expect(screen.getByRole('alert')).toHaveTextContent('Статьи базы знаний пишут агенты и руководитель техподдержки.');
    expect(screen.queryByRole('button', { name: 'Создать статью из обращения' })).not.toBeInTheDocument();
  });
});
