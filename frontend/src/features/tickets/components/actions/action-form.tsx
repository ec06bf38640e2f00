import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@/lib/api';
import type { TicketActionInput } from '../../api/ticket-mutation';
import type { TicketAction, VersionedTicket } from '../../api/types';
import { FormField } from '@/components/form/form-field';
import { actionFailureOf, type ActionFailure, type ActionNotice } from './action-failure';
import { ErrorSummary } from '@/components/form/error-summary';

type Option = { value: string; label: string };

export type FieldSpec = { name: string; label: string; required?: boolean; hint?: string } & (
  | { kind: 'text' | 'textarea' | 'number' | 'datetime'; defaultValue?: string }
  | { kind: 'select'; options: readonly Option[]; defaultValue?: string; placeholder?: boolean }
  /** Yes / no / unknown, for the nullable booleans of the contract. */
  | { kind: 'tristate'; defaultValue?: boolean | null }
  | { kind: 'checkboxes'; options: readonly Option[] }
);

/** The submitted values: trimmed text (empty when blank) and the ticked boxes. */
export type FormValues = {
  text: (name: string) => string;
  all: (name: string) => string[];
  /** A `tristate` field: true, false or null for "unknown". */
  flag: (name: string) => boolean | null;
  /** A `datetime` field as an instant with an offset; undefined when blank. */
  instant: (name: string) => string | undefined;
};

type ActionMutation<Body> = UseMutationResult<VersionedTicket, ApiError | Error, TicketActionInput<Body>>;

type ActionFormProps<Body> = {
  action: TicketAction;
  title: string;
  fields: readonly FieldSpec[];
  /** One button per way to send the form; the chosen key reaches `toBody`. */
  submits: readonly { key: string; label: string }[];
  toBody: (values: FormValues, submit: string) => Body;
  mutation: ActionMutation<Body>;
  etag: string | undefined;
  onNotice: (notice: ActionNotice | undefined) => void;
  intro?: ReactNode;
};

function valuesOf(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  return {
    text,
    all: (name) => data.getAll(name).filter((value): value is string => typeof value === 'string'),
    flag: (name) => (text(name) === 'true' ? true : text(name) === 'false' ? false : null),
    instant: (name) => {
      const local = text(name);
      if (!local) return undefined;
      const instant = new Date(local);
      return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
    },
  };
}

// `datetime-local` shows the agent's wall clock; the contract speaks instants.
function localDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const noFailure: ActionFailure = { byField: {}, summary: [] };

/**
 * One workflow action as a form: labelled fields, the server's messages next to them, and the
 * ticket's ETag in `If-Match`. A refused or stale action is reported to the panel above.
 */
export function ActionForm<Body>({ action, title, fields, submits, toBody, mutation, etag, onNotice, intro }: ActionFormProps<Body>) {
  const { t } = useTranslation();
  const prefix = `action-${action.toLowerCase()}-${useId().replace(/:/g, '')}`;
  const headingId = `${prefix}-heading`;
  const chosen = useRef(submits[0]?.key ?? 'submit');
  const [failure, setFailure] = useState<ActionFailure>(noFailure);
  const names = fields.map((field) => field.name);
  const pending = mutation.isPending;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = valuesOf(form);
    const missing = fields.filter((field) => field.required && values.all(field.name).every((value) => value.trim() === ''));
    if (missing.length > 0) {
      setFailure({ byField: Object.fromEntries(missing.map((field) => [field.name, [t('ticket.actions.required')]])), summary: [] });
      return;
    }
    setFailure(noFailure);
    mutation.mutate(
      { etag, body: toBody(values, chosen.current) },
      {
        onSuccess: () => {
          form.reset();
          onNotice(undefined);
        },
        onError: (error) => {
          const next = actionFailureOf(error, names, t);
          setFailure(next);
          onNotice(next.notice);
        },
      },
    );
  }

  const fieldId = (name: string) => `${prefix}-${name}`;
  const errorsOf = (name: string) => failure.byField[name];

  return (
    <form className="action-form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId} data-action={action}>
      <h3 id={headingId}>{title}</h3>
      {intro}
      <ErrorSummary messages={failure.summary} />
      <fieldset disabled={pending}>
        {fields.map((field) => {
          const common = { id: fieldId(field.name), label: field.label, required: field.required ?? false, errors: errorsOf(field.name), hint: field.hint };
          switch (field.kind) {
            case 'text':
              return (
                <FormField key={field.name} {...common}>
                  <input name={field.name} type="text" defaultValue={field.defaultValue ?? ''} />
                </FormField>
              );
            case 'number':
              return (
                <FormField key={field.name} {...common}>
                  <input name={field.name} type="number" min={0} step={1} inputMode="numeric" defaultValue={field.defaultValue ?? ''} />
                </FormField>
              );
            case 'datetime':
              return (
                <FormField key={field.name} {...common}>
                  <input name={field.name} type="datetime-local" defaultValue={localDateTime(field.defaultValue)} />
                </FormField>
              );
            case 'textarea':
              return (
                <FormField key={field.name} {...common}>
                  <textarea name={field.name} rows={3} defaultValue={field.defaultValue ?? ''} />
                </FormField>
              );
            case 'select':
              return (
                <FormField key={field.name} {...common}>
                  <select name={field.name} defaultValue={field.defaultValue ?? ''}>
                    {field.placeholder && <option value="">{t('ticket.actions.choose')}</option>}
                    {field.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </FormField>
              );
            case 'tristate':
              return (
                <FormField key={field.name} {...common}>
                  <select name={field.name} defaultValue={field.defaultValue === true ? 'true' : field.defaultValue === false ? 'false' : ''}>
                    <option value="">{t('ticket.actions.unknown')}</option>
                    <option value="true">{t('ticket.actions.yes')}</option>
                    <option value="false">{t('ticket.actions.no')}</option>
                  </select>
                </FormField>
              );
            case 'checkboxes':
              return (
                <fieldset key={field.name} className="field checkbox-list" aria-describedby={errorsOf(field.name) ? `${fieldId(field.name)}-error` : undefined}>
                  <legend>{field.label}</legend>
                  {field.options.map((option) => (
                    <div key={option.value} className="checkbox">
                      <input type="checkbox" id={`${fieldId(field.name)}-${option.value}`} name={field.name} value={option.value} />
                      <label htmlFor={`${fieldId(field.name)}-${option.value}`}>{option.label}</label>
                    </div>
                  ))}
                  {errorsOf(field.name) && (
                    <p id={`${fieldId(field.name)}-error`} className="field-error">
                      {errorsOf(field.name)?.join(' ')}
                    </p>
                  )}
                </fieldset>
              );
          }
        })}
      </fieldset>
      <div className="form-actions">
        {submits.map((submit, index) => (
          <button
            key={submit.key}
            type="submit"
            className={index === 0 ? 'button button--primary' : 'button'}
            disabled={pending}
            onClick={() => {
              chosen.current = submit.key;
            }}
          >
            {submit.label}
          </button>
        ))}
        {pending && <span className="muted">{t('ticket.actions.saving')}</span>}
      </div>
    </form>
  );
}
