import { useTranslation } from 'react-i18next';
import { contactChannelValues } from '@/lib/api';
import { useRecordConfirmation } from '../../api/record-confirmation';
import type { ConfirmationAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

export function ConfirmationForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useRecordConfirmation(ticket.id);
  return (
    <ActionForm<ConfirmationAction>
      action="CONFIRMATION"
      title={t('ticket.actions.CONFIRMATION.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.CONFIRMATION.submit') }]}
      fields={[
        { name: 'confirmedBy', kind: 'text', label: t('ticket.actions.CONFIRMATION.confirmedBy'), required: true, defaultValue: ticket.contactName },
        {
          name: 'channel',
          kind: 'select',
          label: t('ticket.actions.CONFIRMATION.channel'),
          required: true,
          defaultValue: 'PHONE',
          options: contactChannelValues.map((value) => ({ value, label: t(`channel.${value}`) })),
        },
      ]}
      toBody={(values) => ({
        confirmedBy: values.text('confirmedBy'),
        channel: values.text('channel') as ConfirmationAction['channel'],
      })}
    />
  );
}
