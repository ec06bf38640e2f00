import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aMetric, aReport, aRow } from '@/features/reports/testing/report-fixture';
import { aWallboard } from '@/features/wallboard/testing/wallboard-fixture';
import { fakeApi } from '@/testing/fake-api';
import { fakeEventStreams } from '@/testing/fake-event-stream';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

const LEAD = { roles: ['agent', 'lead'] };

const emergencies = aRow({
  key: 'EMERGENCY',
  tickets: 3,
  metrics: [
    aMetric({ metric: 'FIRST_CONTACT', count: 3, met: 2, breached: 1, compliancePercent: 66.7, medianMinutes: 9 }),
    aMetric({ metric: 'DIAGNOSIS', count: 2, met: 1, running: 1, compliancePercent: 100, medianMinutes: 41.5 }),
  ],
  allCriteria: { item: 'ALL', done: 1, percent: 33.3 },
});
const standard = aRow({ key: 'STANDARD', tickets: 2, metrics: [aMetric({ metric: 'FIRST_CONTACT', count: 2, met: 2, compliancePercent: 100, medianMinutes: 30 })] });
const total = aRow({
  tickets: 5,
  metrics: [aMetric({ metric: 'FIRST_CONTACT', count: 5, met: 4, breached: 1, compliancePercent: 80, medianMinutes: 20 })],
  allCriteria: { item: 'ALL', done: 3, percent: 60 },
});

function dashboardApi() {
  return fakeApi(({ path, search }) => {
    if (path === '/api/v1/wallboard') {
      return { status: 200, body: aWallboard({ openEmergencies: 3, atRisk: 1, breachedToday: 2, awaitingConfirmation: 1, escalated: 0 }) };
    }
    if (path === '/api/v1/reports/sla') {
      return { status: 200, body: aReport({ from: search.get('from')!, to: search.get('to')!, groupBy: 'level', level: undefined, rows: [emergencies, standard], total }) };
    }
    return { status: 404 };
  });
}

describe("today's summary", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Sunday 8 March 2026, 23:30 UTC: already Monday 9 March in Moscow
    vi.setSystemTime(new Date('2026-03-08T23:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it("shows a lead the room now and today's tickets by level, today being the Moscow day", async () => {
    const api = dashboardApi();
    renderApp({ routes, initialPath: '/dashboard', fetch: api.fetch, session: LEAD });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Сводка за сегодня' })).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-date')).toHaveTextContent('понедельник, 9 марта 2026');
    const report = api.requests.find((r) => r.path === '/api/v1/reports/sla');
    expect(Object.fromEntries(report!.search)).toEqual({ from: '2026-03-09', to: '2026-03-09', groupBy: 'level' });

    await waitFor(() => expect(screen.getByTestId('now-openEmergencies')).toHaveTextContent('Открыто экстренных3'));
    expect(screen.getByTestId('now-breachedToday')).toHaveTextContent('Нарушено сегодня2');
    expect(screen.getByTestId('now-atRisk')).toHaveTextContent('Под угрозой1');

    expect(await screen.findByTestId('received-total')).toHaveTextContent('Всего5');
    expect(screen.getByTestId('received-EMERGENCY')).toHaveTextContent('Экстренных3');
    expect(screen.getByTestId('received-STANDARD')).toHaveTextContent('Стандартных2');

    const contact = () => screen.getByTestId('today-FIRST_CONTACT');
    expect(within(contact()).getByTestId('met')).toHaveTextContent('2');
    expect(within(contact()).getByTestId('breached')).toHaveTextContent('1');
    expect(within(contact()).getByTestId('compliance')).toHaveTextContent('66,7 %');
    expect(within(contact()).getByTestId('median')).toHaveTextContent('9 рабочих минут');
    expect(within(screen.getByTestId('today-DIAGNOSIS')).getByTestId('running')).toHaveTextContent('1');
    expect(within(screen.getByTestId('today-RESOLUTION')).getByTestId('compliance')).toHaveTextContent('—');
    expect(screen.getByTestId('today-all-criteria')).toHaveTextContent('Все критерии успеха выполнены: 33,3 %');

    await user.selectOptions(screen.getByLabelText('Обращения'), 'Все');
    expect(within(contact()).getByTestId('met')).toHaveTextContent('4');
    expect(within(contact()).getByTestId('compliance')).toHaveTextContent('80 %');
    expect(screen.getByTestId('today-all-criteria')).toHaveTextContent('60 %');
  });

  it("follows the room's summary live from the wallboard stream", async () => {
    const streams = fakeEventStreams();
    renderApp({ routes, initialPath: '/dashboard', fetch: dashboardApi().fetch, streams, session: LEAD });
    await waitFor(() => expect(screen.getByTestId('now-openEmergencies')).toHaveTextContent('3'));

    const wallboard = await waitFor(() => {
      const connection = streams.connections.find((c) => c.path === '/api/v1/wallboard/stream');
      if (!connection) throw new Error('no wallboard stream yet');
      return connection;
    });
    wallboard.send({ event: 'wallboard', data: aWallboard({ generatedAt: '2026-03-08T23:31:00Z', openEmergencies: 4, breachedToday: 3 }) });

    await waitFor(() => expect(screen.getByTestId('now-openEmergencies')).toHaveTextContent('4'));
    expect(screen.getByTestId('now-breachedToday')).toHaveTextContent('3');
  });

  it('is closed to other users', async () => {
    renderApp({ routes, initialPath: '/dashboard', session: { roles: ['agent'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Отчёты доступны только руководителю техподдержки.');
  });
});
