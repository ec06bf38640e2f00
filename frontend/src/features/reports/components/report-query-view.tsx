import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaReport } from '../api/types';

type ReportQueryViewProps = {
  query: UseQueryResult<SlaReport, Error>;
  children: (report: SlaReport) => ReactNode;
};

/**
 * A report once it is there (the previous one while other filters load, marked busy), else why
 * it is not: loading, or the server's problem detail.
 */
export function ReportQueryView({ query, children }: ReportQueryViewProps) {
  const { t } = useTranslation();
  if (query.data) {
    return (
      <div className="report-query" aria-busy={query.isPlaceholderData}>
        {children(query.data)}
      </div>
    );
  }
  if (query.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('reports.loadFailed', { reason: query.error.message })}
      </p>
    );
  }
  return <p className="muted">{t('reports.loading')}</p>;
}
