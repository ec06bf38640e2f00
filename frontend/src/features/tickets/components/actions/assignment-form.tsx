import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth';
import { useAssignTicket } from '../../api/assign-ticket';
import type { AssignmentAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

/** Takes the ticket: assigns it to the signed-in agent. */
export function AssignmentForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const { username } = useAuth();
  const mutation = useAssignTicket(ticket.id);
  return (
    <ActionForm<AssignmentAction>
      action="ASSIGNMENT"
      title={t('ticket.actions.ASSIGNMENT.title')}
      intro={<p className="muted">{t('ticket.actions.ASSIGNMENT.hint', { username })}</p>}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.ASSIGNMENT.submit') }]}
      fields={[]}
      toBody={() => ({ assignee: username })}
    />
  );
}
