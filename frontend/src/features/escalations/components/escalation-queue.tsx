import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import { useEscalations } from '../api/get-escalations';
import type { EscalationFilters } from '../api/types';
import { useNow } from '../hooks/use-now';
import { acknowledgementAt, clockOfEscalation } from './acknowledgement-clock';
import { AcknowledgementCountdown } from './acknowledgement-countdown';
import { filtersOfSearch, searchOfFilters } from './escalation-filters';
import { EscalationQueueFilters } from './escalation-queue-filters';
import { EscalationStatusBadge } from './escalation-status-badge';
import { ExternalReferenceLink } from './external-reference-link';
import { SeverityBadge } from './severity-badge';
import './escalations.css';

/** The development queue: most urgent first, as the server orders it, filtered from the address. */
export function EscalationQueue() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const [search, setSearch] = useSearchParams();
  const filters = filtersOfSearch(search);
  const queue = useEscalations(filters);
  const now = useNow();
  const changeFilters = (next: EscalationFilters) => setSearch(searchOfFilters(next), { replace: true });

  let content;
  if (queue.isPending) content = <p className="muted">{t('escalations.queue.loading')}</p>;
  else if (queue.isError) {
    content = (
      <p role="alert" className="error-banner">
        {t('escalations.queue.loadFailed', { reason: queue.error.message })}
      </p>
    );
  } else {
    const escalations = queue.data.pages.flatMap((page) => page.items);
    content =
      escalations.length === 0 ? (
        <p className="muted">{t('escalations.queue.empty')}</p>
      ) : (
        <>
          <table className="ticket-queue escalation-queue">
            <caption className="visually-hidden">{t('escalations.queue.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('escalations.queue.columns.severity')}</th>
                <th scope="col">{t('escalations.queue.columns.status')}</th>
                <th scope="col">{t('escalations.queue.columns.escalation')}</th>
                <th scope="col">{t('escalations.queue.columns.ticket')}</th>
                <th scope="col">{t('escalations.queue.columns.client')}</th>
                <th scope="col">{t('escalations.queue.columns.createdAt')}</th>
                <th scope="col">{t('escalations.queue.columns.acknowledgement')}</th>
                <th scope="col">{t('escalations.queue.columns.tracker')}</th>
              </tr>
            </thead>
            <tbody>
              {escalations.map((escalation) => {
                const clock = clockOfEscalation(escalation);
                const overdue = acknowledgementAt(clock, now).tone === 'overdue';
                return (
                  <tr
                    key={escalation.id}
                    data-testid="escalation-row"
                    data-severity={escalation.severity}
                    className={overdue ? 'escalation-row escalation-row--overdue' : 'escalation-row'}
                  >
                    <td>
                      <SeverityBadge severity={escalation.severity} />
                    </td>
                    <td>
                      <EscalationStatusBadge status={escalation.status} />
                    </td>
                    <td>
                      <Link to={paths.escalation.getHref(escalation.id)}>{escalation.ticketTitle}</Link>
                    </td>
                    <td className="ticket-key">
                      <Link to={paths.ticket.getHref(escalation.ticketId)}>{escalation.ticketKey}</Link>
                    </td>
                    <td>{escalation.clientName}</td>
                    <td>
                      <time dateTime={escalation.createdAt}>{formatDateTime(escalation.createdAt, language)}</time>
                    </td>
                    <td>
                      <AcknowledgementCountdown clock={clock} now={now} />
                    </td>
                    <td>
                      {escalation.externalReference ? (
                        <ExternalReferenceLink reference={escalation.externalReference} />
                      ) : (
                        <span className="muted">{t('escalations.queue.noTracker')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {queue.hasNextPage && (
            <button type="button" className="button" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
              {queue.isFetchingNextPage ? t('escalations.queue.loadingMore') : t('escalations.queue.loadMore')}
            </button>
          )}
        </>
      );
  }

  return (
    <>
      <EscalationQueueFilters filters={filters} onChange={changeFilters} />
      {content}
    </>
  );
}
