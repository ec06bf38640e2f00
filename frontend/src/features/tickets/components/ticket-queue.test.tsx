import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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

describe('TicketQueue workflow', () => {
  it('links each row to its ticket by key and shows the nearest countdown in colour', async () => {
    const breached = aTicket({
      key: 'EM-000050',
      level: 'EMERGENCY',
      timers: [
        { metric: 'FIRST_CONTACT', startedAt: '2025-03-04T07:05:00Z', targetMinutes: 15, dueAt: '2025-03-04T07:20:00Z', state: 'MET', businessSecondsRemaining: 300, percentElapsed: 66 },
        { metric: 'RESOLUTION', startedAt: '2025-03-04T07:05:00Z', targetMinutes: 240, dueAt: '2025-03-04T11:05:00Z', state: 'BREACHED', businessSecondsRemaining: -1260, percentElapsed: 108 },
      ],
    });
    const running = aTicket({
      key: 'EM-000051',
      timers: [
        { metric: 'FIRST_CONTACT', startedAt: '2025-03-04T07:05:00Z', targetMinutes: 240, dueAt: '2025-03-04T11:05:00Z', state: 'RUNNING', businessSecondsRemaining: 7200, percentElapsed: 50 },
      ],
    });
    const untimed = aTicket({ key: 'EM-000052' });
    const api = fakeApi(() => ({ status: 200, body: { items: [breached, running, untimed] } }));
    renderApp({ routes: queueRoutes, fetch: api.fetch });

    const [first, second, third] = await screen.findAllByTestId('ticket-row');
    expect(within(first!).getByRole('link', { name: 'EM-000050' })).toHaveAttribute('href', `/tickets/${breached.id}`);
    expect(within(first!).getByTestId('queue-countdown')).toHaveAttribute('data-state', 'breached');
    expect(within(first!).getByTestId('queue-countdown')).toHaveTextContent('просрочено на 21 рабочая минута');
    expect(within(second!).getByTestId('queue-countdown')).toHaveAttribute('data-state', 'amber');
    expect(within(second!).getByTestId('queue-countdown')).toHaveTextContent('осталось 2 рабочих часа');
    expect(within(third!).queryByTestId('queue-countdown')).not.toBeInTheDocument();
  });

  it('asks the server for the filtered queue', async () => {
    const api = fakeApi(() => ({ status: 200, body: { items: [aTicket({ title: 'Найденное' })] } }));
    renderApp({ routes: queueRoutes, fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByText('Найденное');

    await user.selectOptions(screen.getByLabelText('Статус'), 'DIAGNOSED');
    await user.selectOptions(screen.getByLabelText('Уровень'), 'EMERGENCY');
    await user.click(screen.getByLabelText('Только с нарушенным SLA'));
    await user.type(screen.getByLabelText('Поиск по номеру, теме, клиенту'), 'Ромашка{Enter}');

    await vi.waitFor(() => expect(api.requests.at(-1)?.search.get('q')).toBe('Ромашка'));
    const last = api.requests.at(-1)!.search;
    expect(last.getAll('status')).toEqual(['DIAGNOSED']);
    expect(last.get('level')).toBe('EMERGENCY');
    expect(last.get('breached')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Сбросить' }));
    await vi.waitFor(() => expect(api.requests.at(-1)?.search.get('q')).toBeNull());
    expect(api.requests.at(-1)?.search.get('level')).toBeNull();
  });
});
