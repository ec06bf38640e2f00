import type { MetricReport, RateReport, SlaReport, SlaReportRow } from '../api/types';

const checklistItems = [
  'OUT_OF_QUEUE',
  'CONTACT_WITHIN_15_MIN',
  'INFORMATION_COLLECTED',
  'DIAGNOSIS_DONE',
  'TYPE_AND_CAUSE_DETERMINED',
  'SOLUTION_OR_PLAN',
  'SYSTEM_RESTORED_AND_VERIFIED',
  'CLIENT_CONFIRMED',
  'SOLUTION_DOCUMENTED',
  'CLOSED_IN_SYSTEM',
  'RESOLVED_WITHIN_4_BUSINESS_HOURS',
];
const successCriteria = ['CONTACT_WITHIN_15_MIN', 'DIAGNOSIS_WITHIN_1_HOUR', 'RESOLUTION_OR_PLAN_WITHIN_4_HOURS', 'CLIENT_CONFIRMED', 'SOLUTION_DOCUMENTED'];

export function aMetric(overrides: Partial<MetricReport> & Pick<MetricReport, 'metric'>): MetricReport {
  return { count: 0, met: 0, breached: 0, running: 0, compliancePercent: null, medianMinutes: null, p90Minutes: null, ...overrides };
}

function rates(items: string[], tickets: number, done: Record<string, number>): RateReport[] {
  return items.map((item) => {
    const count = done[item] ?? 0;
    return { item, done: count, percent: tickets > 0 ? Math.round((count / tickets) * 1000) / 10 : null };
  });
}

type RowOptions = Partial<Omit<SlaReportRow, 'metrics' | 'checklist' | 'successCriteria'>> & {
  metrics?: MetricReport[];
  checklistDone?: Record<string, number>;
  criteriaDone?: Record<string, number>;
};

/** A row as the server computes it: every metric, the 11 checklist items and the 5 success criteria. */
export function aRow({ metrics = [], checklistDone = {}, criteriaDone = {}, ...overrides }: RowOptions = {}): SlaReportRow {
  const tickets = overrides.tickets ?? 0;
  const byMetric = new Map(metrics.map((m) => [m.metric, m]));
  return {
    tickets,
    metrics: (['FIRST_CONTACT', 'DIAGNOSIS', 'RESOLUTION', 'STATUS_UPDATE'] as const).map((metric) => byMetric.get(metric) ?? aMetric({ metric })),
    checklist: rates(checklistItems, tickets, checklistDone),
    successCriteria: rates(successCriteria, tickets, criteriaDone),
    allCriteria: { item: 'ALL', done: 0, percent: tickets > 0 ? 0 : null },
    extensions: 0,
    downgrades: 0,
    upgrades: 0,
    escalations: 0,
    ...overrides,
  };
}

export function aReport(overrides: Partial<SlaReport> = {}): SlaReport {
  return {
    from: '2026-02-03',
    to: '2026-03-04',
    zone: 'Europe/Moscow',
    groupBy: 'week',
    level: 'EMERGENCY',
    generatedAt: '2026-03-04T09:00:00Z',
    rows: [],
    total: aRow(),
    ...overrides,
  };
}
