import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { KnowledgeArticle } from '@/features/knowledge/api/types';
import { anArticle, problemJson } from '@/features/knowledge/testing/knowledge-fixture';
import { fakeApi, type RecordedRequest } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** One stored article: GET answers it with its ETag; PUT goes to `onPut`. */
function fakeArticleApi(initial: KnowledgeArticle, onPut: (request: RecordedRequest, stored: KnowledgeArticle) => Reply) {
  let stored = initial;
  let version = 7;
  const api = fakeApi((request) => {
    if (request.path !== `/api/v1/kb/articles/${stored.id}`) return { status: 404, body: problemJson.notFound };
    if (request.method === 'GET') return { status: 200, body: stored, headers: { ETag: `"${version}"` } };
    const reply = onPut(request, stored);
    if (reply.status === 200) {
      stored = reply.body as KnowledgeArticle;
      version += 1;
      return { ...reply, headers: { ETag: `"${version}"` } };
    }
    return reply;
  });
  return {
    ...api,
    /** Someone else saves a new version meanwhile. */
    changeElsewhere: (change: Partial<KnowledgeArticle>) => {
      stored = { ...stored, ...change };
      version += 1;
    },
  };
}

const article = anArticle({
  title: 'Турникеты не работают после обновления',
  author: 'ivanova',
  updatedAt: '2025-12-31T21:05:00Z',
  sourceTicketId: '00000000-0000-4000-8000-000000000042',
});

// PUT replaces the whole text: what the body leaves out is gone.
const saved = (request: RecordedRequest, { id, author, sourceTicketId }: KnowledgeArticle): Reply => ({
  status: 200,
  body: { id, author, sourceTicketId, ...(request.body as object), updatedAt: '2026-01-10T08:00:00Z' },
});

