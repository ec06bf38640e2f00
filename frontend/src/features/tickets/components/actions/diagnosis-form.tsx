import { useTranslation } from 'react-i18next';
import { problemCategoryValues } from '@/lib/api';
import { useRecordDiagnosis } from '../../api/record-diagnosis';
import type { DiagnosisAction } from '../../api/types';
import { ActionForm } from './action-form';
import { filled, type ActionFormProps } from './action-form-props';

export function DiagnosisForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useRecordDiagnosis(ticket.id);
  return (
    <ActionForm<DiagnosisAction>
      action="DIAGNOSIS"
      title={t('ticket.actions.DIAGNOSIS.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.DIAGNOSIS.submit') }]}
      fields={[
        {
          name: 'problemType',
          kind: 'select',
          label: t('ticket.actions.DIAGNOSIS.problemType'),
          required: true,
          placeholder: true,
          options: problemCategoryValues.map((value) => ({ value, label: t(`problemType.${value}`) })),
        },
        { name: 'cause', kind: 'textarea', label: t('ticket.actions.DIAGNOSIS.cause'), required: true },
        { name: 'knowledgeArticleId', kind: 'text', label: t('ticket.actions.DIAGNOSIS.knowledgeArticleId') },
      ]}
      toBody={(values) =>
        filled({
          problemType: values.text('problemType') as DiagnosisAction['problemType'],
          cause: values.text('cause'),
          knowledgeArticleId: values.text('knowledgeArticleId'),
        })
      }
    />
  );
}
