import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { aTicket } from '@/testing/ticket-fixture';
import { TicketQueue } from './ticket-queue';

const queueRoutes = [{ path: '/', element: <TicketQueue /> }];

describe('TicketQueue', () => {
  it('shows one row per ticket with its key, title, client, Moscow time and status', async () => {
    const api = fakeApi(() => ({
      status: 200,
      body: {
        items: [
          aTicket({
            key: 'EM-000042',
            title: 'СКУД не пускает сотрудников',
            clientName: 'АО «Пропуск»',
            level: 'EMERGENCY',
            status: 'IN_PROGRESS',
            receivedAt: '2025-01-02T21:30:00Z',
          }),
          aTicket({ key: 'EM-000043', title: 'Вопрос по отчёту', level: 'STANDARD' }),
        ],
      },
    }));
    renderApp({ routes: queueRoutes, fetch: api.fetch });

    const rows = await screen.findAllByTestId('ticket-row');
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByText('EM-000042')).toBeInTheDocument();
    expect(first.getByText('СКУД не пускает сотрудников')).toBeInTheDocument();
    expect(first.getByText('АО «Пропуск»')).toBeInTheDocument();
    // 21:30 UTC is 00:30 the next day in Moscow.
    expect(first.getByText('03.01.2025 00:30')).toBeInTheDocument();
    expect(first.getByText('В работе')).toBeInTheDocument();
    expect(api.requests[0]?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('marks emergency tickets and only them', async () => {
    const api = fakeApi(() => ({
      status: 200,
      body: {
        items: [
          aTicket({ title: 'Система недоступна', level: 'EMERGENCY' }),
          aTicket({ title: 'Плановый вопрос', level: 'STANDARD' }),
        ],
      },
    }));
    renderApp({ routes: queueRoutes, fetch: api.fetch });

    const [emergency, standard] = await screen.findAllByTestId('ticket-row');
    expect(within(emergency!).getByRole('img', { name: 'Экстренное обращение' })).toBeInTheDocument();
    expect(within(emergency!).getByText(/Экстренный/)).toBeInTheDocument();
    expect(within(standard!).queryByRole('img', { name: 'Экстренное обращение' })).not.toBeInTheDocument();
    expect(within(standard!).getByText('Стандартный')).toBeInTheDocument();
  });

  it('loads the next page with the cursor the server gave and appends it', async () => {
    const api = fakeApi(({ search }) =>
      search.get('cursor') === 'page-2'
        ? { status: 200, body: { items: [aTicket({ title: 'Со второй страницы' })], nextCursor: null } }
        : { status: 200, body: { items: [aTicket({ title: 'С первой страницы' })], nextCursor: 'page-2' } },
    );
    renderApp({ routes: queueRoutes, fetch: api.fetch });

    await screen.findByText('С первой страницы');
    await userEvent.click(screen.getByRole('button', { name: 'Показать ещё' }));

    await screen.findByText('Со второй страницы');
    expect(screen.getAllByTestId('ticket-row')).toHaveLength(2);
    expect(api.requests.map((r) => r.search.get('cursor'))).toEqual([null, 'page-2']);
    expect(screen.queryByRole('button', { name: 'Показать ещё' })).not.toBeInTheDocument();
  });

  it('tells the user when the queue cannot be loaded', async () => {
    const api = fakeApi(() => ({
      status: 403,
      body: {
        type: 'https://emergency-desk.pass24.online/problems/forbidden',
        title: 'Forbidden',
        status: 403,
        detail: 'Нет роли agent',
      },
    }));
    renderApp({ routes: queueRoutes, fetch: api.fetch });

    expect(await screen.findByRole('alert')).toHaveTextContent('Нет роли agent');
  });
});
