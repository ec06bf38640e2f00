import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookCreated } from '../api/types';

type WebhookSecretProps = { created: WebhookCreated; onDismiss: () => void };

/**
 * The signing secret of a new subscription. The server gives it out once, in the answer to
 * the creation; once dismissed it is gone from the page, and there is no way to read it again.
 */
export function WebhookSecret({ created, onDismiss }: WebhookSecretProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <section className="panel webhook-secret" aria-labelledby="webhook-secret-heading" data-testid="webhook-secret">
      <h2 id="webhook-secret-heading">{t('webhooks.secret.title')}</h2>
      <p>{t('webhooks.secret.for', { url: created.url })}</p>
      <p role="alert" className="webhook-secret__warning">
        {t('webhooks.secret.warning')}
      </p>
      <p className="webhook-secret__value">
        <code data-testid="webhook-secret-value">{created.secret}</code>
      </p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('webhooks.secret.copy')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('webhooks.secret.dismiss')}
        </button>
        <span role="status" className="muted">
          {copied === 'yes' ? t('webhooks.secret.copied') : copied === 'failed' ? t('webhooks.secret.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
