import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RateReport, SlaReport, SlaReportRow } from '../api/types';
import { useReportFormat } from '../hooks/use-report-format';

type Line = { code: string; label: string; rateOf: (row: SlaReportRow) => RateReport | undefined };

/**
 * How often each item of the control checklist and each success criterion was done: items down
 * the side (eleven and five are too many to put across), the groups and the total across.
 */
export function ChecklistTable({ report }: { report: SlaReport }) {
  const { t, i18n } = useTranslation();
  const format = useReportFormat();
  const captionId = useId();
  const labelOf = (key: string, code: string) => (i18n.exists(key) ? t(key as 'reports.title') : code);
  const codesOf = (pick: (row: SlaReportRow) => RateReport[]) => pick(report.total).map((rate) => rate.item);
  const checklist: Line[] = codesOf((row) => row.checklist).map((code) => ({
    code,
    label: labelOf(`ticket.checklist.items.${code}`, code),
    rateOf: (row) => row.checklist.find((rate) => rate.item === code),
  }));
  const criteria: Line[] = codesOf((row) => row.successCriteria).map((code) => ({
    code,
    label: labelOf(`ticket.successCriteria.items.${code}`, code),
    rateOf: (row) => row.successCriteria.find((rate) => rate.item === code),
  }));
  const columns = [...report.rows.map((row) => ({ row, label: format.group(report.groupBy, row.key) })), { row: report.total, label: t('reports.total') }];
  const cells = (line: Line, prefix: string) =>
    columns.map(({ row }, index) => {
      const rate = line.rateOf(row);
      return (
        <td key={index} data-testid={index === columns.length - 1 ? `${prefix}-rate-${line.code}` : undefined}>
          {format.percent(rate?.percent)}
          {rate && <span className="muted report-rate__done">{t('reports.checklist.done', { done: format.number(rate.done), tickets: format.number(row.tickets) })}</span>}
        </td>
      );
    });
  const section = (title: string, lines: Line[], prefix: string): ReactNode => (
    <tbody>
      <tr className="report-table__section">
        <th scope="colgroup" colSpan={columns.length + 1}>
          {title}
        </th>
      </tr>
      {lines.map((line) => (
        <tr key={line.code} data-testid={`${prefix}-${line.code}`}>
          <th scope="row">{line.label}</th>
          {cells(line, prefix)}
        </tr>
      ))}
    </tbody>
  );
  const all: Line = { code: 'ALL_CRITERIA', label: t('reports.checklist.allCriteria'), rateOf: (row) => row.allCriteria };
  return (
    <div className="report-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="report-table report-table--rates" data-testid="checklist-table">
        <caption id={captionId}>{t('reports.checklist.caption', { grouping: t(`reports.filters.groupings.${report.groupBy}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.checklist.item')}</th>
            {columns.map(({ label }, index) => (
              <th key={index} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        {section(t('reports.checklist.checklist'), checklist, 'checklist')}
        {section(t('reports.checklist.successCriteria'), [...criteria, all], 'criterion')}
      </table>
    </div>
  );
}
