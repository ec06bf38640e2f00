import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { routes } from '@/app/routes';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { aTicket } from '@/testing/ticket-fixture';
import type { Ticket } from '../api/types';
import { aHit, anArticle, problemJson } from '../testing/knowledge-fixture';
import { KnowledgeSuggestions } from './knowledge-suggestions';

const turnstile = anArticle({ title: 'Турникеты не работают после обновления' });
const printer = anArticle({ title: 'Пропуска гостей не печатаются' });

function fakeSuggestionsApi(ticket: Ticket, items = [aHit(turnstile, 0.8, 'Ни один <mark>турникет</mark> не пропускает'), aHit(printer, 0.1)]) {
  return fakeApi(({ method, path }) => {
    if (method === 'GET' && path === `/api/v1/tickets/${ticket.id}`) {
      return { status: 200, body: ticket, headers: { ETag: `"${ticket.version ?? 1}"` } };
    }
    if (method === 'GET' && path === `/api/v1/tickets/${ticket.id}/kb-suggestions`) return { status: 200, body: { items } };
    if (method === 'GET' && path === `/api/v1/kb/articles/${turnstile.id}`) return { status: 200, body: turnstile };
    if (method === 'POST' && path === `/api/v1/kb/articles/from-ticket/${ticket.id}`) {
      return { status: 201, body: { ...turnstile, sourceTicketId: ticket.id } };
    }
    return { status: 404, body: problemJson.notFound };
  });
}

/** The panel alone on a page, beside the app's knowledge base routes its links lead to. */
function renderPanel(ticket: Ticket, fetch: typeof globalThis.fetch, roles = ['agent']) {
  return renderApp({
    routes: [{ path: '/', element: <KnowledgeSuggestions ticket={ticket} /> }, ...routes],
    fetch,
    session: { roles },
  });
}

describe('the knowledge suggestions of a ticket', () => {
  it('lists the best known solutions with their scores and snippets, linking to them', async () => {
    const ticket = aTicket({ status: 'DIAGNOSED', title: 'Не работает турникет' });
    const { router } = renderPanel(ticket, fakeSuggestionsApi(ticket).fetch);
    const user = userEvent.setup();

    const list = await screen.findByRole('list', { name: 'Известные решения' });
    const items = within(list).getAllByTestId('knowledge-suggestion');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('релевантность 0,8');
    expect(within(items[0]!).getByTestId('knowledge-snippet').querySelector('mark')).toHaveTextContent('турникет');
    expect(within(items[1]!).queryByTestId('knowledge-snippet')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Задокументировать решение' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Искать в базе знаний' })).toHaveAttribute(
      'href',
      `/kb?q=${encodeURIComponent('Не работает турникет')}`,
    );

    await user.click(within(items[0]!).getByRole('link', { name: 'Турникеты не работают после обновления' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Турникеты не работают после обновления' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/kb/articles/${turnstile.id}`);
  });

  it('says so when nothing in the knowledge base matches', async () => {
    const ticket = aTicket();
    renderPanel(ticket, fakeSuggestionsApi(ticket, []).fetch);

    expect(await screen.findByTestId('knowledge-suggestions-empty')).toHaveTextContent('В базе знаний нет похожих решений.');
  });

  it('offers to document only a closed ticket’s solution (the server refuses a resolved one)', async () => {
    const resolved = aTicket({ status: 'RESOLVED' });
    const { unmount } = renderPanel(resolved, fakeSuggestionsApi(resolved).fetch);
    expect(await screen.findByRole('list', { name: 'Известные решения' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Задокументировать решение' })).not.toBeInTheDocument();
    unmount();

    const closed = aTicket({ status: 'CLOSED' });
    renderPanel(closed, fakeSuggestionsApi(closed).fetch);
    expect(await screen.findByRole('link', { name: 'Задокументировать решение' })).toHaveAttribute(
      'href',
      `/kb/articles/new?fromTicket=${closed.id}`,
    );
  });

  it('is not shown to developers, whom the server gives no suggestions', () => {
    const ticket = aTicket({ status: 'CLOSED' });
    const api = fakeSuggestionsApi(ticket);
    renderPanel(ticket, api.fetch, ['developer']);

    expect(screen.queryByTestId('knowledge-suggestions')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it('documents a closed ticket from its page: the from-ticket endpoint, then the new article', async () => {
    const closed = aTicket({ status: 'CLOSED', version: 9 });
    const api = fakeSuggestionsApi(closed);
    const { router } = renderApp({ routes, initialPath: `/tickets/${closed.id}`, fetch: api.fetch });
    const user = userEvent.setup();

    const panel = within(await screen.findByTestId('knowledge-suggestions'));
    await user.click(await panel.findByRole('link', { name: 'Задокументировать решение' }));
    await user.click(await screen.findByRole('button', { name: 'Создать статью из обращения' }));

    expect(await screen.findByTestId('knowledge-article')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/kb/articles/${turnstile.id}`);
    expect(screen.getByRole('status')).toHaveTextContent('Статья создана по закрытому обращению.');
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual([`/api/v1/kb/articles/from-ticket/${closed.id}`]);
  });
});
