import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import { useRedeliverWebhook } from '../api/redeliver-webhook';
import { useWebhookDeliveries } from '../api/get-webhook-deliveries';
import type { WebhookAttempt } from '../api/types';
import { webhookErrorOf } from './webhook-problem';

function AttemptLine({ attempt }: { attempt: WebhookAttempt }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const outcome =
    attempt.statusCode !== undefined
      ? t('webhooks.deliveries.statusCode', { code: attempt.statusCode })
      : t('webhooks.deliveries.noResponse');
  return (
    <li data-testid="webhook-attempt">
      <time dateTime={attempt.at}>{formatDateTime(attempt.at, language)}</time> —{' '}
      <span className={attempt.statusCode !== undefined && attempt.statusCode < 300 ? 'webhook-attempt--ok' : 'webhook-attempt--failed'}>
        {outcome}
      </span>
      {attempt.error && <span className="muted"> ({attempt.error})</span>}, {t('webhooks.deliveries.duration', { ms: attempt.durationMs })}
    </li>
  );
}

/** A subscription's delivery log: each delivery, its attempts and a way to send it again. */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const log = useWebhookDeliveries(webhookId);
  const redeliver = useRedeliverWebhook(webhookId);

  if (log.isPending) return <p className="muted">{t('webhooks.deliveries.loading')}</p>;
  if (log.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('webhooks.deliveries.loadFailed', { reason: log.error.message })}
      </p>
    );
  }
  const deliveries = log.data.pages.flatMap((page) => page.items);
  if (deliveries.length === 0) return <p className="muted">{t('webhooks.deliveries.empty')}</p>;
  return (
    <>
      {redeliver.isSuccess && (
        <p role="status" className="success-banner">
          {t('webhooks.deliveries.requeued')}
        </p>
      )}
      {redeliver.isError && (
        <p role="alert" className="error-banner">
          {t('webhooks.deliveries.redeliverFailed', { reason: webhookErrorOf(redeliver.error, t) })}
        </p>
      )}
      <table className="ticket-queue webhook-deliveries">
        <caption className="visually-hidden">{t('webhooks.deliveries.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webhooks.deliveries.columns.createdAt')}</th>
            <th scope="col">{t('webhooks.deliveries.columns.eventType')}</th>
            <th scope="col">{t('webhooks.deliveries.columns.status')}</th>
            <th scope="col">{t('webhooks.deliveries.columns.attempts')}</th>
            <th scope="col">{t('webhooks.deliveries.columns.next')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('webhooks.deliveries.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="webhook-delivery" data-status={delivery.status}>
              <td>
                <time dateTime={delivery.createdAt}>{formatDateTime(delivery.createdAt, language)}</time>
              </td>
              <td>
                {t(`webhooks.eventType.${delivery.eventType}`)} <code className="muted">{delivery.eventType}</code>
              </td>
              <td>
                <span className={`webhook-delivery-status webhook-delivery-status--${delivery.status.toLowerCase()}`}>
                  {t(`webhooks.deliveryStatus.${delivery.status}`)}
                </span>
                {delivery.deliveredAt && (
                  <span className="muted"> {t('webhooks.deliveries.deliveredAt', { at: formatDateTime(delivery.deliveredAt, language) })}</span>
                )}
              </td>
              <td>
                {delivery.attempts.length === 0 ? (
                  <span className="muted">{t('webhooks.deliveries.noAttempts')}</span>
                ) : (
                  <ol className="webhook-attempts">
                    {delivery.attempts.map((attempt, index) => (
                      <AttemptLine key={`${attempt.at}-${index}`} attempt={attempt} />
                    ))}
                  </ol>
                )}
              </td>
              <td>
                {delivery.nextAttemptAt ? (
                  <time dateTime={delivery.nextAttemptAt}>{formatDateTime(delivery.nextAttemptAt, language)}</time>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  disabled={redeliver.isPending && redeliver.variables === delivery.id}
                  aria-label={t('webhooks.deliveries.redeliverOne', {
                    eventType: t(`webhooks.eventType.${delivery.eventType}`),
                    at: formatDateTime(delivery.createdAt, language),
                  })}
                  onClick={() => redeliver.mutate(delivery.id)}
                >
                  {t('webhooks.deliveries.redeliver')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.hasNextPage && (
        <button type="button" className="button" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          {log.isFetchingNextPage ? t('webhooks.loadingMore') : t('webhooks.loadMore')}
        </button>
      )}
    </>
  );
}
