import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import {
  ApiError,
  channelValues,
  emergencyCriterionValues,
  fieldErrorsOf,
  levelValues,
  problemTypes,
  type Problem,
} from '@/lib/api';
import { useCreateTicket } from '../api/create-ticket';
import type { Channel, EmergencyCriterion, Level, Ticket, TicketCreate } from '../api/types';
import { AssessmentQuestions } from './assessment-questions';
import { assessmentOf, suggestedLevel, type AssessmentAnswers } from './emergency-assessment';
import { FormField } from '@/components/form/form-field';

type FieldName = keyof TicketCreate;

const fieldNames: readonly FieldName[] = [
  'clientName',
  'contactName',
  'contactPhone',
  'contactEmail',
  'channel',
  'title',
  'description',
  'level',
  'criterion',
  'receivedAt',
];

function isFieldName(name: string): name is FieldName {
  return (fieldNames as readonly string[]).includes(name);
}

const fieldId = (name: FieldName) => `ticket-${name}`;

type Failure = {
  byField: Partial<Record<FieldName, string[]>>;
  summary: string[];
};

const noFailure: Failure = { byField: {}, summary: [] };

function textOf(form: FormData, name: FieldName): string | undefined {
  const value = form.get(name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

// `datetime-local` has no zone: it is the agent's wall clock, which Date reads as local time.
function instantOf(localDateTime: string | undefined): string | undefined | null {
  if (!localDateTime) return undefined;
  const instant = new Date(localDateTime);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

type CreateTicketFormProps = {
  onCreated: (ticket: Ticket) => void;
};

export function CreateTicketForm({ onCreated }: CreateTicketFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<Failure>(noFailure);
  const createTicket = useCreateTicket({ onCreated });
  const [answers, setAnswers] = useState<AssessmentAnswers>({});
  // The suggested level stays selected until the agent picks one by hand.
  const [chosenLevel, setChosenLevel] = useState<Level | undefined>();
  const level = chosenLevel ?? suggestedLevel(answers);

  function describeProblem(problem: Problem | undefined, status: number): Failure {
    const byField: Failure['byField'] = {};
    const summary: string[] = [];
    for (const [name, messages] of fieldErrorsOf(problem)) {
      if (isFieldName(name)) byField[name] = messages;
      else summary.push(...messages);
    }
    if (Object.keys(byField).length > 0 || summary.length > 0) return { byField, summary };
    if (problem?.detail) return { byField, summary: [problem.detail] };
    switch (problem?.type) {
      case problemTypes.validationError:
        return { byField, summary: [t('problem.validationError')] };
      case problemTypes.malformedRequest:
        return { byField, summary: [t('problem.malformedRequest')] };
      case problemTypes.unauthorized:
        return { byField, summary: [t('problem.unauthorized')] };
      case problemTypes.forbidden:
        return { byField, summary: [t('problem.forbidden')] };
      default:
        return { byField, summary: [problem?.title ?? t('problem.other', { status })] };
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const receivedAt = instantOf(textOf(form, 'receivedAt'));
    if (receivedAt === null) {
      setFailure({ byField: { receivedAt: [t('ticketForm.receivedAtInvalid')] }, summary: [] });
      return;
    }
    const criterion = textOf(form, 'criterion') as EmergencyCriterion | undefined;
    const ticket: TicketCreate = {
      clientName: textOf(form, 'clientName') ?? '',
      contactName: textOf(form, 'contactName') ?? '',
      channel: (textOf(form, 'channel') ?? 'PHONE') as Channel,
      title: textOf(form, 'title') ?? '',
      level,
    };
    const assessment = assessmentOf(answers);
    if (assessment) ticket.assessment = assessment;
    const contactPhone = textOf(form, 'contactPhone');
    const contactEmail = textOf(form, 'contactEmail');
    const description = textOf(form, 'description');
    if (contactPhone) ticket.contactPhone = contactPhone;
    if (contactEmail) ticket.contactEmail = contactEmail;
    if (description) ticket.description = description;
    if (criterion) ticket.criterion = criterion;
    if (receivedAt) ticket.receivedAt = receivedAt;

    setFailure(noFailure);
    createTicket.mutate(ticket, {
      onError: (error) => {
        setFailure(
          error instanceof ApiError
            ? describeProblem(error.problem, error.status)
            : { byField: {}, summary: [t('ticketForm.failed'), error.message] },
        );
      },
    });
  }

  const errorsOf = (name: FieldName) => failure.byField[name];
  const submitting = createTicket.isPending;

  return (
    <form className="ticket-form" noValidate onSubmit={handleSubmit} aria-labelledby="create-ticket-heading">
      <h1 id="create-ticket-heading">{t('ticketForm.title')}</h1>
      <p className="muted">{t('ticketForm.requiredHint')}</p>
      {failure.summary.length > 0 && (
        <div role="alert" className="error-banner" data-testid="form-error">
          {failure.summary.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}

      <fieldset disabled={submitting}>
        <FormField id={fieldId('clientName')} label={t('ticketForm.fields.clientName')} required errors={errorsOf('clientName')}>
          <input name="clientName" type="text" maxLength={200} autoComplete="organization" />
        </FormField>
        <FormField id={fieldId('contactName')} label={t('ticketForm.fields.contactName')} required errors={errorsOf('contactName')}>
          <input name="contactName" type="text" maxLength={200} autoComplete="name" />
        </FormField>
        <FormField id={fieldId('contactPhone')} label={t('ticketForm.fields.contactPhone')} errors={errorsOf('contactPhone')}>
          <input name="contactPhone" type="tel" maxLength={32} autoComplete="tel" />
        </FormField>
        <FormField id={fieldId('contactEmail')} label={t('ticketForm.fields.contactEmail')} errors={errorsOf('contactEmail')}>
          <input name="contactEmail" type="email" maxLength={254} autoComplete="email" />
        </FormField>
        <FormField id={fieldId('channel')} label={t('ticketForm.fields.channel')} required errors={errorsOf('channel')}>
          <select name="channel" defaultValue={'PHONE' satisfies Channel}>
            {channelValues.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={fieldId('title')} label={t('ticketForm.fields.title')} required errors={errorsOf('title')}>
          <input name="title" type="text" maxLength={200} />
        </FormField>
        <FormField id={fieldId('description')} label={t('ticketForm.fields.description')} errors={errorsOf('description')}>
          <textarea name="description" rows={5} maxLength={10000} />
        </FormField>
        <AssessmentQuestions
          answers={answers}
          onChange={(question, answer) => setAnswers((before) => ({ ...before, [question]: answer }))}
        />
        <FormField id={fieldId('level')} label={t('ticketForm.fields.level')} required errors={errorsOf('level')}>
          {/* When in doubt, start as an emergency (the regulation); revise after diagnosis. */}
          <select name="level" value={level} onChange={(event) => setChosenLevel(event.target.value as Level)}>
            {levelValues.map((level) => (
              <option key={level} value={level}>
                {t(`level.${level}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={fieldId('criterion')} label={t('ticketForm.fields.criterion')} errors={errorsOf('criterion')}>
          <select name="criterion" defaultValue="">
            <option value="">{t('ticketForm.criterionNone')}</option>
            {emergencyCriterionValues.map((criterion) => (
              <option key={criterion} value={criterion}>
                {t(`criterion.${criterion}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id={fieldId('receivedAt')}
          label={t('ticketForm.fields.receivedAt')}
          hint={t('ticketForm.receivedAtHint')}
          errors={errorsOf('receivedAt')}
        >
          <input name="receivedAt" type="datetime-local" />
        </FormField>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('ticketForm.submitting') : t('ticketForm.submit')}
        </button>
        <Link to={paths.queue.getHref()} className="button">
          {t('ticketForm.cancel')}
        </Link>
      </div>
    </form>
  );
}
