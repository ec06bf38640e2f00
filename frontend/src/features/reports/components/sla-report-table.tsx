import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { metricValues } from '../api/report-values';
import type { Metric, SlaReport, SlaReportRow } from '../api/types';
import { useReportFormat, type ReportFormat } from '../hooks/use-report-format';

const metricColumns = ['met', 'breached', 'compliance', 'median', 'p90'] as const;
const countColumns = ['extensions', 'downgrades', 'upgrades', 'escalations'] as const;

function MetricCells({ row, metric, format }: { row: SlaReportRow; metric: Metric; format: ReportFormat }) {
  const report = row.metrics.find((m) => m.metric === metric);
  const values = {
    met: report ? format.number(report.met) : format.percent(null),
    breached: report ? format.number(report.breached) : format.percent(null),
    compliance: format.percent(report?.compliancePercent),
    median: format.duration(report?.medianMinutes),
    p90: format.duration(report?.p90Minutes),
  };
  return metricColumns.map((column) => (
    <td
      key={column}
      data-testid={`${metric}-${column}`}
      className={column === 'breached' && report && report.breached > 0 ? 'report-table__breached' : undefined}
    >
      {values[column]}
    </td>
  ));
}

function Row({ row, label, format, total }: { row: SlaReportRow; label: string; format: ReportFormat; total?: boolean }) {
  return (
    <tr data-testid={total ? 'report-total' : 'report-row'} data-key={total ? undefined : (row.key ?? '')}>
      <th scope="row">{label}</th>
      <td data-testid="tickets">{format.number(row.tickets)}</td>
      {metricValues.map((metric) => (
        <MetricCells key={metric} row={row} metric={metric} format={format} />
      ))}
      <td data-testid="all-criteria">{format.percent(row.allCriteria.percent)}</td>
      {countColumns.map((column) => (
        <td key={column} data-testid={column}>
          {format.number(row[column])}
        </td>
      ))}
    </tr>
  );
}

/** The SLA of each group: per metric met, breached, compliance, median and p90; success; the counts apart. */
export function SlaReportTable({ report }: { report: SlaReport }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const captionId = useId();
  const grouping = t(`reports.filters.groupings.${report.groupBy}`);
  return (
    <div className="report-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="report-table" data-testid="sla-report-table">
        <caption id={captionId}>{t('reports.table.caption', { grouping })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t(`reports.table.groups.${report.groupBy}`)}
            </th>
            <th scope="col" rowSpan={2}>
              {t('reports.table.tickets')}
            </th>
            {metricValues.map((metric) => (
              <th key={metric} scope="colgroup" colSpan={metricColumns.length} className="report-table__metric">
                {t(`metric.${metric}`)}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              {t('reports.table.allCriteria')}
            </th>
            {countColumns.map((column) => (
              <th key={column} scope="col" rowSpan={2}>
                {t(`reports.table.${column}`)}
              </th>
            ))}
          </tr>
          <tr>
            {metricValues.map((metric) =>
              metricColumns.map((column) => (
                <th key={`${metric}-${column}`} scope="col" className={column === 'met' ? 'report-table__metric' : undefined}>
                  {t(`reports.table.${column}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, index) => (
            <Row key={row.key ?? `none-${index}`} row={row} label={format.group(report.groupBy, row.key)} format={format} />
          ))}
        </tbody>
        <tfoot>
          <Row row={report.total} label={t('reports.total')} format={format} total />
        </tfoot>
      </table>
      <p className="muted report-table__note">{t('reports.table.businessTime')}</p>
    </div>
  );
}
