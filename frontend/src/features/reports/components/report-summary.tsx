import { useTranslation } from 'react-i18next';
import { metricValues } from '../api/report-values';
import type { SlaReport } from '../api/types';
import { useReportFormat } from '../hooks/use-report-format';

/** The period's answer at a glance: how many tickets, how often each clock was met, how often everything was. */
export function ReportSummary({ report }: { report: SlaReport }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { total } = report;
  return (
    <section aria-label={t('reports.summary.label')} className="report-summary">
      <p className="muted report-summary__period">
        {t('reports.summary.period', { from: format.date(report.from), to: format.date(report.to) })}
        {' · '}
        {t(`reports.filters.levels.${report.level ?? 'ALL'}`)}
      </p>
      <dl className="report-tiles">
        <div className="report-tile" data-testid="summary-tickets">
          <dt>{t('reports.summary.tickets')}</dt>
          <dd>{format.number(total.tickets)}</dd>
        </div>
        {metricValues.map((metric) => {
          const report = total.metrics.find((m) => m.metric === metric);
          return (
            <div key={metric} className="report-tile" data-testid={`summary-${metric}`}>
              <dt>{t('reports.summary.metricCompliance', { metric: t(`metric.${metric}`) })}</dt>
              <dd>{format.percent(report?.compliancePercent)}</dd>
            </div>
          );
        })}
        <div className="report-tile" data-testid="summary-allCriteria">
          <dt>{t('reports.summary.allCriteria')}</dt>
          <dd>{format.percent(total.allCriteria.percent)}</dd>
        </div>
      </dl>
    </section>
  );
}
