import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form/form-field';
import { ApiError } from '@/lib/api';
import { useCreateWebhook } from '../api/create-webhook';
import type { WebhookCreate, WebhookCreated, WebhookEventType } from '../api/types';
import { webhookEventTypeValues } from '../api/webhook-values';
import { noWebhookFailure, webhookFailureOf, type WebhookFailure } from './webhook-problem';
import { WebhookSecret } from './webhook-secret';

const HEADING_ID = 'webhook-create-heading';
const fieldNames = ['url', 'eventTypes', 'description', 'organization'] as const;

function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Subscribes a URL to events. The answer's signing secret is shown once, above the form; the
 * `Idempotency-Key` lives as long as one subscription being filled in, so a double click or a
 * retry after a lost answer does not subscribe twice.
 */
export function WebhookCreateForm() {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>([]);
  const [description, setDescription] = useState('');
  const [organization, setOrganization] = useState('');
  const [failure, setFailure] = useState<WebhookFailure>(noWebhookFailure);
  const [created, setCreated] = useState<WebhookCreated | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const byField: Record<string, string[]> = {};
    if (!isWebUrl(url.trim())) byField.url = [t('webhooks.create.urlInvalid')];
    if (eventTypes.length === 0) byField.eventTypes = [t('webhooks.create.eventTypesRequired')];
    if (Object.keys(byField).length > 0) return setFailure({ byField, summary: [] });
    const body: WebhookCreate = {
      url: url.trim(),
      // In the contract's order, so a retry sends the same body under the same key.
      eventTypes: webhookEventTypeValues.filter((type) => eventTypes.includes(type)),
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(organization.trim() ? { organization: organization.trim() } : {}),
    };
    setFailure(noWebhookFailure);
    setCreated(undefined);
    create.mutate(
      { idempotencyKey, body },
      {
        onSuccess: (webhook) => {
          setCreated(webhook);
          setIdempotencyKey(crypto.randomUUID());
          setUrl('');
          setEventTypes([]);
          setDescription('');
          setOrganization('');
        },
        onError: (error) => {
          // A refusal is final for this key; with no answer the same key keeps the retry safe.
          if (error instanceof ApiError && error.status < 500 && error.status !== 429) setIdempotencyKey(crypto.randomUUID());
          setFailure(webhookFailureOf(error, fieldNames, t));
        },
      },
    );
  }

  return (
    <>
      {created && (
        <WebhookSecret
          created={created}
          onDismiss={() => {
            setCreated(undefined);
            create.reset();
          }}
        />
      )}
      <form className="panel webhook-create" noValidate onSubmit={handleSubmit} aria-labelledby={HEADING_ID}>
        <h2 id={HEADING_ID}>{t('webhooks.create.title')}</h2>
        {failure.summary.length > 0 && (
          <div role="alert" className="error-banner">
            <p>{t('webhooks.create.failed')}</p>
            {failure.summary.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        <fieldset disabled={create.isPending} className="webhook-create__fields">
          <FormField id="webhook-url" label={t('webhooks.create.url')} required hint={t('webhooks.create.urlHint')} errors={failure.byField.url}>
            <input type="url" maxLength={2000} value={url} onChange={(event) => setUrl(event.target.value)} />
          </FormField>
          <fieldset
            className={failure.byField.eventTypes ? 'field checkbox-list field--invalid' : 'field checkbox-list'}
            aria-describedby={failure.byField.eventTypes ? 'webhook-event-types-error' : undefined}
          >
            <legend>
              {t('webhooks.create.eventTypes')}
              <span className="required-mark" aria-hidden="true">
                {' *'}
              </span>
            </legend>
            {webhookEventTypeValues.map((type) => (
              <div key={type} className="checkbox">
                <input
                  id={`webhook-event-${type}`}
                  type="checkbox"
                  checked={eventTypes.includes(type)}
                  onChange={(event) =>
                    setEventTypes((before) => (event.target.checked ? [...before, type] : before.filter((one) => one !== type)))
                  }
                />
                <label htmlFor={`webhook-event-${type}`}>
                  {t(`webhooks.eventType.${type}`)} <code className="muted">{type}</code>
                </label>
              </div>
            ))}
            {failure.byField.eventTypes && (
              <p id="webhook-event-types-error" className="field-error">
                {failure.byField.eventTypes.join(' ')}
              </p>
            )}
          </fieldset>
          <FormField id="webhook-description" label={t('webhooks.create.description')} errors={failure.byField.description}>
            <input type="text" maxLength={500} value={description} onChange={(event) => setDescription(event.target.value)} />
          </FormField>
          <FormField
            id="webhook-organization"
            label={t('webhooks.create.organization')}
            hint={t('webhooks.create.organizationHint')}
            errors={failure.byField.organization}
          >
            <input type="text" maxLength={200} value={organization} onChange={(event) => setOrganization(event.target.value)} />
          </FormField>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('webhooks.create.submitting') : t('webhooks.create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
