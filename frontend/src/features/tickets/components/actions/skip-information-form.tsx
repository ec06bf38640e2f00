import { useTranslation } from 'react-i18next';
import { useSkipInformation } from '../../api/skip-information';
import type { InformationSkippedAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

export function SkipInformationForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useSkipInformation(ticket.id);
  return (
    <ActionForm<InformationSkippedAction>
      action="INFORMATION_SKIPPED"
      title={t('ticket.actions.INFORMATION_SKIPPED.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.INFORMATION_SKIPPED.submit') }]}
      fields={[{ name: 'reason', kind: 'textarea', label: t('ticket.actions.INFORMATION_SKIPPED.reason'), required: true }]}
      toBody={(values) => ({ reason: values.text('reason') })}
    />
  );
}
