import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aHit, anArticle } from '@/features/knowledge/testing/knowledge-fixture';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

const turnstile = anArticle({ title: 'Турникеты не работают после обновления' });
const reports = anArticle({ title: 'Медленная работа отчётов', problemType: 'PERFORMANCE', tags: [] });

function fakeKnowledgeApi() {
  return fakeApi(({ method, path, search }) => {
    if (method === 'GET' && path === '/api/v1/kb/articles') {
      if (!search.get('q')) return { status: 200, body: { items: [aHit(reports, 0), aHit(turnstile, 0)] } };
      if (search.get('q') === 'ничего такого') return { status: 200, body: { items: [] } };
      return {
        status: 200,
        body: {
          items: [
            aHit(turnstile, 0.4286, 'Ни один <mark>турникет</mark> не пропускает &lt;b&gt;сотрудников&lt;/b&gt; &amp; гостей'),
            aHit(reports, 0.05, 'Пересобрать индексы; <mark>турникеты</mark> тут ни при чём'),
          ],
        },
      };
    }
    return { status: 404 };
  });
}

const searches = (api: ReturnType<typeof fakeKnowledgeApi>) => api.requests.filter((r) => r.path === '/api/v1/kb/articles');

describe('the knowledge base search', () => {
  it('shows the ranked results with the matched words marked, linking to the articles', async () => {
    const api = fakeKnowledgeApi();
    renderApp({ routes, initialPath: '/kb?q=турникет', fetch: api.fetch });

    const results = await screen.findByRole('list', { name: 'Результаты по запросу «турникет»' });
    const hits = within(results).getAllByTestId('knowledge-hit');
    expect(hits.map((hit) => within(hit).getByRole('heading').textContent)).toEqual([
      'Турникеты не работают после обновления',
      'Медленная работа отчётов',
    ]);
    expect(within(hits[0]!).getByRole('link', { name: 'Турникеты не работают после обновления' })).toHaveAttribute(
      'href',
      `/kb/articles/${turnstile.id}`,
    );
    expect(within(hits[0]!).getByTestId('knowledge-score')).toHaveTextContent('релевантность 0,429');

    const snippet = within(hits[0]!).getByTestId('knowledge-snippet');
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['турникет']);
    // The escaped text is shown as the characters it was, and never becomes markup.
    expect(snippet).toHaveTextContent('Ни один турникет не пропускает <b>сотрудников</b> & гостей');
    expect(snippet.querySelector('b')).toBeNull();
    expect(within(hits[1]!).getByTestId('knowledge-snippet').querySelector('mark')).toHaveTextContent('турникеты');
    expect(screen.getByText('Найдено 2 статьи, лучшие совпадения первыми.')).toBeInTheDocument();
    expect(searches(api)[0]?.search.get('q')).toBe('турникет');
  });

  it('keeps the query and the problem type in the URL', async () => {
    const api = fakeKnowledgeApi();
    const { router } = renderApp({ routes, initialPath: '/kb', fetch: api.fetch });
    const user = userEvent.setup();

    expect(await screen.findByRole('list', { name: 'Новые статьи' })).toBeInTheDocument();
    expect(screen.queryByTestId('knowledge-score')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Что ищем'), 'не работает турникет{Enter}');

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('не работает турникет'));
    expect(await screen.findByRole('list', { name: 'Результаты по запросу «не работает турникет»' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Тип проблемы'), 'FUNCTIONAL');

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('problemType')).toBe('FUNCTIONAL'));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('не работает турникет');
    await waitFor(() => expect(searches(api).at(-1)?.search.get('problemType')).toBe('FUNCTIONAL'));
    expect(searches(api).at(-1)?.search.get('q')).toBe('не работает турникет');

    // Back in history, the form shows the query of that URL again.
    await act(() => router.navigate(-2));
    await waitFor(() => expect(screen.getByLabelText('Что ищем')).toHaveValue(''));
  });

  it('starts from the query in the URL and says when nothing matches', async () => {
    renderApp({ routes, initialPath: '/kb?q=ничего+такого', fetch: fakeKnowledgeApi().fetch });

    expect(await screen.findByTestId('knowledge-empty')).toHaveTextContent('Ничего не найдено.');
    expect(screen.getByLabelText('Что ищем')).toHaveValue('ничего такого');
  });

  it('links to a new article for agents, not for developers, who only read', async () => {
    const { unmount } = renderApp({ routes, initialPath: '/kb', fetch: fakeKnowledgeApi().fetch });
    expect(await screen.findByRole('link', { name: 'Новая статья' })).toHaveAttribute('href', '/kb/articles/new');
    unmount();

    renderApp({ routes, initialPath: '/kb', fetch: fakeKnowledgeApi().fetch, session: { roles: ['developer'] } });
    expect(await screen.findByRole('list', { name: 'Новые статьи' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Новая статья' })).not.toBeInTheDocument();
  });
});
