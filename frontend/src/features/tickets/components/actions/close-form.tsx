import { useTranslation } from 'react-i18next';
import { useCloseTicket } from '../../api/close-ticket';
import type { CloseAction } from '../../api/types';
import { ActionForm } from './action-form';
import { filled, type ActionFormProps } from './action-form-props';

/** Step 6: what the closure documents, prefilled from the diagnosis and the solution. */
export function CloseForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useCloseTicket(ticket.id);
  return (
    <ActionForm<CloseAction>
      action="CLOSE"
      title={t('ticket.actions.CLOSE.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.CLOSE.submit') }]}
      fields={[
        { name: 'cause', kind: 'textarea', label: t('ticket.actions.CLOSE.cause'), required: true, defaultValue: ticket.diagnosis?.cause ?? '' },
        { name: 'solution', kind: 'textarea', label: t('ticket.actions.CLOSE.solution'), required: true, defaultValue: ticket.solution?.description ?? '' },
        { name: 'recommendations', kind: 'textarea', label: t('ticket.actions.CLOSE.recommendations') },
      ]}
      toBody={(values) =>
        filled({ cause: values.text('cause'), solution: values.text('solution'), recommendations: values.text('recommendations') })
      }
    />
  );
}
