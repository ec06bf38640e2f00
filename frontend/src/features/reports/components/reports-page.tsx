import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { useNow } from '@/features/wallboard/hooks/use-now';
import { useSlaReport } from '../api/get-sla-report';
import { BreachesChart } from './breaches-chart';
import { ChecklistTable } from './checklist-table';
import { ComplianceTrendChart } from './compliance-trend-chart';
import { CsvDownload } from './csv-download';
import { filtersOfSearch, reportQuery, resolvePeriod, searchOfFilters, type ReportFilters } from './report-filters';
import { ReportFiltersForm } from './report-filters-form';
import { todayIn } from './report-period';
import { ReportQueryView } from './report-query-view';
import { ReportSummary } from './report-summary';
import { SlaReportTable } from './sla-report-table';
import { TimeDistributionChart } from './time-distribution-chart';
import './reports.css';

// "Today" is renewed often enough to turn with the Moscow date; the reports refresh from live events.
const DATE_CHECK_MS = 60_000;

/**
 * The head of support's answer to "how did we do, and where did we fail": the period's totals,
 * the weekly trend, breaches by problem type and by agent, times per metric, then the table of
 * the chosen grouping with its CSV.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = filtersOfSearch(search);
  const today = todayIn(useNow(DATE_CHECK_MS));
  const resolved = resolvePeriod(filters, today);
  const changeFilters = (next: ReportFilters) => setSearch(searchOfFilters(next), { replace: true });

  const trend = useSlaReport(reportQuery(resolved, filters.level, 'week'));
  const byProblemType = useSlaReport(reportQuery(resolved, filters.level, 'problemType'));
  const byAgent = useSlaReport(reportQuery(resolved, filters.level, 'agent'));
  const tableQuery = reportQuery(resolved, filters.level, filters.groupBy);
  const table = useSlaReport(tableQuery);

  return (
    <section className="reports">
      <div className="page-heading">
        <h1>{t('reports.title')}</h1>
        <Link to={paths.dashboard.getHref()}>{t('reports.toDashboard')}</Link>
      </div>
      <ReportFiltersForm filters={filters} period={resolved.period} problem={resolved.problem} onChange={changeFilters} />
      {!resolved.problem && (
        <ReportQueryView query={trend}>
          {(weekly) =>
            weekly.total.tickets === 0 ? (
              <p className="report-empty" data-testid="report-empty">
                {t('reports.empty')}
              </p>
            ) : (
              <>
                <ReportSummary report={weekly} />
                <div className="report-charts">
                  <ComplianceTrendChart report={weekly} period={weekly} />
                  <TimeDistributionChart total={weekly.total} />
                  <ReportQueryView query={byProblemType}>
                    {(report) => (
                      <BreachesChart report={report} groupBy="problemType" testId="chart-breaches-by-problem-type" title={t('reports.charts.byProblemType')} />
                    )}
                  </ReportQueryView>
                  <ReportQueryView query={byAgent}>
                    {(report) => <BreachesChart report={report} groupBy="agent" testId="chart-breaches-by-agent" title={t('reports.charts.byAgent')} />}
                  </ReportQueryView>
                </div>
                <div className="report-table-toolbar">{tableQuery && <CsvDownload query={tableQuery} />}</div>
                <ReportQueryView query={table}>
                  {(report) => (
                    <>
                      <SlaReportTable report={report} />
                      <ChecklistTable report={report} />
                    </>
                  )}
                </ReportQueryView>
              </>
            )
          }
        </ReportQueryView>
      )}
    </section>
  );
}
