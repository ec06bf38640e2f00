import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDownloadSlaReport } from '../api/download-sla-report';
import type { CsvSeparator, SlaReportQuery } from '../api/types';
import { useReportFormat } from '../hooks/use-report-format';

const separators: readonly CsvSeparator[] = ['semicolon', 'comma'];

/** The table's report as a CSV file; a semicolon by default, which Russian Excel splits into columns. */
export function CsvDownload({ query }: { query: SlaReportQuery }) {
  const { t } = useTranslation();
  const { language } = useReportFormat();
  const [separator, setSeparator] = useState<CsvSeparator>('semicolon');
  const download = useDownloadSlaReport();
  return (
    <div className="report-csv">
      <label className="field--inline">
        {t('reports.csv.separator')}
        <select value={separator} onChange={(event) => setSeparator(event.target.value as CsvSeparator)}>
          {separators.map((value) => (
            <option key={value} value={value}>
              {t(`reports.csv.separators.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        disabled={download.isPending}
        onClick={() => download.mutate({ query, separator, language })}
      >
        {download.isPending ? t('reports.csv.downloading') : t('reports.csv.download')}
      </button>
      {download.error && (
        <p role="alert" className="field-error">
          {t('reports.csv.failed', { reason: download.error.message })}
        </p>
      )}
    </div>
  );
}
