import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlaReport } from '@/features/reports/api/types';
import { aMetric, aReport, aRow } from '@/features/reports/testing/report-fixture';
import { fakeApi, type RecordedRequest } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

const LEAD = { roles: ['agent', 'lead'] };

// Wednesday 4 March 2026, 12:00 in Moscow: the last 30 days are 3 February to 4 March.
const NOW = new Date('2026-03-04T09:00:00Z');

const total = aRow({
  tickets: 42,
  metrics: [
    aMetric({ metric: 'FIRST_CONTACT', count: 42, met: 40, breached: 2, compliancePercent: 95.2, medianMinutes: 12, p90Minutes: 14.6 }),
    aMetric({ metric: 'DIAGNOSIS', count: 41, met: 30, breached: 9, running: 2, compliancePercent: 76.9, medianMinutes: 48, p90Minutes: 95 }),
    aMetric({ metric: 'RESOLUTION', count: 40, met: 31, breached: 6, running: 3, compliancePercent: 83.8, medianMinutes: 135, p90Minutes: 301 }),
  ],
  checklistDone: { OUT_OF_QUEUE: 42, CONTACT_WITHIN_15_MIN: 34 },
  criteriaDone: { CONTACT_WITHIN_15_MIN: 40 },
  allCriteria: { item: 'ALL', done: 21, percent: 50 },
  extensions: 3,
  downgrades: 1,
  upgrades: 2,
  escalations: 5,
});

function reportFor(request: RecordedRequest): SlaReport {
  const groupBy = request.search.get('groupBy') as SlaReport['groupBy'];
  const level = (request.search.get('level') ?? undefined) as SlaReport['level'];
  const base = { from: request.search.get('from')!, to: request.search.get('to')!, groupBy, level, total };
  switch (groupBy) {
    case 'week':
      return aReport({
        ...base,
        rows: [
          aRow({ key: '2026-02-23', tickets: 30, metrics: [aMetric({ metric: 'FIRST_CONTACT', met: 29, breached: 1, compliancePercent: 96.7 })] }),
          aRow({ key: '2026-03-02', tickets: 12, metrics: [aMetric({ metric: 'FIRST_CONTACT', met: 11, breached: 1, compliancePercent: 91.7 })] }),
        ],
      });
    case 'agent':
      return aReport({
        ...base,
        rows: [
          aRow({ key: 'agent', tickets: 40, metrics: [aMetric({ metric: 'RESOLUTION', met: 30, breached: 6, compliancePercent: 83.3 })] }),
          aRow({ key: null, tickets: 2 }),
        ],
      });
    default:
      return aReport({ ...base, rows: [aRow({ key: 'FUNCTIONAL', tickets: 42, metrics: [aMetric({ metric: 'DIAGNOSIS', breached: 9 })] })] });
  }
}

function reportsApi(reply: (request: RecordedRequest) => { status: number; body?: unknown; contentType?: string } = (request) => ({ status: 200, body: reportFor(request) })) {
  return fakeApi((request) => (request.path === '/api/v1/reports/sla' ? reply(request) : { status: 404 }));
}

const reportRequests = (api: ReturnType<typeof reportsApi>, groupBy?: string) =>
  api.requests.filter((r) => r.path === '/api/v1/reports/sla' && r.headers.get('Accept') === 'application/json' && (!groupBy || r.search.get('groupBy') === groupBy));

function paramsOf(request: RecordedRequest | undefined) {
  return Object.fromEntries(request?.search ?? []);
}

// The page is loaded lazily, with the charts library: loaded once here, not within a test's wait.
beforeAll(() => import('@/features/reports/components/reports-page'), 30_000);

