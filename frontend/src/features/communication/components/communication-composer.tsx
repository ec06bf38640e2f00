import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '@/features/tickets/api/types';
import { useRenderTemplate } from '../api/preview-communication';
import { useRecordCommunication } from '../api/record-communication';
import {
  contactChannels,
  directionValues,
  templateKinds,
  type CommunicationWrite,
  type ContactChannel,
  type Direction,
  type PhraseFinding,
  type TemplateKind,
} from '../api/types';
import { useDraftCheck } from '../hooks/use-draft-check';
import { communicationFailure } from './communication-failure';
import { MessagePreview } from './message-preview';
import { ErrorSummary } from '@/components/form/error-summary';

const MAX_TEXT = 20_000;

/** Why Send is off, the first reason that applies. */
type Block = 'empty' | 'noEmail' | 'missing' | 'checking' | 'forbidden';

// The override is for the phrases the agent saw: other findings ask again.
const signatureOf = (findings: readonly PhraseFinding[]) => findings.map((f) => `${f.phrase}\u0000${f.found}`).join('\u0001');

// `datetime-local` shows the agent's wall clock; the contract speaks instants.
function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const instant = new Date(local);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/**
 * A message to the client or a contact to log: channel, direction, a template to start from,
 * the text checked live by the server, and Send held back while the check finds a forbidden
 * phrase, until the agent says to send anyway (which is recorded).
 */
