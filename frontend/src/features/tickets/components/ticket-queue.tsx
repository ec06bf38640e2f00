import { useTranslation } from 'react-i18next';
import { isLanguage, defaultLanguage, formatDateTime } from '@/lib/i18n';
import { useTickets } from '../api/get-tickets';
import { LevelBadge } from './level-badge';

export function TicketQueue() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const queue = useTickets();

  if (queue.isPending) return <p className="muted">{t('queue.loading')}</p>;
  if (queue.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('queue.loadFailed', { reason: queue.error.message })}
      </p>
    );
  }

  const tickets = queue.data.pages.flatMap((page) => page.items);
  if (tickets.length === 0) return <p className="muted">{t('queue.empty')}</p>;

  return (
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
              <td className="ticket-key">{ticket.key}</td>
              <td>
                <LevelBadge level={ticket.level} />
              </td>
              <td>{ticket.title}</td>
              <td>{ticket.clientName}</td>
              <td>
                <time dateTime={ticket.receivedAt}>{formatDateTime(ticket.receivedAt, language)}</time>
              </td>
              <td>{t(`status.${ticket.status}`)}</td>
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
