import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { TicketQueue } from '@/features/tickets/components/ticket-queue';

export function QueueRoute() {
  const { t } = useTranslation();
  return (
    <section>
      <div className="page-heading">
        <h1>{t('queue.title')}</h1>
        <Link to={paths.newTicket.getHref()} className="button button--primary">
          {t('nav.newTicket')}
        </Link>
      </div>
      <TicketQueue />
    </section>
  );
}
