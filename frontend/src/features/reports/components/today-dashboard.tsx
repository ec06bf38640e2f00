import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useWallboard } from '@/features/wallboard/api/get-wallboard';
import type { Wallboard } from '@/features/wallboard/api/types';
import { useNow } from '@/features/wallboard/hooks/use-now';
import { useWallboardStream } from '@/features/wallboard/hooks/use-wallboard-stream';
import { useSlaReport } from '../api/get-sla-report';
import { levelValues, metricValues } from '../api/report-values';
import type { SlaReport, SlaReportRow } from '../api/types';
import { useReportFormat } from '../hooks/use-report-format';
import type { LevelChoice } from './report-filters';
import { todayIn } from './report-period';
import { ReportQueryView } from './report-query-view';
import './reports.css';

// Often enough to turn to the new Moscow day soon after midnight.
const DATE_CHECK_MS = 30_000;

const nowTiles = ['openEmergencies', 'atRisk', 'breachedToday', 'awaitingConfirmation', 'escalated'] as const satisfies readonly (keyof Wallboard)[];
const levelChoices: readonly LevelChoice[] = ['EMERGENCY', 'ALL', 'STANDARD'];

function rowOf(report: SlaReport, level: LevelChoice): SlaReportRow | undefined {
  return level === 'ALL' ? report.total : report.rows.find((row) => row.key === level);
}

/** The support room's summary right now, live from the wallboard stream. */
function NowTiles() {
  const { t } = useTranslation();
  const summary = useWallboard();
  useWallboardStream();
  if (summary.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('reports.dashboard.wallboardFailed', { reason: summary.error.message })}
      </p>
    );
  }
  const wallboard = summary.data?.wallboard;
  return (
    <dl className="report-tiles">
      {nowTiles.map((name) => {
        const value = wallboard?.[name];
        const alert = name === 'breachedToday' && value ? ' report-tile--red' : name === 'atRisk' && value ? ' report-tile--amber' : '';
        return (
          <div key={name} className={`report-tile${alert}`} data-testid={`now-${name}`}>
            <dt>{t(`wallboard.tiles.${name}`)}</dt>
            <dd>{value ?? '…'}</dd>
          </div>
        );
      })}
    </dl>
  );
}

function TodayNumbers({ report }: { report: SlaReport }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const [level, setLevel] = useState<LevelChoice>('EMERGENCY');
  const row = rowOf(report, level);
  return (
    <>
      <section className="panel" aria-labelledby="today-received">
        <h2 id="today-received">{t('reports.dashboard.received.title')}</h2>
        <dl className="report-tiles">
          <div className="report-tile" data-testid="received-total">
            <dt>{t('reports.dashboard.received.total')}</dt>
            <dd>{format.number(report.total.tickets)}</dd>
          </div>
          {levelValues.map((value) => (
            <div key={value} className="report-tile" data-testid={`received-${value}`}>
              <dt>{t(`reports.dashboard.received.${value}`)}</dt>
              <dd>{format.number(rowOf(report, value)?.tickets ?? 0)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="today-metrics">
        <div className="page-heading">
          <h2 id="today-metrics">{t('reports.dashboard.metrics.title')}</h2>
          <label className="field--inline">
            {t('reports.dashboard.metrics.level')}
            <select value={level} onChange={(event) => setLevel(event.target.value as LevelChoice)}>
              {levelChoices.map((value) => (
                <option key={value} value={value}>
                  {t(`reports.filters.levels.${value}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <table className="report-table report-table--today" data-testid="today-metrics">
          <thead>
            <tr>
              <th scope="col">{t('reports.dashboard.metrics.metric')}</th>
              <th scope="col">{t('reports.dashboard.metrics.met')}</th>
              <th scope="col">{t('reports.dashboard.metrics.breached')}</th>
              <th scope="col">{t('reports.dashboard.metrics.running')}</th>
              <th scope="col">{t('reports.dashboard.metrics.compliance')}</th>
              <th scope="col">{t('reports.dashboard.metrics.median')}</th>
            </tr>
          </thead>
          <tbody>
            {metricValues.map((metric) => {
              const numbers = row?.metrics.find((m) => m.metric === metric);
              return (
                <tr key={metric} data-testid={`today-${metric}`}>
                  <th scope="row">{t(`metric.${metric}`)}</th>
                  <td data-testid="met">{format.number(numbers?.met ?? 0)}</td>
                  <td data-testid="breached" className={numbers?.breached ? 'report-table__breached' : undefined}>
                    {format.number(numbers?.breached ?? 0)}
                  </td>
                  <td data-testid="running">{format.number(numbers?.running ?? 0)}</td>
                  <td data-testid="compliance">{format.percent(numbers?.compliancePercent)}</td>
                  <td data-testid="median">{format.duration(numbers?.medianMinutes)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="report-dashboard__criteria" data-testid="today-all-criteria">
          {t('reports.dashboard.allCriteria', { value: format.percent(row?.allCriteria.percent) })}
        </p>
      </section>
    </>
  );
}

/**
 * Today's numbers for the head of support: the room's summary now, the tickets received today
 * and how their clocks went, by level. Live: the summary from its stream, the report refreshed
 * by ticket and SLA events (app/live-events).
 */
export function TodayDashboard() {
  const { t } = useTranslation();
  const format = useReportFormat();
  const today = todayIn(useNow(DATE_CHECK_MS));
  // Grouped by level: one request gives the emergencies, the standard tickets and all of them.
  const report = useSlaReport({ from: today, to: today, groupBy: 'level' });
  const weekday = new Intl.DateTimeFormat(format.language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <section className="reports report-dashboard">
      <div className="page-heading">
        <div>
          <h1>{t('reports.dashboard.title')}</h1>
          <p className="muted" data-testid="dashboard-date">
            {t('reports.dashboard.date', { date: weekday.format(new Date(`${today}T00:00:00Z`)) })}
          </p>
        </div>
        <Link to={paths.reports.getHref()}>{t('reports.dashboard.toReports')}</Link>
      </div>
      <section className="panel" aria-labelledby="dashboard-now">
        <h2 id="dashboard-now">{t('reports.dashboard.now')}</h2>
        <NowTiles />
      </section>
      <ReportQueryView query={report}>{(today) => <TodayNumbers report={today} />}</ReportQueryView>
    </section>
  );
}