describe('the SLA reports page', () => {
  beforeEach(() => {
    // Only the clock is fixed: "today" in Moscow decides the period.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows a lead the emergencies of the last 30 days: totals, charts, the table and the checklist', async () => {
    const api = reportsApi();
    renderApp({ routes, initialPath: '/reports', fetch: api.fetch, session: LEAD });

    expect(await screen.findByRole('heading', { level: 1, name: 'Отчёты по SLA' })).toBeInTheDocument();
    const table = await screen.findByTestId('sla-report-table');

    for (const groupBy of ['week', 'problemType', 'agent']) {
      expect(paramsOf(reportRequests(api, groupBy)[0])).toEqual({ from: '2026-02-03', to: '2026-03-04', groupBy, level: 'EMERGENCY' });
    }
    expect(reportRequests(api)[0]?.headers.get('Authorization')).toBe('Bearer test-access-token');

    // at a glance
    expect(screen.getByTestId('summary-tickets')).toHaveTextContent('42');
    expect(screen.getByTestId('summary-FIRST_CONTACT')).toHaveTextContent('Первый контакт: в срок95,2 %');
    expect(screen.getByTestId('summary-allCriteria')).toHaveTextContent('50 %');

    // the charts, each named by its heading
    for (const name of ['Соблюдение сроков SLA по неделям', 'Время по метрикам: медиана и 90-й перцентиль', 'Нарушения сроков по типам проблем', 'Нарушения сроков по специалистам']) {
      expect(await screen.findByRole('figure', { name })).toBeInTheDocument();
    }
    expect(screen.getByTestId('chart-compliance-trend')).toBeInTheDocument();

    // the table: weeks by their Monday, then the total with every number in the Russian way
    expect(within(table).getByRole('columnheader', { name: 'Неделя' })).toBeInTheDocument();
    const rows = within(table).getAllByTestId('report-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['неделя с 23.02.2026', 'неделя с 02.03.2026']);
    expect(within(rows[0]!).getByTestId('tickets')).toHaveTextContent('30');
    expect(within(rows[0]!).getByTestId('FIRST_CONTACT-compliance')).toHaveTextContent('96,7 %');
    const totalRow = within(table).getByTestId('report-total');
    expect(within(totalRow).getByRole('rowheader')).toHaveTextContent('Итого');
    expect(within(totalRow).getByTestId('tickets')).toHaveTextContent('42');
    expect(within(totalRow).getByTestId('FIRST_CONTACT-met')).toHaveTextContent('40');
    expect(within(totalRow).getByTestId('FIRST_CONTACT-breached')).toHaveTextContent('2');
    expect(within(totalRow).getByTestId('FIRST_CONTACT-compliance')).toHaveTextContent('95,2 %');
    expect(within(totalRow).getByTestId('FIRST_CONTACT-median')).toHaveTextContent('12 рабочих минут');
    expect(within(totalRow).getByTestId('FIRST_CONTACT-p90')).toHaveTextContent('15 рабочих минут');
    expect(within(totalRow).getByTestId('RESOLUTION-median')).toHaveTextContent('2 рабочих часа 15 рабочих минут');
    expect(within(totalRow).getByTestId('RESOLUTION-p90')).toHaveTextContent('5 рабочих часов 1 рабочая минута');
    expect(within(totalRow).getByTestId('STATUS_UPDATE-compliance')).toHaveTextContent('—');
    expect(within(totalRow).getByTestId('all-criteria')).toHaveTextContent('50 %');
    expect(within(totalRow).getByTestId('extensions')).toHaveTextContent('3');
    expect(within(totalRow).getByTestId('downgrades')).toHaveTextContent('1');
    expect(within(totalRow).getByTestId('upgrades')).toHaveTextContent('2');
    expect(within(totalRow).getByTestId('escalations')).toHaveTextContent('5');

    // the checklist and the success criteria, labelled as on the ticket
    const checklist = screen.getByTestId('checklist-table');
    expect(within(checklist).getByTestId('checklist-CONTACT_WITHIN_15_MIN')).toHaveTextContent('Связались с клиентом в течение 15 минут');
    expect(within(checklist).getByTestId('checklist-rate-CONTACT_WITHIN_15_MIN')).toHaveTextContent('81 %34 из 42');
    expect(within(checklist).getByTestId('criterion-CONTACT_WITHIN_15_MIN')).toHaveTextContent('Контакт с клиентом установлен в течение 15 минут');
    expect(within(checklist).getByTestId('criterion-rate-ALL_CRITERIA')).toHaveTextContent('50 %21 из 42');
    expect(within(checklist).getAllByRole('row')).toHaveLength(1 + 1 + 11 + 1 + 5 + 1);
  });

  it('asks again for another period, level and grouping, kept in the address', async () => {
    const api = reportsApi();
    const { router } = renderApp({ routes, initialPath: '/reports', fetch: api.fetch, session: LEAD });
    const user = userEvent.setup();
    await screen.findByTestId('sla-report-table');

    await user.selectOptions(screen.getByLabelText('Период'), 'Прошлый месяц');
    await user.selectOptions(screen.getByLabelText('Уровень'), 'Все');
    await user.selectOptions(screen.getByLabelText('Группировка таблицы'), 'По специалистам');

    await waitFor(() => expect(router.state.location.search).toBe('?period=lastMonth&level=ALL&groupBy=agent'));
    expect(screen.getByLabelText('С')).toHaveValue('2026-02-01');
    expect(screen.getByLabelText('По')).toHaveValue('2026-02-28');
    await waitFor(() => expect(within(screen.getByTestId('sla-report-table')).getByRole('columnheader', { name: 'Специалист' })).toBeInTheDocument());
    const last = reportRequests(api, 'agent').at(-1);
    expect(paramsOf(last)).toEqual({ from: '2026-02-01', to: '2026-02-28', groupBy: 'agent' });
    const rows = within(screen.getByTestId('sla-report-table')).getAllByTestId('report-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['agent', 'Не назначен']);
  });

  it('takes fixed days from the date fields and refuses a period that ends before it starts', async () => {
    const api = reportsApi();
    const { router } = renderApp({ routes, initialPath: '/reports?from=2026-01-10&to=2026-01-01', fetch: api.fetch, session: LEAD });

    expect(await screen.findByRole('alert')).toHaveTextContent('Начало периода позже его конца.');
    expect(screen.getByLabelText('Период')).toHaveValue('custom');
    expect(screen.getByLabelText('С')).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests).toHaveLength(0);

    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('По'));
    await user.type(screen.getByLabelText('По'), '2026-01-31');

    await waitFor(() => expect(paramsOf(reportRequests(api, 'week')[0])).toEqual({ from: '2026-01-10', to: '2026-01-31', groupBy: 'week', level: 'EMERGENCY' }));
    expect(router.state.location.search).toBe('?from=2026-01-10&to=2026-01-31');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the period has no tickets', async () => {
    const api = reportsApi((request) => ({ status: 200, body: aReport({ groupBy: request.search.get('groupBy') as SlaReport['groupBy'], rows: [], total: aRow({ tickets: 0 }) }) }));
    renderApp({ routes, initialPath: '/reports?period=thisWeek', fetch: api.fetch, session: LEAD });

    expect(await screen.findByTestId('report-empty')).toHaveTextContent('За выбранный период обращений нет.');
    expect(paramsOf(reportRequests(api, 'week')[0])).toMatchObject({ from: '2026-03-02', to: '2026-03-04' });
    expect(screen.queryByTestId('sla-report-table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Скачать CSV' })).not.toBeInTheDocument();
  });

  it("shows the server's problem detail when the report cannot be had", async () => {
    const api = reportsApi(() => ({
      status: 400,
      body: { type: 'https://emergency-desk.pass24.online/problems/validation-error', title: 'Invalid request', status: 400, detail: 'to: must be at most 3 years after from' },
    }));
    renderApp({ routes, initialPath: '/reports', fetch: api.fetch, session: LEAD });

    expect(await screen.findByRole('alert')).toHaveTextContent('Не удалось загрузить отчёт: to: must be at most 3 years after from');
  });

  it('downloads the table as CSV with the token, a semicolon by default and a comma on request', async () => {
    const api = reportsApi((request) =>
      request.headers.get('Accept') === 'text/csv'
        ? { status: 200, contentType: 'text/csv; charset=utf-8', body: '\uFEFFГруппа;Обращений\nTOTAL;42\n' }
        : { status: 200, body: reportFor(request) },
    );
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:sla-report');
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL, revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp({ routes, initialPath: '/reports?period=lastMonth&groupBy=agent', fetch: api.fetch, session: LEAD });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Скачать CSV' }));

    await waitFor(() => expect(saved).toEqual(['sla-report-2026-02-01-2026-02-28.csv']));
    const csv = () => api.requests.filter((r) => r.headers.get('Accept') === 'text/csv');
    expect(paramsOf(csv()[0])).toEqual({ from: '2026-02-01', to: '2026-02-28', groupBy: 'agent', level: 'EMERGENCY', separator: 'semicolon' });
    expect(csv()[0]?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(csv()[0]?.headers.get('Accept-Language')).toBe('ru');
    const bytes = new Uint8Array(await createObjectURL.mock.calls[0]![0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    await user.selectOptions(screen.getByLabelText('Разделитель CSV'), 'запятая');
    await user.click(screen.getByRole('button', { name: 'Скачать CSV' }));

    await waitFor(() => expect(csv()).toHaveLength(2));
    expect(csv()[1]?.search.get('separator')).toBe('comma');
  });

  it('writes numbers the English way in English', async () => {
    const api = reportsApi();
    renderApp({ routes, initialPath: '/reports', fetch: api.fetch, session: LEAD, language: 'en' });

    const table = await screen.findByTestId('sla-report-table');
    const totalRow = within(table).getByTestId('report-total');
    expect(within(totalRow).getByTestId('FIRST_CONTACT-compliance')).toHaveTextContent('95.2%');
    expect(within(totalRow).getByTestId('RESOLUTION-median')).toHaveTextContent('2 business hours 15 business minutes');
    expect(within(table).getAllByTestId('report-row')[0]).toHaveTextContent('week of 2026-02-23');
  });
});

describe('the reports for other users', () => {
  it('are closed, with no link in the navigation', async () => {
    renderApp({ routes, initialPath: '/reports', session: { roles: ['agent'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Отчёты доступны только руководителю техподдержки.');
    const navigation = screen.getByRole('navigation', { name: 'Разделы' });
    expect(within(navigation).queryByRole('link', { name: 'Отчёты' })).not.toBeInTheDocument();
    expect(within(navigation).queryByRole('link', { name: 'Сводка' })).not.toBeInTheDocument();
  });

  it('are linked for a lead', async () => {
    const api = reportsApi();
    renderApp({ routes, initialPath: '/reports', fetch: api.fetch, session: LEAD });

    const navigation = screen.getByRole('navigation', { name: 'Разделы' });
    expect(within(navigation).getByRole('link', { name: 'Отчёты' })).toHaveAttribute('href', '/reports');
    expect(within(navigation).getByRole('link', { name: 'Сводка' })).toHaveAttribute('href', '/dashboard');
    await screen.findByTestId('sla-report-table');
  });
});
