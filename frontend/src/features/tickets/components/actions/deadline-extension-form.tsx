import { useTranslation } from 'react-i18next';
import { metricValues } from '@/lib/api';
import { useExtendDeadline } from '../../api/extend-deadline';
import type { DeadlineExtensionAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

/** "Обновить срок решения в системе": a new target with a reason; the breach stays recorded. */
export function DeadlineExtensionForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useExtendDeadline(ticket.id);
  return (
    <ActionForm<DeadlineExtensionAction>
      action="DEADLINE_EXTENSION"
      title={t('ticket.actions.DEADLINE_EXTENSION.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.DEADLINE_EXTENSION.submit') }]}
      fields={[
        {
          name: 'metric',
          kind: 'select',
          label: t('ticket.actions.DEADLINE_EXTENSION.metric'),
          required: true,
          defaultValue: 'RESOLUTION',
          options: metricValues.map((value) => ({ value, label: t(`metric.${value}`) })),
        },
        { name: 'targetMinutes', kind: 'number', label: t('ticket.actions.DEADLINE_EXTENSION.targetMinutes'), required: true },
        { name: 'reason', kind: 'textarea', label: t('ticket.actions.DEADLINE_EXTENSION.reason'), required: true },
      ]}
      toBody={(values) => ({
        metric: values.text('metric') as DeadlineExtensionAction['metric'],
        targetMinutes: Number.parseInt(values.text('targetMinutes'), 10),
        reason: values.text('reason'),
      })}
    />
  );
}
