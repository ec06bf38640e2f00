import { useTranslation } from 'react-i18next';
import { useReopenTicket } from '../../api/reopen-ticket';
import type { ReopenAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

export function ReopenForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useReopenTicket(ticket.id);
  return (
    <ActionForm<ReopenAction>
      action="REOPEN"
      title={t('ticket.actions.REOPEN.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.REOPEN.submit') }]}
      fields={[{ name: 'reason', kind: 'textarea', label: t('ticket.actions.REOPEN.reason'), required: true }]}
      toBody={(values) => ({ reason: values.text('reason') })}
    />
  );
}
