import { useTranslation } from 'react-i18next';
import { emergencyCriterionValues } from '@/lib/api';
import { useDecideCriticality } from '../../api/decide-criticality';
import type { CriticalityAction, EmergencyCriterion } from '../../api/types';
import { ActionForm } from './action-form';
import { filled, type ActionFormProps } from './action-form-props';

export function CriticalityForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useDecideCriticality(ticket.id);
  return (
    <ActionForm<CriticalityAction>
      action="CRITICALITY"
      title={t('ticket.actions.CRITICALITY.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[
        { key: 'confirm', label: t('ticket.actions.CRITICALITY.submit') },
        { key: 'reject', label: t('ticket.actions.CRITICALITY.reject') },
      ]}
      fields={[
        {
          name: 'criterion',
          kind: 'select',
          label: t('ticket.actions.CRITICALITY.criterion'),
          placeholder: true,
          defaultValue: ticket.criterion ?? '',
          options: emergencyCriterionValues.map((value) => ({ value, label: t(`criterion.${value}`) })),
        },
        { name: 'justification', kind: 'textarea', label: t('ticket.actions.CRITICALITY.justification') },
      ]}
      toBody={(values, submit) =>
        filled({
          confirmed: submit === 'confirm',
          criterion: (values.text('criterion') || undefined) as EmergencyCriterion | undefined,
          justification: values.text('justification'),
        })
      }
    />
  );
}