export function CommunicationComposer({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const id = `composer-${useId().replace(/:/g, '')}`;
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [direction, setDirection] = useState<Direction>('OUTBOUND');
  const [templateKind, setTemplateKind] = useState<TemplateKind | ''>('');
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [at, setAt] = useState('');
  const [delayReason, setDelayReason] = useState('');
  const [overrideOf, setOverrideOf] = useState<string | undefined>();
  const [failure, setFailure] = useState<string[]>([]);
  const [notice, setNotice] = useState<'queued' | 'logged' | undefined>();
  const render = useRenderTemplate(ticket.id);
  const record = useRecordCommunication(ticket.id);

  const outbound = direction === 'OUTBOUND';
  const email = outbound && channel === 'EMAIL';
  const delayOwed = outbound && (ticket.owedActions ?? []).some((owed) => owed.action === 'STATUS_NOTICE' && !owed.done);
  const check = useDraftCheck({
    ticketId: ticket.id,
    text,
    subject: email ? subject : '',
    templateKind: templateKind || undefined,
    enabled: outbound,
  });
  const { checking, findings, missing } = check;
  const signature = signatureOf(findings);
  const overridden = findings.length > 0 && overrideOf === signature;

  const block: Block | undefined =
    text.trim() === ''
      ? 'empty'
      : email && !ticket.contactEmail
        ? 'noEmail'
        : missing.length > 0
          ? 'missing'
          : checking
            ? 'checking'
            : findings.length > 0 && !overridden
              ? 'forbidden'
              : undefined;
  const busy = record.isPending || render.isPending;

  function chooseTemplate(kind: TemplateKind | '') {
    setTemplateKind(kind);
    setFailure([]);
    if (!kind) return;
    render.mutate(kind, {
      onSuccess: (rendered) => {
        setText(rendered.text);
        setSubject(rendered.subject ?? '');
      },
      onError: (error) => setFailure(communicationFailure(error, t)),
    });
  }

  function chooseDirection(next: Direction) {
    setDirection(next);
    if (next === 'INBOUND') setTemplateKind('');
  }

  function reset() {
    setTemplateKind('');
    setSubject('');
    setText('');
    setAt('');
    setDelayReason('');
    setOverrideOf(undefined);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (block || busy) return;
    const instant = email ? undefined : instantOf(at);
    const body: CommunicationWrite = {
      channel,
      direction,
      text: text.trim(),
      ...(outbound && templateKind ? { templateKind } : {}),
      ...(email && subject.trim() ? { subject: subject.trim() } : {}),
      ...(overridden ? { overrideWarnings: true } : {}),
      ...(instant ? { at: instant } : {}),
      ...(delayOwed && delayReason.trim() ? { delayReason: delayReason.trim() } : {}),
    };
    setFailure([]);
    setNotice(undefined);
    record.mutate(body, {
      onSuccess: () => {
        reset();
        setNotice(email ? 'queued' : 'logged');
      },
      onError: (error) => setFailure(communicationFailure(error, t)),
    });
  }

  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="communication-composer" noValidate onSubmit={handleSubmit} aria-labelledby={field('heading')}>
      <h3 id={field('heading')}>{t('communication.composer.title')}</h3>
      {notice && (
        <p role="status" className="success-banner">
          {t(`communication.composer.done.${notice}`)}
        </p>
      )}
      <ErrorSummary messages={failure} />
      <fieldset disabled={record.isPending} className="communication-composer__fields">
        <div className="communication-composer__row">
          <div className="field">
            <label htmlFor={field('channel')}>{t('communication.composer.channel')}</label>
            <select id={field('channel')} value={channel} onChange={(event) => setChannel(event.target.value as ContactChannel)}>
              {contactChannels.map((value) => (
                <option key={value} value={value}>
                  {t(`channel.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('direction')}>{t('communication.composer.direction')}</label>
            <select id={field('direction')} value={direction} onChange={(event) => chooseDirection(event.target.value as Direction)}>
              {directionValues.map((value) => (
                <option key={value} value={value}>
                  {t(`communication.direction.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {outbound && (
            <div className="field">
              <label htmlFor={field('template')}>{t('communication.composer.template')}</label>
              <select
                id={field('template')}
                value={templateKind}
                aria-describedby={field('template-hint')}
                onChange={(event) => chooseTemplate(event.target.value as TemplateKind | '')}
              >
                <option value="">{t('communication.composer.noTemplate')}</option>
                {templateKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`communication.templateKind.${kind}`)}
                  </option>
                ))}
              </select>
              <p id={field('template-hint')} className="field-hint">
                {render.isPending ? t('communication.composer.rendering') : t('communication.composer.templateHint')}
              </p>
            </div>
          )}
        </div>
        {email && (
          <div className="field">
            <label htmlFor={field('subject')}>{t('communication.composer.subject')}</label>
            <input
              id={field('subject')}
              type="text"
              maxLength={300}
              value={subject}
              aria-describedby={field('subject-hint')}
              onChange={(event) => setSubject(event.target.value)}
            />
            <p id={field('subject-hint')} className="field-hint">
              {ticket.contactEmail
                ? t('communication.composer.subjectHint', { email: ticket.contactEmail, key: ticket.key })
                : t('communication.composer.noEmail')}
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor={field('text')}>{t('communication.composer.text')}</label>
          <textarea
            id={field('text')}
            rows={6}
            maxLength={MAX_TEXT}
            value={text}
            disabled={render.isPending}
            onChange={(event) => {
              setText(event.target.value);
              setNotice(undefined);
            }}
          />
        </div>
        {!email && (
          <div className="field">
            <label htmlFor={field('at')}>{t('communication.composer.at')}</label>
            <input id={field('at')} type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} />
          </div>
        )}
        {delayOwed && (
          <div className="field">
            <label htmlFor={field('delay')}>{t('communication.composer.delayReason')}</label>
            <textarea
              id={field('delay')}
              rows={2}
              maxLength={2000}
              value={delayReason}
              aria-describedby={field('delay-hint')}
              onChange={(event) => setDelayReason(event.target.value)}
            />
            <p id={field('delay-hint')} className="field-hint">
              {t('communication.composer.delayReasonHint')}
            </p>
          </div>
        )}
      </fieldset>
      {outbound && text.trim() !== '' && (
        <MessagePreview
          id={field('preview')}
          preview={check.shown}
          missing={missing}
          checking={checking}
          failed={check.failure ? communicationFailure(check.failure, t).join(' ') : undefined}
        />
      )}
      {outbound && findings.length > 0 && (
        <div className="field field--inline override">
          <input
            id={field('override')}
            type="checkbox"
            checked={overridden}
            disabled={record.isPending}
            onChange={(event) => setOverrideOf(event.target.checked ? signature : undefined)}
          />
          <label htmlFor={field('override')}>{t('communication.composer.override')}</label>
        </div>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={block !== undefined || busy}
          aria-describedby={block ? field('blocked') : undefined}
        >
          {record.isPending ? t('communication.composer.sending') : t(email ? 'communication.composer.send' : 'communication.composer.log')}
        </button>
        {block && (
          <span id={field('blocked')} className="muted">
            {t(`communication.composer.blocked.${block}`)}
          </span>
        )}
      </div>
    </form>
  );
}
