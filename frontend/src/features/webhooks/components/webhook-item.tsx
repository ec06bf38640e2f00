import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useEnableWebhook } from '../api/enable-webhook';
import type { Webhook } from '../api/types';
import { WebhookDeliveries } from './webhook-deliveries';
import { webhookErrorOf } from './webhook-problem';

/** One subscription: where it sends what, whether it is on, and its delivery log on demand. */
export function WebhookItem({ webhook }: { webhook: Webhook }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const prefix = `webhook-${useId().replace(/:/g, '')}`;
  const [logOpen, setLogOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteWebhook();
  const enable = useEnableWebhook();
  const failed = remove.error ?? enable.error;

  return (
    <li className="panel webhook" data-testid="webhook" data-enabled={webhook.enabled}>
      <h3 id={`${prefix}-heading`} className="webhook__url">
        {webhook.url}
      </h3>
      <p className="webhook__state">
        {webhook.enabled ? (
          <span className="status-badge webhook-state webhook-state--enabled">{t('webhooks.item.enabled')}</span>
        ) : (
          <>
            <span className="status-badge webhook-state webhook-state--disabled">{t('webhooks.item.disabled')}</span>{' '}
            {webhook.disabledReason && <span>{t('webhooks.item.disabledReason', { reason: webhook.disabledReason })}</span>}{' '}
            {webhook.disabledAt && (
              <span className="muted">{t('webhooks.item.disabledAt', { at: formatDateTime(webhook.disabledAt, language) })}</span>
            )}
          </>
        )}
      </p>
      <dl className="details">
        <div className="details__row">
          <dt>{t('webhooks.item.events')}</dt>
          <dd>
            <ul className="plain-list">
              {webhook.eventTypes.map((type) => (
                <li key={type}>
                  {t(`webhooks.eventType.${type}`)} <code className="muted">{type}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('webhooks.item.organization')}</dt>
          <dd>{webhook.organization ?? <span className="muted">{t('webhooks.item.allOrganizations')}</span>}</dd>
        </div>
        {webhook.description && (
          <div className="details__row">
            <dt>{t('webhooks.item.description')}</dt>
            <dd>{webhook.description}</dd>
          </div>
        )}
        <div className="details__row">
          <dt>{t('webhooks.item.created')}</dt>
          <dd>{t('webhooks.item.createdBy', { at: formatDateTime(webhook.createdAt, language), by: webhook.createdBy })}</dd>
        </div>
      </dl>
      {failed && (
        <p role="alert" className="error-banner">
          {t('webhooks.item.actionFailed', { reason: webhookErrorOf(failed, t) })}
        </p>
      )}
      {confirming ? (
        <div role="group" aria-labelledby={`${prefix}-confirm`} className="webhook__confirm">
          <p id={`${prefix}-confirm`}>{t('webhooks.item.confirmDelete', { url: webhook.url })}</p>
          <div className="form-actions">
            <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => remove.mutate(webhook.id)}>
              {remove.isPending ? t('webhooks.item.deleting') : t('webhooks.item.confirmDeleteYes')}
            </button>
            <button type="button" className="button" disabled={remove.isPending} onClick={() => setConfirming(false)}>
              {t('webhooks.item.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            aria-expanded={logOpen}
            aria-controls={`${prefix}-log`}
            onClick={() => setLogOpen((open) => !open)}
          >
            {logOpen ? t('webhooks.item.hideLog') : t('webhooks.item.showLog')}
          </button>
          {!webhook.enabled && (
            <button type="button" className="button button--primary" disabled={enable.isPending} onClick={() => enable.mutate(webhook.id)}>
              {enable.isPending ? t('webhooks.item.enabling') : t('webhooks.item.enable')}
            </button>
          )}
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('webhooks.item.delete')}
          </button>
        </div>
      )}
      <section id={`${prefix}-log`} hidden={!logOpen} aria-label={t('webhooks.deliveries.title')} className="webhook__log">
        {logOpen && <WebhookDeliveries webhookId={webhook.id} />}
      </section>
    </li>
  );
}
