import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { fakeEventStreams } from '@/testing/fake-event-stream';
import { renderApp } from '@/testing/render-app';
import type { CalendarDay, Wallboard } from '../api/types';
import { aWallboard, aWallboardTicket, aWallboardTimer } from '../testing/wallboard-fixture';
import { WallboardPage } from './wallboard-page';

const wallboardRoutes = [{ path: '/wallboard', element: <WallboardPage /> }];

function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000) {
    dates.push(new Date(day).toISOString().slice(0, 10));
  }
  return dates;
}

// A calendar with no working time: the fixture's business-hours clocks stand still, whatever the hour.
const dayOff: CalendarDay['intervals'] = [];
const roundTheClock: CalendarDay['intervals'] = [{ start: '00:00', end: '24:00' }];

/** The summary and the default calendar, every day with these working hours. */
function wallboardApi(summary: Wallboard, intervals: CalendarDay['intervals'] = dayOff) {
  return fakeApi(({ path, search }) => {
    if (path === '/api/v1/wallboard') return { status: 200, body: summary };
    if (path === '/api/v1/calendars/default') {
      return { status: 200, body: { id: 'default', name: 'Основной', zone: 'Europe/Moscow', isDefault: true, weeklyHours: [], version: 1 } };
    }
    if (path === '/api/v1/calendars/default/days') {
      const items = datesFrom(search.get('from') ?? '', search.get('to') ?? '').map((date) => ({
        date,
        type: 'WORKDAY',
        intervals,
        workingMinutes: 0,
      }));
      return { status: 200, body: { items } };
    }
    return { status: 404, body: { type: 'about:blank', title: 'Not found', status: 404 } };
  });
}

const cardOf = (key: string) => screen.getAllByTestId('emergency-card').find((card) => card.dataset.key === key)!;
const tile = (name: string) => within(screen.getByTestId(`tile-${name}`));

