import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import type { Escalation } from '../api/types';
import { anEscalation } from '../testing/escalation-fixture';
import { EscalationQueue } from './escalation-queue';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

function fakeQueue(pages: Record<string, { items: Escalation[]; nextCursor?: string }>) {
  const api = fakeApi(({ method, path, search }) => {
    if (method === 'GET' && path === '/api/v1/escalations') return { status: 200, body: pages[search.get('cursor') ?? ''] ?? { items: [] } };
    return { status: 404 };
  });
  return { ...api, lastQuery: () => api.requests.at(-1)?.search.toString() };
}

function openQueue(api: { fetch: typeof fetch }, initialPath = '/escalations') {
  return renderApp({ routes: [{ path: '/escalations', element: <EscalationQueue /> }], initialPath, fetch: api.fetch, session: { roles: ['developer'] } });
}

describe('the development queue', () => {
  it('puts the filters into the query string of the request and of the page', async () => {
    const api = fakeQueue({ '': { items: [anEscalation()] } });
    const { router } = openQueue(api);
    const user = userEvent.setup();
    const filters = within(await screen.findByRole('search', { name: 'Фильтры очереди разработки' }));
    await screen.findByTestId('escalation-row');
    expect(api.lastQuery()).toBe('limit=25');

    await user.click(filters.getByLabelText('Ждёт подтверждения'));
    await user.click(filters.getByLabelText('В работе'));
    await waitFor(() => expect(api.lastQuery()).toBe('limit=25&status=OPEN&status=IN_PROGRESS'));
    await user.selectOptions(filters.getByLabelText('Серьёзность'), 'Критическая');
    await waitFor(() => expect(api.lastQuery()).toBe('limit=25&status=OPEN&status=IN_PROGRESS&severity=CRITICAL'));
    await user.selectOptions(filters.getByLabelText('Срок подтверждения'), 'Нарушен');
    await waitFor(() => expect(api.lastQuery()).toBe('limit=25&status=OPEN&status=IN_PROGRESS&severity=CRITICAL&breached=true'));
    expect(router.state.location.search).toBe('?status=OPEN&status=IN_PROGRESS&severity=CRITICAL&breached=true');

    await user.click(filters.getByRole('button', { name: 'Сбросить' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(filters.getByLabelText('Ждёт подтверждения')).not.toBeChecked();
  });

  it('starts from the filters in the address and drops values the contract does not know', async () => {
    const api = fakeQueue({ '': { items: [] } });
    openQueue(api, '/escalations?status=FIXED&status=BOGUS&severity=LOW&breached=false');

    expect(await screen.findByText('Эскалаций нет.')).toBeInTheDocument();
    expect(api.lastQuery()).toBe('limit=25&status=FIXED&severity=LOW&breached=false');
    expect(screen.getByLabelText('Исправлено')).toBeChecked();
    expect(screen.getByLabelText('Серьёзность')).toHaveValue('LOW');
    expect(screen.getByLabelText('Срок подтверждения')).toHaveValue('false');
  });

  it('lists escalations with the acknowledgement countdown, overdue marker and links, page by page', async () => {
    const overdue = anEscalation({
      severity: 'CRITICAL',
      ticketTitle: 'Не открываются шлагбаумы',
      acknowledgement: { targetMinutes: 60, dueAt: hoursFromNow(-2), breachedAt: hoursFromNow(-2), state: 'BREACHED' },
    });
    const running = anEscalation({ severity: 'MEDIUM', ticketTitle: 'Медленно грузится журнал', acknowledgement: { targetMinutes: 240, dueAt: hoursFromNow(3), state: 'RUNNING' } });
    const later = anEscalation({
      status: 'IN_PROGRESS',
      ticketTitle: 'Ошибка в отчёте',
      acknowledgement: { targetMinutes: 60, dueAt: hoursFromNow(-5), acknowledgedAt: hoursFromNow(-6), state: 'MET' },
      externalReference: { system: 'BITRIX24', key: '4711', url: 'https://b24.example/task/4711' },
    });
    const api = fakeQueue({ '': { items: [overdue, running], nextCursor: 'c2' }, c2: { items: [later] } });
    openQueue(api);
    const user = userEvent.setup();

    const [first, second] = await screen.findAllByTestId('escalation-row');
    expect(first).toHaveClass('escalation-row--overdue');
    expect(within(first!).getByTestId('acknowledgement')).toHaveTextContent(/^Просрочено на 2 часа/);
    expect(within(first!).getByRole('link', { name: 'Не открываются шлагбаумы' })).toHaveAttribute('href', `/escalations/${overdue.id}`);
    expect(within(first!).getByRole('link', { name: overdue.ticketKey })).toHaveAttribute('href', `/tickets/${overdue.ticketId}`);
    expect(within(first!).getByTestId('escalation-severity')).toHaveTextContent('Критическая');
    expect(second).not.toHaveClass('escalation-row--overdue');
    expect(within(second!).getByTestId('acknowledgement')).toHaveTextContent(/^Осталось 2 часа 59 минут/);

    await user.click(screen.getByRole('button', { name: 'Показать ещё' }));

    await waitFor(() => expect(screen.getAllByTestId('escalation-row')).toHaveLength(3));
    expect(api.requests.at(-1)?.search.get('cursor')).toBe('c2');
    const third = within(screen.getAllByTestId('escalation-row')[2]!);
    expect(third.getByTestId('acknowledgement')).toHaveAttribute('data-state', 'acknowledged');
    expect(third.getByRole('link', { name: 'Битрикс24 4711' })).toHaveAttribute('href', 'https://b24.example/task/4711');
    expect(screen.queryByRole('button', { name: 'Показать ещё' })).not.toBeInTheDocument();
  });
});
