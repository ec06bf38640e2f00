import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '@/features/tickets/api/types';
import { FormField } from '@/components/form/form-field';
import { defaultLanguage, isLanguage } from '@/lib/i18n';
import { useCreateEscalation } from '../api/create-escalation';
import { contactChannelValues, escalationSeverityValues } from '../api/escalation-values';
import { useTicketAttachments } from '../api/get-ticket-attachments';
import type { ContactChannel, Escalation, EscalationCreate, EscalationDiagnostics, EscalationSeverity } from '../api/types';
import { escalationDraftOf, type EscalationDraft } from './escalation-draft';
import { escalationProblemOf, spendsIdempotencyKey } from './escalation-problem';
import { FileSize } from './file-size';

const textFields = ['description', 'productVersion', 'environment', 'stepsToReproduce', 'logs', 'workaround'] as const;
const fieldNames: readonly string[] = [...textFields, 'severity', 'attachmentIds', 'noticeChannel'];

type Failure = { byField: Record<string, string[]>; summary: string[]; noticeRefused: boolean };
const noFailure: Failure = { byField: {}, summary: [], noticeRefused: false };

// The ticket came in by one of these: the notice goes back the same way unless chosen otherwise.
function channelOf(ticket: Ticket): ContactChannel | '' {
  return (contactChannelValues as readonly string[]).includes(ticket.channel) ? (ticket.channel as ContactChannel) : '';
}

function diagnosticsOf(draft: EscalationDraft, attachmentIds: readonly string[]): EscalationDiagnostics | undefined {
  const diagnostics: EscalationDiagnostics = {};
  if (draft.productVersion.trim()) diagnostics.productVersion = draft.productVersion.trim();
  if (draft.environment.trim()) diagnostics.environment = draft.environment.trim();
  if (draft.logs.trim()) diagnostics.logs = draft.logs;
  if (draft.stepsToReproduce.trim()) diagnostics.stepsToReproduce = draft.stepsToReproduce.trim();
  if (attachmentIds.length > 0) diagnostics.attachmentIds = [...attachmentIds];
  return Object.keys(diagnostics).length > 0 ? diagnostics : undefined;
}

type EscalationDialogProps = {
  ticket: Ticket;
  onClose: () => void;
  onCreated: (escalation: Escalation) => void;
};

/**
 * The hand-over to development as a modal dialog, prefilled from the ticket. It is mounted
 * once per opening, and so is its `Idempotency-Key`: a double click or a retry after a lost
 * answer replays the first request instead of opening a second escalation.
 */