describe('the wallboard', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the summary tiles and one card per open emergency, in Russian', async () => {
    const summary = aWallboard({
      generatedAt: '2026-03-03T07:05:00Z',
      openEmergencies: 3,
      atRisk: 1,
      breachedToday: 2,
      awaitingConfirmation: 1,
      escalated: 1,
      complianceToday: { met: 9, breached: 1, percent: 90 },
      complianceWeek: { met: 40, breached: 2, percent: 95.238 },
      emergencies: [
        aWallboardTicket({ key: 'EM-000101', title: 'СКУД не открывает турникеты', clientName: 'АО «Пропуск»', escalated: true, assignee: 'Анна Агентова' }),
        aWallboardTicket({ key: 'EM-000102', title: 'Не печатаются пропуска', clientName: 'ООО «Ромашка»' }),
      ],
    });
    const api = wallboardApi(summary);
    const streams = fakeEventStreams();
    renderApp({ routes: wallboardRoutes, initialPath: '/wallboard', fetch: api.fetch, streams, session: { roles: ['wallboard'] } });

    expect(screen.getByRole('heading', { level: 1, name: 'Экстренные обращения' })).toBeInTheDocument();
    await screen.findAllByTestId('emergency-card');
    expect(tile('openEmergencies').getByText('Открыто экстренных')).toBeInTheDocument();
    expect(tile('openEmergencies').getByText('3')).toBeInTheDocument();
    expect(tile('atRisk').getByText('1')).toBeInTheDocument();
    expect(tile('breachedToday').getByText('2')).toBeInTheDocument();
    expect(tile('awaitingConfirmation').getByText('1')).toBeInTheDocument();
    expect(tile('escalated').getByText('1')).toBeInTheDocument();
    expect(screen.getByTestId('tile-complianceToday')).toHaveTextContent('SLA сегодня90 %в срок 9 из 10');
    expect(screen.getByTestId('tile-complianceWeek')).toHaveTextContent('95,2 %');

    const first = within(cardOf('EM-000101'));
    expect(first.getByRole('heading', { level: 2, name: 'СКУД не открывает турникеты' })).toBeInTheDocument();
    expect(first.getByText('АО «Пропуск»')).toBeInTheDocument();
    expect(first.getByText('Эскалировано в разработку')).toBeInTheDocument();
    expect(first.getByRole('timer', { name: 'Первый контакт: осталось 12 рабочих минут' })).toHaveTextContent('12:00');
    expect(cardOf('EM-000101')).toHaveAttribute('data-colour', 'green');
    expect(within(cardOf('EM-000102')).getByText('Не печатаются пропуска')).toBeInTheDocument();

    // 07:05 UTC is 10:05 in Moscow.
    expect(screen.getByTestId('last-update')).toHaveTextContent('Обновлено в 10:05:00 МСК');
    await waitFor(() => expect(screen.getByTestId('connection-badge')).toHaveTextContent('Обновления в реальном времени: В эфире'));
    expect(streams.connections[0]?.path).toBe('/api/v1/wallboard/stream');
    expect(streams.connections[0]?.headers.get('Authorization')).toBe('Bearer test-access-token');
  });

  it('switches to English with the language switch', async () => {
    const api = wallboardApi(aWallboard({ emergencies: [] }));
    renderApp({ routes: wallboardRoutes, initialPath: '/wallboard', fetch: api.fetch, session: { roles: ['wallboard'] } });
    await screen.findByText('Активных экстренных обращений нет');

    await userEvent.selectOptions(screen.getByLabelText('Язык интерфейса'), 'en');

    expect(screen.getByRole('heading', { level: 1, name: 'Emergencies' })).toBeInTheDocument();
    expect(screen.getByText('No active emergencies')).toBeInTheDocument();
    expect(tile('breachedToday').getByText('Breached today')).toBeInTheDocument();
  });

  it('replaces the picture with every wallboard event', async () => {
    const api = wallboardApi(aWallboard({ openEmergencies: 1, emergencies: [aWallboardTicket({ key: 'EM-000201' })] }));
    const streams = fakeEventStreams();
    renderApp({ routes: wallboardRoutes, initialPath: '/wallboard', fetch: api.fetch, streams, session: { roles: ['wallboard'] } });
    await screen.findByText('EM-000201');
    const connection = await streams.connection(1);

    connection.send({
      event: 'wallboard',
      data: aWallboard({
        generatedAt: '2026-03-03T07:06:30Z',
        openEmergencies: 2,
        emergencies: [aWallboardTicket({ key: 'EM-000202' }), aWallboardTicket({ key: 'EM-000203' })],
      }),
    });

    await screen.findByText('EM-000202');
    expect(screen.getByText('EM-000203')).toBeInTheDocument();
    expect(screen.queryByText('EM-000201')).not.toBeInTheDocument();
    expect(tile('openEmergencies').getByText('2')).toBeInTheDocument();
    expect(screen.getByTestId('last-update')).toHaveTextContent('10:06:30');
  });

  it('colours a card by its most urgent timer, red once breached', async () => {
    const api = wallboardApi(
      aWallboard({
        emergencies: [
          aWallboardTicket({
            key: 'EM-000301',
            timers: [aWallboardTimer({ metric: 'RESOLUTION', state: 'BREACHED', businessSecondsRemaining: -300, percentElapsed: 102 })],
          }),
          aWallboardTicket({ key: 'EM-000302', timers: [aWallboardTimer({ percentElapsed: 60, businessSecondsRemaining: 360 })] }),
          aWallboardTicket({ key: 'EM-000303', timers: [aWallboardTimer({ percentElapsed: 85, businessSecondsRemaining: 135 })] }),
          aWallboardTicket({ key: 'EM-000304', timers: [] }),
        ],
      }),
    );
    renderApp({ routes: wallboardRoutes, initialPath: '/wallboard', fetch: api.fetch, session: { roles: ['wallboard'] } });
    await screen.findAllByTestId('emergency-card');

    const breached = cardOf('EM-000301');
    expect(breached).toHaveAttribute('data-colour', 'red');
    expect(breached).toHaveClass('emergency-card--red');
    expect(within(breached).getByText(/Решение или план действий · просрочено/)).toBeInTheDocument();
    expect(within(breached).getByRole('timer')).toHaveTextContent('−05:00');
    expect(cardOf('EM-000302')).toHaveAttribute('data-colour', 'amber');
    expect(cardOf('EM-000303')).toHaveAttribute('data-colour', 'orange');
    expect(within(cardOf('EM-000304')).getByText('Сроки не идут')).toBeInTheDocument();
  });

  it('counts down every second between summaries, through working time for a business-hours clock', async () => {
    // Only the clock is stopped; the page's one-second tick stays real and reads it.
    vi.useFakeTimers({ toFake: ['Date'] });
    const api = wallboardApi(
      aWallboard({
        emergencies: [
          aWallboardTicket({ key: 'EM-000401', timers: [aWallboardTimer({ businessHours: false, businessSecondsRemaining: 452 })] }),
          aWallboardTicket({ key: 'EM-000402', timers: [aWallboardTimer({ businessHours: true, businessSecondsRemaining: 600 })] }),
        ],
      }),
      roundTheClock,
    );
    renderApp({ routes: wallboardRoutes, initialPath: '/wallboard', fetch: api.fetch, session: { roles: ['wallboard'] } });
    await screen.findAllByTestId('emergency-card');
    const wallClock = within(cardOf('EM-000401')).getByRole('timer');
    const businessHours = within(cardOf('EM-000402')).getByRole('timer');
    expect(wallClock).toHaveTextContent('07:32');
    expect(businessHours).toHaveTextContent('10:00');

    await waitFor(() => expect(api.requests.some((r) => r.path === '/api/v1/calendars/default/days')).toBe(true));

    vi.setSystemTime(Date.now() + 2_000);

    // Today is worked round the clock in this calendar, so both clocks run.
    await waitFor(() => expect(wallClock).toHaveTextContent('07:30'), { timeout: 3_000 });
    await waitFor(() => expect(businessHours).toHaveTextContent('09:58'));
  });

  it('survives a reconnect and keeps the newest summary', async () => {
    const api = wallboardApi(aWallboard({ generatedAt: '2026-03-03T07:05:00Z', emergencies: [aWallboardTicket({ key: 'EM-000501' })] }));
    const streams = fakeEventStreams();
    renderApp({ routes: wallboardRoutes, initialPath: '/wallboard', fetch: api.fetch, streams, session: { roles: ['wallboard'] } });
    const first = await streams.connection(1);
    first.write('retry: 10\n\n');
    first.send({ event: 'wallboard', data: aWallboard({ generatedAt: '2026-03-03T07:06:00Z', emergencies: [aWallboardTicket({ key: 'EM-000502' })] }) });
    await screen.findByText('EM-000502');

    first.end();
    const second = await streams.connection(2);
    second.send({ event: 'wallboard', data: aWallboard({ generatedAt: '2026-03-03T07:07:00Z', emergencies: [aWallboardTicket({ key: 'EM-000503' })] }) });

    await screen.findByText('EM-000503');
    await waitFor(() => expect(screen.getByTestId('connection-badge')).toHaveAttribute('data-state', 'open'));
    // After the gap the summary was fetched again, and the older answer did not replace the newer one.
    await waitFor(() => expect(api.requests.filter((r) => r.path === '/api/v1/wallboard')).toHaveLength(2));
    expect(screen.getByText('EM-000503')).toBeInTheDocument();
    expect(screen.getByTestId('last-update')).toHaveTextContent('10:07:00');
    expect(first.closed).toBe(true);
  });
});
