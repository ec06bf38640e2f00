import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketAction } from '../../api/types';
import type { ActionNotice } from './action-failure';
import type { ActionFormProps } from './action-form-props';
import { AssignmentForm } from './assignment-form';
import { CloseForm } from './close-form';
import { ConfirmationForm } from './confirmation-form';
import { ContactForm } from './contact-form';
import { CriticalityForm } from './criticality-form';
import { DeadlineExtensionForm } from './deadline-extension-form';
import { DiagnosisForm } from './diagnosis-form';
import { InformationForm } from './information-form';
import { LevelChangeForm } from './level-change-form';
import { ParticipantsForm } from './participants-form';
import { PauseForm } from './pause-form';
import { ReopenForm } from './reopen-form';
import { RestorationForm } from './restoration-form';
import { ResumeForm } from './resume-form';
import { SkipInformationForm } from './skip-information-form';
import { SolutionForm } from './solution-form';

// The steps' own actions, in the order of the regulation, then the ones any step may need.
const stepForms: [TicketAction, ComponentType<ActionFormProps>][] = [
  ['CONTACT', ContactForm],
  ['CRITICALITY', CriticalityForm],
  ['INFORMATION', InformationForm],
  ['INFORMATION_SKIPPED', SkipInformationForm],
  ['DIAGNOSIS', DiagnosisForm],
  ['SOLUTION', SolutionForm],
  ['RESTORATION', RestorationForm],
  ['CONFIRMATION', ConfirmationForm],
  ['REOPEN', ReopenForm],
  ['CLOSE', CloseForm],
];
const otherForms: [TicketAction, ComponentType<ActionFormProps>][] = [
  ['ASSIGNMENT', AssignmentForm],
  ['PARTICIPANTS', ParticipantsForm],
  ['LEVEL_CHANGE', LevelChangeForm],
  ['DEADLINE_EXTENSION', DeadlineExtensionForm],
  ['PAUSE', PauseForm],
  ['RESUME', ResumeForm],
];

type TicketActionsProps = { ticket: Ticket; etag: string | undefined };

/** A form for every action the ticket's state allows now, and nothing else. */
export function TicketActions({ ticket, etag }: TicketActionsProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<ActionNotice | undefined>();
  const allowed = new Set(ticket.allowedActions ?? []);
  const render = ([action, Form]: [TicketAction, ComponentType<ActionFormProps>]) =>
    allowed.has(action) ? <Form key={action} ticket={ticket} etag={etag} onNotice={setNotice} /> : null;
  const others = otherForms.filter(([action]) => allowed.has(action));

  return (
    <section className="panel ticket-actions" aria-labelledby="ticket-actions-heading">
      <h2 id="ticket-actions-heading">{t('ticket.actions.title')}</h2>
      {notice?.kind === 'stale' && (
        <div role="alert" className="error-banner" data-testid="action-notice" data-kind="stale">
          <p>{t('ticket.actions.stale')}</p>
        </div>
      )}
      {notice?.kind === 'not-allowed' && (
        <div role="alert" className="error-banner" data-testid="action-notice" data-kind="not-allowed">
          {notice.detail && <p>{notice.detail}</p>}
          <p>{t('ticket.actions.notAllowed')}</p>
          <ul>
            {notice.allowed.map((action) => (
              <li key={action}>{t(`ticket.actions.${action}.title`)}</li>
            ))}
          </ul>
        </div>
      )}
      {allowed.size === 0 && <p className="muted">{t('ticket.actions.none')}</p>}
      <div className="action-forms">{stepForms.map(render)}</div>
      {others.length > 0 && (
        <>
          <h2 className="ticket-actions__more">{t('ticket.actions.more')}</h2>
          <div className="action-forms">{others.map(render)}</div>
        </>
      )}
    </section>
  );
}
