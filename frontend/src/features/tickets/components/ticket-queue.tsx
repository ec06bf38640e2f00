import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { isLanguage, defaultLanguage, formatDateTime } from '@/lib/i18n';
import { useTickets } from '../api/get-tickets';
import type { QueueFilters as Filters } from '../api/types';
import { useNow } from '../hooks/use-now';
import { LevelBadge } from './level-badge';
import { QueueCountdown } from './queue-countdown';
import { QueueFilters } from './queue-filters';

export function TicketQueue() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const [filters, setFilters] = useState<Filters>({});
  const queue = useTickets(filters);
  const now = useNow();

  let content;
  if (queue.isPending) content = <p className="muted">{t('queue.loading')}</p>;
  else if (queue.isError) {
    content = (
      <p role="alert" className="error-banner">
        {t('queue.loadFailed', { reason: queue.error.message })}
      </p>
    );
  } else {
    const tickets = queue.data.pages.flatMap((page) => page.items);
    content =
      tickets.length === 0 ? (
        <p className="muted">{t('queue.empty')}</p>
      ) : (
        <>
          <table className="ticket-queue">
            <caption className="visually-hidden">{t('queue.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.columns.key')}</th>
                <th scope="col">{t('queue.columns.level')}</th>
                <th scope="col">{t('queue.columns.title')}</th>
                <th scope="col">{t('queue.columns.client')}</th>
                <th scope="col">{t('queue.columns.receivedAt')}</th>
                <th scope="col">{t('queue.columns.status')}</th>
                <th scope="col">{t('queue.columns.sla')}</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr
                  key={ticket.id}
                  data-testid="ticket-row"
                  data-level={ticket.level}
                  className={ticket.level === 'EMERGENCY' ? 'ticket-row ticket-row--emergency' : 'ticket-row'}
                >
                  <td className="ticket-key">
                    <Link to={paths.ticket.getHref(ticket.id)}>{ticket.key}</Link>
                  </td>
                  <td>
                    <LevelBadge level={ticket.level} />
                  </td>
                  <td>{ticket.title}</td>
                  <td>{ticket.clientName}</td>
                  <td>
                    <time dateTime={ticket.receivedAt}>{formatDateTime(ticket.receivedAt, language)}</time>
                  </td>
                  <td>{t(`status.${ticket.status}`)}</td>
                  <td>
                    <QueueCountdown timers={ticket.timers} fetchedAt={queue.dataUpdatedAt} now={now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {queue.hasNextPage && (
            <button
              type="button"
              className="button"
              onClick={() => void queue.fetchNextPage()}
              disabled={queue.isFetchingNextPage}
            >
              {queue.isFetchingNextPage ? t('queue.loadingMore') : t('queue.loadMore')}
            </button>
          )}
        </>
      );
  }

  return (
    <>
      <QueueFilters filters={filters} onChange={setFilters} />
      {content}
    </>
  );
}
