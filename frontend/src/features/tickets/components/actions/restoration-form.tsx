import { useTranslation } from 'react-i18next';
import { useRecordRestoration } from '../../api/record-restoration';
import type { RestorationAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

export function RestorationForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useRecordRestoration(ticket.id);
  return (
    <ActionForm<RestorationAction>
      action="RESTORATION"
      title={t('ticket.actions.RESTORATION.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.RESTORATION.submit') }]}
      fields={[{ name: 'verified', kind: 'textarea', label: t('ticket.actions.RESTORATION.verified'), required: true }]}
      toBody={(values) => ({ verified: values.text('verified') })}
    />
  );
}
