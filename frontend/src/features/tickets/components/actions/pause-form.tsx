import { useTranslation } from 'react-i18next';
import { usePauseTimers } from '../../api/pause-timers';
import type { PauseAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

export function PauseForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = usePauseTimers(ticket.id);
  return (
    <ActionForm<PauseAction>
      action="PAUSE"
      title={t('ticket.actions.PAUSE.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.PAUSE.submit') }]}
      fields={[{ name: 'reason', kind: 'textarea', label: t('ticket.actions.PAUSE.reason'), required: true }]}
      toBody={(values) => ({ reason: values.text('reason') })}
    />
  );
}