export function EscalationDialog({ ticket, onClose, onCreated }: EscalationDialogProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const prefix = `escalation-dialog-${useId().replace(/:/g, '')}`;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<EscalationDraft>(() => escalationDraftOf(ticket, t, language));
  const [severity, setSeverity] = useState<EscalationSeverity | ''>('');
  const [attachmentIds, setAttachmentIds] = useState<string[]>([]);
  const [notifyClient, setNotifyClient] = useState(true);
  const [noticeChannel, setNoticeChannel] = useState<ContactChannel | ''>(() => channelOf(ticket));
  const [failure, setFailure] = useState<Failure>(noFailure);
  const attachments = useTicketAttachments(ticket.id);
  const create = useCreateEscalation(ticket.id);
  const pending = create.isPending;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const missing: Record<string, string[]> = {};
    if (!draft.description.trim()) missing.description = [t('escalations.dialog.required')];
    if (!severity) missing.severity = [t('escalations.dialog.severityRequired')];
    if (Object.keys(missing).length > 0) {
      setFailure({ ...noFailure, byField: missing });
      return;
    }
    const diagnostics = diagnosticsOf(draft, attachmentIds);
    const body: EscalationCreate = {
      description: draft.description.trim(),
      severity: severity as EscalationSeverity,
      ...(diagnostics ? { diagnostics } : {}),
      ...(draft.workaround.trim() ? { workaround: draft.workaround.trim() } : {}),
      notifyClient,
      ...(notifyClient && noticeChannel ? { noticeChannel } : {}),
    };
    setFailure(noFailure);
    create.mutate(
      { idempotencyKey, body },
      {
        onSuccess: ({ escalation }) => onCreated(escalation),
        onError: (error) => {
          if (spendsIdempotencyKey(error)) setIdempotencyKey(crypto.randomUUID());
          const problem = escalationProblemOf(error, fieldNames, t);
          switch (problem.kind) {
            case 'no-answer':
              return setFailure({ ...noFailure, summary: [t('escalations.dialog.noAnswer', { reason: problem.reason })] });
            case 'retry-later':
              return setFailure({ ...noFailure, summary: [t('escalations.dialog.retryLater')] });
            case 'conflict':
              return setFailure({ ...noFailure, summary: [t('escalations.dialog.conflict')] });
            case 'notice-refused':
              return setFailure({ ...noFailure, summary: [problem.message], noticeRefused: true });
            case 'invalid':
              return setFailure({ ...noFailure, byField: problem.byField, summary: problem.summary });
            case 'stale':
              return setFailure({ ...noFailure, summary: [t('escalations.dialog.failed')] });
            case 'other':
              return setFailure({ ...noFailure, summary: [t('escalations.dialog.failed'), problem.message] });
          }
        },
      },
    );
  }

  const id = (name: string) => `${prefix}-${name}`;
  const setText = (name: (typeof textFields)[number], value: string) => setDraft((before) => ({ ...before, [name]: value }));
  const textField = (name: (typeof textFields)[number], rows: number, options: { required?: boolean; hint?: string; code?: boolean } = {}) => (
    <FormField id={id(name)} label={t(`escalations.dialog.fields.${name}`)} required={options.required ?? false} hint={options.hint} errors={failure.byField[name]}>
      {rows === 1 ? (
        <input type="text" value={draft[name]} onChange={(event) => setText(name, event.target.value)} />
      ) : (
        <textarea
          rows={rows}
          className={options.code ? 'escalation-dialog__code' : undefined}
          value={draft[name]}
          onChange={(event) => setText(name, event.target.value)}
        />
      )}
    </FormField>
  );

  const attachmentItems = attachments.data?.items ?? [];
  return (
    <dialog
      ref={dialogRef}
      className="escalation-dialog"
      aria-labelledby={id('heading')}
      aria-describedby={id('intro')}
      onClose={onClose}
      onCancel={(event) => {
        // Escape does not drop a request on its way.
        if (pending) event.preventDefault();
      }}
    >
      <form noValidate onSubmit={handleSubmit}>
        <h2 id={id('heading')}>{t('escalations.dialog.title', { key: ticket.key })}</h2>
        <p id={id('intro')} className="muted">
          {t('escalations.dialog.intro')}
        </p>
        {failure.summary.length > 0 && (
          <div role="alert" className="error-banner">
            {failure.summary.map((message) => (
              <p key={message}>{message}</p>
            ))}
            {failure.noticeRefused && notifyClient && (
              <p>
                {t('escalations.dialog.noticeRefusedHint')}{' '}
                <button type="button" className="button" onClick={() => setNotifyClient(false)}>
                  {t('escalations.dialog.dontNotify')}
                </button>
              </p>
            )}
          </div>
        )}
        <fieldset disabled={pending} className="escalation-dialog__fields">
          {textField('description', 8, { required: true, hint: t('escalations.dialog.hints.description') })}
          <FormField id={id('severity')} label={t('escalations.dialog.fields.severity')} required hint={t('escalations.dialog.hints.severity')} errors={failure.byField.severity}>
            <select value={severity} onChange={(event) => setSeverity(event.target.value as EscalationSeverity | '')}>
              <option value="">{t('escalations.dialog.choose')}</option>
              {escalationSeverityValues.map((value) => (
                <option key={value} value={value}>
                  {t(`escalations.severity.${value}`)}
                </option>
              ))}
            </select>
          </FormField>
          {textField('productVersion', 1)}
          {textField('environment', 3, { hint: t('escalations.dialog.hints.environment') })}
          {textField('stepsToReproduce', 4)}
          {textField('logs', 6, { code: true })}
          {textField('workaround', 3, { hint: t('escalations.dialog.hints.workaround') })}
          <fieldset className="field checkbox-list" aria-describedby={failure.byField.attachmentIds ? `${id('attachments')}-error` : undefined}>
            <legend>{t('escalations.dialog.fields.attachments')}</legend>
            {attachments.isPending && <p className="muted">{t('escalations.dialog.attachmentsLoading')}</p>}
            {attachments.isError && (
              <p className="field-error">{t('escalations.dialog.attachmentsFailed', { reason: attachments.error.message })}</p>
            )}
            {attachments.isSuccess && attachmentItems.length === 0 && <p className="muted">{t('escalations.dialog.noAttachments')}</p>}
            {attachmentItems.map((attachment) => (
              <div key={attachment.id} className="checkbox">
                <input
                  type="checkbox"
                  id={id(`attachment-${attachment.id}`)}
                  checked={attachmentIds.includes(attachment.id)}
                  onChange={(event) =>
                    setAttachmentIds((before) =>
                      event.target.checked ? [...before, attachment.id] : before.filter((one) => one !== attachment.id),
                    )
                  }
                />
                <label htmlFor={id(`attachment-${attachment.id}`)}>
                  {attachment.fileName} <span className="muted">(<FileSize bytes={attachment.size} />)</span>
                </label>
              </div>
            ))}
            {failure.byField.attachmentIds && (
              <p id={`${id('attachments')}-error`} className="field-error">
                {failure.byField.attachmentIds.join(' ')}
              </p>
            )}
          </fieldset>
          <div className="field field--inline">
            <input id={id('notifyClient')} type="checkbox" checked={notifyClient} onChange={(event) => setNotifyClient(event.target.checked)} />
            <label htmlFor={id('notifyClient')}>{t('escalations.dialog.fields.notifyClient')}</label>
          </div>
          <FormField id={id('noticeChannel')} label={t('escalations.dialog.fields.noticeChannel')} errors={failure.byField.noticeChannel}>
            <select value={noticeChannel} disabled={!notifyClient} onChange={(event) => setNoticeChannel(event.target.value as ContactChannel | '')}>
              <option value="">{t('escalations.dialog.defaultChannel')}</option>
              {contactChannelValues.map((value) => (
                <option key={value} value={value}>
                  {t(`escalations.channel.${value}`)}
                </option>
              ))}
            </select>
          </FormField>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t('escalations.dialog.submitting') : t('escalations.dialog.submit')}
          </button>
          <button type="button" className="button" disabled={pending} onClick={() => dialogRef.current?.close()}>
            {t('escalations.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
