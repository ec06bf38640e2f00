import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrorsOf } from '@/lib/api';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import { usePutTemplate } from '../api/put-template';
import type { MessageTemplate } from '../api/types';
import { communicationFailure } from './communication-failure';
import { placeholderName } from './placeholder-name';
import { unknownPlaceholders } from './template-placeholders';
import { ErrorSummary } from '@/components/form/error-summary';

/** What the last publication said: the new version, or that someone published first. */
export type TemplateNotice = { saved: number } | { stale: true };

type Field = 'subject' | 'body';
type Outcome = { summary: string[]; byField: Partial<Record<Field, string[]>> };

type TemplateEditorProps = {
  template: MessageTemplate;
  etag: string;
  notice: TemplateNotice | undefined;
  onNotice: (notice: TemplateNotice | undefined) => void;
};

/** One template's subject and body, the values it may use, published as a new version with `If-Match`. */
export function TemplateEditor({ template, etag, notice, onNotice }: TemplateEditorProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const put = usePutTemplate(template.kind);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [outcome, setOutcome] = useState<Outcome>({ summary: [], byField: {} });
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const id = (name: string) => `template-${template.kind.toLowerCase()}-${name}`;
  const unknown = unknownPlaceholders(`${subject}\n${body}`, template.placeholders);
  const kindName = t(`communication.templateKind.${template.kind}`);

  function insert(name: string) {
    const area = bodyRef.current;
    const tag = `{{${name}}}`;
    const from = area?.selectionStart ?? body.length;
    const to = area?.selectionEnd ?? body.length;
    setBody(body.slice(0, from) + tag + body.slice(to));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(from + tag.length, from + tag.length);
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const byField: Outcome['byField'] = {};
    if (!subject.trim()) byField.subject = [t('communication.templates.required')];
    if (!body.trim()) byField.body = [t('communication.templates.required')];
    if (Object.keys(byField).length > 0) return setOutcome({ summary: [], byField });
    setOutcome({ summary: [], byField: {} });
    onNotice(undefined);
    put.mutate(
      { etag, template: { subject, body } },
      {
        onSuccess: (published) => onNotice({ saved: published.template.version }),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) return onNotice({ stale: true });
          const fields: Outcome['byField'] = {};
          if (error instanceof ApiError) {
            for (const [name, messages] of fieldErrorsOf(error.problem)) {
              if (name === 'subject' || name === 'body') fields[name] = [t('communication.templates.invalid'), ...messages];
            }
          }
          const summary = Object.keys(fields).length > 0 ? [] : communicationFailure(error, t);
          setOutcome({ summary, byField: fields });
        },
      },
    );
  }

  const errorOf = (name: Field) =>
    outcome.byField[name] ? (
      <p id={id(`${name}-error`)} className="field-error">
        {outcome.byField[name]?.join(' ')}
      </p>
    ) : null;

  return (
    <form className="template-editor" noValidate onSubmit={handleSubmit} aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{t('communication.templates.heading', { kind: kindName })}</h3>
      <p className="muted" data-testid={`template-${template.kind}-version`}>
        {template.createdBy && template.createdAt
          ? t('communication.templates.versionBy', {
              version: template.version,
              at: formatDateTime(template.createdAt, language),
              by: template.createdBy,
            })
          : t('communication.templates.version', { version: template.version })}
      </p>
      {notice && 'saved' in notice && (
        <p role="status" className="success-banner">
          {t('communication.templates.saved', { version: notice.saved })}
        </p>
      )}
      {notice && 'stale' in notice && (
        <p role="alert" className="error-banner">
          {t('communication.templates.stale')}
        </p>
      )}
      <ErrorSummary messages={outcome.summary} />
      <fieldset disabled={put.isPending}>
        <div className={outcome.byField.subject ? 'field field--invalid' : 'field'}>
          <label htmlFor={id('subject')}>{t('communication.templates.subject')}</label>
          <input
            id={id('subject')}
            type="text"
            maxLength={300}
            value={subject}
            aria-invalid={outcome.byField.subject ? true : undefined}
            aria-describedby={outcome.byField.subject ? id('subject-error') : undefined}
            onChange={(event) => setSubject(event.target.value)}
          />
          {errorOf('subject')}
        </div>
        <div className={outcome.byField.body ? 'field field--invalid' : 'field'}>
          <label htmlFor={id('body')}>{t('communication.templates.body')}</label>
          <textarea
            id={id('body')}
            ref={bodyRef}
            rows={12}
            maxLength={20000}
            value={body}
            aria-invalid={outcome.byField.body ? true : undefined}
            aria-describedby={[id('body-hint'), outcome.byField.body ? id('body-error') : ''].filter(Boolean).join(' ')}
            onChange={(event) => setBody(event.target.value)}
          />
          <p id={id('body-hint')} className="field-hint">
            {t('communication.templates.bodyHint', { value: '{{clientName}}', section: '{{#cause}}…{{/cause}}' })}
          </p>
          {errorOf('body')}
        </div>
        {unknown.length > 0 && (
          <p className="message-warning message-warning--missing">
            {t('communication.templates.unknown', { names: unknown.map((name) => `{{${name}}}`).join(', ') })}
          </p>
        )}
        <section className="template-placeholders" aria-labelledby={id('placeholders')}>
          <h4 id={id('placeholders')}>{t('communication.templates.placeholders')}</h4>
          <ul className="plain-list">
            {template.placeholders.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('communication.templates.insert', { placeholder: placeholderName(name, t) })}
                  onClick={() => insert(name)}
                >
                  <code>{`{{${name}}}`}</code>
                </button>{' '}
                <span className="muted">{placeholderName(name, t)}</span>
              </li>
            ))}
          </ul>
        </section>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={put.isPending}>
          {put.isPending ? t('communication.templates.saving') : t('communication.templates.submit')}
        </button>
      </div>
    </form>
  );
}
