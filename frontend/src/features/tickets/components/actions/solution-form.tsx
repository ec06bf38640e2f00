import { useTranslation } from 'react-i18next';
import { solutionPathValues } from '@/lib/api';
import { useRecordSolution } from '../../api/record-solution';
import type { SolutionAction } from '../../api/types';
import { ActionForm } from './action-form';
import { filled, type ActionFormProps } from './action-form-props';

export function SolutionForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useRecordSolution(ticket.id);
  return (
    <ActionForm<SolutionAction>
      action="SOLUTION"
      title={t('ticket.actions.SOLUTION.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.SOLUTION.submit') }]}
      fields={[
        {
          name: 'path',
          kind: 'select',
          label: t('ticket.actions.SOLUTION.path'),
          required: true,
          defaultValue: 'KNOWN_SOLUTION',
          options: solutionPathValues.map((value) => ({ value, label: t(`solutionPath.${value}`) })),
        },
        { name: 'description', kind: 'textarea', label: t('ticket.actions.SOLUTION.description'), required: true },
        { name: 'workaround', kind: 'textarea', label: t('ticket.actions.SOLUTION.workaround') },
        { name: 'plan', kind: 'textarea', label: t('ticket.actions.SOLUTION.plan') },
      ]}
      toBody={(values) =>
        filled({
          path: values.text('path') as SolutionAction['path'],
          description: values.text('description'),
          workaround: values.text('workaround'),
          plan: values.text('plan'),
        })
      }
    />
  );
}
