import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form/form-field';
import { useSetExternalReference } from '../api/set-external-reference';
import { externalReferenceSystemValues } from '../api/escalation-values';
import type { Escalation, ExternalSystem } from '../api/types';
import { escalationProblemOf } from './escalation-problem';
import { isWebUrl } from './web-url';
import { ErrorSummary } from '@/components/form/error-summary';

const HEADING_ID = 'external-reference-heading';
const fieldNames = ['system', 'key', 'url'] as const;
type Field = (typeof fieldNames)[number];

type Outcome = { byField: Partial<Record<Field, string[]>>; summary: string[]; saved: boolean };
const noOutcome: Outcome = { byField: {}, summary: [], saved: false };

type ExternalReferenceFormProps = { escalation: Escalation; etag: string };

/** Links the task in Bitrix24, Jira or another tracker, when no connector did it. */
export function ExternalReferenceForm({ escalation, etag }: ExternalReferenceFormProps) {
  const { t } = useTranslation();
  const current = escalation.externalReference;
  const put = useSetExternalReference(escalation.id);
  const [system, setSystem] = useState<ExternalSystem>(current?.system ?? 'BITRIX24');
  const [key, setKey] = useState(current?.key ?? '');
  const [url, setUrl] = useState(current?.url ?? '');
  const [outcome, setOutcome] = useState<Outcome>(noOutcome);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const byField: Outcome['byField'] = {};
    if (!key.trim()) byField.key = [t('escalations.externalReference.required')];
    if (!url.trim()) byField.url = [t('escalations.externalReference.required')];
    else if (!isWebUrl(url.trim())) byField.url = [t('escalations.externalReference.urlInvalid')];
    if (Object.keys(byField).length > 0) return setOutcome({ ...noOutcome, byField });
    setOutcome(noOutcome);
    put.mutate(
      { etag, body: { system, key: key.trim(), url: url.trim() } },
      {
        onSuccess: () => setOutcome({ ...noOutcome, saved: true }),
        onError: (error) => {
          const problem = escalationProblemOf(error, fieldNames, t);
          switch (problem.kind) {
            case 'stale':
              return setOutcome({ ...noOutcome, summary: [t('escalations.externalReference.stale')] });
            case 'invalid':
              return setOutcome({ ...noOutcome, byField: problem.byField, summary: problem.summary });
            case 'no-answer':
              return setOutcome({ ...noOutcome, summary: [t('escalations.moves.noAnswer', { reason: problem.reason })] });
            case 'retry-later':
              return setOutcome({ ...noOutcome, summary: [t('escalations.moves.retryLater')] });
            case 'conflict':
              return setOutcome({ ...noOutcome, summary: [t('escalations.externalReference.failed'), problem.detail ?? ''].filter(Boolean) });
            case 'notice-refused':
            case 'other':
              return setOutcome({ ...noOutcome, summary: [t('escalations.externalReference.failed'), problem.message] });
          }
        },
      },
    );
  }

  return (
    <form className="panel external-reference-form" noValidate onSubmit={handleSubmit} aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('escalations.externalReference.title')}</h2>
      {outcome.saved && (
        <p role="status" className="success-banner">
          {t('escalations.externalReference.saved')}
        </p>
      )}
      <ErrorSummary messages={outcome.summary} />
      <fieldset disabled={put.isPending} className="external-reference-form__fields">
        <FormField id="external-reference-system" label={t('escalations.externalReference.system')} required errors={outcome.byField.system}>
          <select value={system} onChange={(event) => setSystem(event.target.value as ExternalSystem)}>
            {externalReferenceSystemValues.map((value) => (
              <option key={value} value={value}>
                {t(`escalations.externalSystem.${value}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="external-reference-key" label={t('escalations.externalReference.key')} required errors={outcome.byField.key}>
          <input type="text" maxLength={100} value={key} onChange={(event) => setKey(event.target.value)} />
        </FormField>
        <FormField id="external-reference-url" label={t('escalations.externalReference.url')} required errors={outcome.byField.url}>
          <input type="url" maxLength={2000} value={url} onChange={(event) => setUrl(event.target.value)} />
        </FormField>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={put.isPending}>
          {put.isPending ? t('escalations.externalReference.saving') : t('escalations.externalReference.submit')}
        </button>
      </div>
    </form>
  );
}