describe('a knowledge base article', () => {
  it('shows everything it records, the update in Moscow time', async () => {
    renderApp({ routes, initialPath: `/kb/articles/${article.id}`, fetch: fakeArticleApi(article, saved).fetch });

    expect(await screen.findByRole('heading', { level: 1, name: 'Турникеты не работают после обновления' })).toBeInTheDocument();
    const view = screen.getByTestId('knowledge-article');
    expect(within(view).getByRole('heading', { name: 'Симптомы' })).toBeInTheDocument();
    expect(view).toHaveTextContent('Ни один турникет не пропускает сотрудников по картам');
    expect(view).toHaveTextContent('После обновления до 5.2 служба синхронизации не стартует');
    expect(view).toHaveTextContent('Перезапустить службу синхронизации контроллеров');
    expect(view).toHaveTextContent('Ошибка в работе функционала');
    expect(view).toHaveTextContent('PASS24.online');
    expect(within(view).getByText('скуд')).toBeInTheDocument();
    expect(screen.getByTestId('knowledge-article-author')).toHaveTextContent('ivanova');
    expect(screen.getByTestId('knowledge-article-updated')).toHaveTextContent('01.01.2026 00:05');
    expect(within(view).getByRole('link', { name: 'Закрытое обращение' })).toHaveAttribute(
      'href',
      '/tickets/00000000-0000-4000-8000-000000000042',
    );
  });

  it('saves a change with If-Match and shows the saved version', async () => {
    const api = fakeArticleApi(article, saved);
    renderApp({ routes, initialPath: `/kb/articles/${article.id}`, fetch: api.fetch });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Редактировать' }));
    const form = within(screen.getByRole('form', { name: 'Редактирование статьи' }));
    await user.clear(form.getByLabelText(/Заголовок/));
    await user.type(form.getByLabelText(/Заголовок/), 'Турникеты молчат после обновления до 5.2');
    await user.clear(form.getByLabelText('Причина'));
    await user.clear(form.getByLabelText('Теги'));
    await user.type(form.getByLabelText('Теги'), 'скуд, контроллер, скуд');
    await user.click(form.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Изменения сохранены.');
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"7"');
    expect(put?.body).toEqual({
      title: 'Турникеты молчат после обновления до 5.2',
      symptoms: article.symptoms,
      solution: article.solution,
      problemType: 'FUNCTIONAL',
      product: 'PASS24.online',
      productVersion: '5.2',
      tags: ['скуд', 'контроллер'],
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Турникеты молчат после обновления до 5.2');
    expect(screen.getByTestId('knowledge-article-updated')).toHaveTextContent('10.01.2026 11:00');
    expect(screen.queryByRole('heading', { name: 'Причина' })).not.toBeInTheDocument();
  });

  it('says when someone else changed it first (412) and loads their version on request', async () => {
    const api = fakeArticleApi(article, (request) =>
      request.headers.get('If-Match') === '"8"' ? saved(request, article) : { status: 412, body: problemJson.preconditionFailed },
    );
    renderApp({ routes, initialPath: `/kb/articles/${article.id}`, fetch: api.fetch });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Редактировать' }));
    api.changeElsewhere({ solution: 'Обновить прошивку контроллеров до 5.2.1' });
    const form = within(screen.getByRole('form', { name: 'Редактирование статьи' }));
    await user.type(form.getByLabelText('Продукт'), ' Cloud');
    await user.click(form.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Статью уже изменил кто-то другой, ваши правки не сохранены.');
    expect(api.requests.find((r) => r.method === 'PUT')?.headers.get('If-Match')).toBe('"7"');
    // The agent's text stays until they choose the other version.
    expect(form.getByLabelText('Продукт')).toHaveValue('PASS24.online Cloud');

    await user.click(screen.getByRole('button', { name: 'Загрузить актуальную версию' }));

    const reloaded = within(await screen.findByRole('form', { name: 'Редактирование статьи' }));
    await waitFor(() => expect(reloaded.getByLabelText(/Решение/)).toHaveValue('Обновить прошивку контроллеров до 5.2.1'));
    expect(reloaded.getByLabelText('Продукт')).toHaveValue('PASS24.online');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(reloaded.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Изменения сохранены.');
    expect(api.requests.filter((r) => r.method === 'PUT').at(-1)?.headers.get('If-Match')).toBe('"8"');
  });

  it('checks the required fields before asking, and shows the server’s messages by field', async () => {
    const api = fakeArticleApi(article, () => ({
      status: 400,
      body: {
        type: 'https://emergency-desk.pass24.online/problems/validation-error',
        title: 'Validation failed',
        status: 400,
        errors: [{ field: 'updateKnowledgeArticle.write.tags[0]', message: 'size must be between 1 and 50' }],
      },
    }));
    renderApp({ routes, initialPath: `/kb/articles/${article.id}`, fetch: api.fetch });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Редактировать' }));
    await user.clear(screen.getByLabelText(/Симптомы/));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(screen.getByTestId('knowledge-edit-symptoms-error')).toHaveTextContent('Заполните это поле.');
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.type(screen.getByLabelText(/Симптомы/), 'Турникет молчит');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByTestId('knowledge-edit-tags-error')).toHaveTextContent('size must be between 1 and 50');
    expect(screen.getByLabelText('Теги')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when there is no such article, and offers no editing to developers', async () => {
    const { unmount } = renderApp({ routes, initialPath: '/kb/articles/10000000-0000-4000-8000-999999999999', fetch: fakeArticleApi(article, saved).fetch });
    expect(await screen.findByRole('alert')).toHaveTextContent('Такой статьи нет в базе знаний.');
    unmount();

    renderApp({
      routes,
      initialPath: `/kb/articles/${article.id}`,
      fetch: fakeArticleApi(article, saved).fetch,
      session: { roles: ['developer'] },
    });
    expect(await screen.findByTestId('knowledge-article')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Редактировать' })).not.toBeInTheDocument();
  });
});
