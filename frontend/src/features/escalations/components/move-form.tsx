import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form/form-field';
import type { ApiError } from '@/lib/api';
import type { EscalationChangeInput } from '../api/escalation-mutation';
import type { VersionedEscalation } from '../api/types';
import { escalationProblemOf } from './escalation-problem';
import type { EscalationMove } from './escalation-moves';
import { ErrorSummary } from '@/components/form/error-summary';

/** What the actions panel says above the forms after a refused move. */
export type MoveNotice = 'not-allowed' | 'stale';

type MoveField = { name: string; label: string; required?: boolean; multiline?: boolean; maxLength: number };

type MoveFormProps<Body> = {
  move: EscalationMove;
  title: string;
  submit: string;
  fields: readonly MoveField[];
  toBody: (values: (name: string) => string) => Body;
  mutation: UseMutationResult<VersionedEscalation, ApiError | Error, EscalationChangeInput<Body>>;
  etag: string;
  onNotice: (notice: MoveNotice | undefined) => void;
};

type Failure = { byField: Record<string, string[]>; summary: string[] };
const noFailure: Failure = { byField: {}, summary: [] };

/**
 * One move of development as a small form: required fields are checked before anything is
 * sent, and the escalation's ETag goes in `If-Match`. A refused (409) or stale (412) move is
 * reported to the panel above, which shows what is possible now.
 */
export function MoveForm<Body>({ move, title, submit, fields, toBody, mutation, etag, onNotice }: MoveFormProps<Body>) {
  const { t } = useTranslation();
  const prefix = `escalation-${move}-${useId().replace(/:/g, '')}`;
  const [failure, setFailure] = useState<Failure>(noFailure);
  const pending = mutation.isPending;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const missing = fields.filter((field) => field.required && value(field.name) === '');
    if (missing.length > 0) {
      setFailure({ byField: Object.fromEntries(missing.map((field) => [field.name, [t('escalations.moves.required')]])), summary: [] });
      return;
    }
    setFailure(noFailure);
    mutation.mutate(
      { etag, body: toBody(value) },
      {
        onSuccess: () => {
          form.reset();
          onNotice(undefined);
        },
        onError: (error) => {
          const problem = escalationProblemOf(error, fields.map((field) => field.name), t);
          switch (problem.kind) {
            case 'conflict':
              setFailure(noFailure);
              return onNotice('not-allowed');
            case 'stale':
              setFailure(noFailure);
              return onNotice('stale');
            case 'invalid':
              return setFailure({ byField: problem.byField, summary: problem.summary });
            case 'no-answer':
              return setFailure({ byField: {}, summary: [t('escalations.moves.noAnswer', { reason: problem.reason })] });
            case 'retry-later':
              return setFailure({ byField: {}, summary: [t('escalations.moves.retryLater')] });
            case 'notice-refused':
            case 'other':
              return setFailure({ byField: {}, summary: [t('escalations.moves.failed'), problem.message] });
          }
        },
      },
    );
  }

  return (
    <form className="action-form" noValidate onSubmit={handleSubmit} aria-labelledby={`${prefix}-heading`} data-move={move}>
      <h3 id={`${prefix}-heading`}>{title}</h3>
      <ErrorSummary messages={failure.summary} />
      <fieldset disabled={pending}>
        {fields.map((field) => (
          <FormField key={field.name} id={`${prefix}-${field.name}`} label={field.label} required={field.required ?? false} errors={failure.byField[field.name]}>
            {field.multiline ? (
              <textarea name={field.name} rows={3} maxLength={field.maxLength} />
            ) : (
              <input name={field.name} type="text" maxLength={field.maxLength} />
            )}
          </FormField>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className={move === 'reject' ? 'button' : 'button button--primary'} disabled={pending}>
          {submit}
        </button>
        {pending && <span className="muted">{t('escalations.moves.saving')}</span>}
      </div>
    </form>
  );
}
