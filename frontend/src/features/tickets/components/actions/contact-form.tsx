import { useTranslation } from 'react-i18next';
import { contactChannelValues } from '@/lib/api';
import { useRecordContact } from '../../api/record-contact';
import type { ContactAction } from '../../api/types';
import { ActionForm } from './action-form';
import { filled, type ActionFormProps } from './action-form-props';

export function ContactForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useRecordContact(ticket.id);
  const breached = (ticket.owedActions ?? []).some((owed) => owed.action === 'STATUS_NOTICE' && !owed.done);
  return (
    <ActionForm<ContactAction>
      action="CONTACT"
      title={t('ticket.actions.CONTACT.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.CONTACT.submit') }]}
      fields={[
        {
          name: 'channel',
          kind: 'select',
          label: t('ticket.actions.CONTACT.channel'),
          required: true,
          defaultValue: 'PHONE',
          options: contactChannelValues.map((value) => ({ value, label: t(`channel.${value}`) })),
        },
        { name: 'summary', kind: 'textarea', label: t('ticket.actions.CONTACT.summary'), required: true },
        { name: 'delayReason', kind: 'textarea', label: t('ticket.actions.CONTACT.delayReason'), required: breached },
      ]}
      toBody={(values) =>
        filled({
          channel: values.text('channel') as ContactAction['channel'],
          summary: values.text('summary'),
          delayReason: values.text('delayReason'),
        })
      }
    />
  );
}
