import { useTranslation } from 'react-i18next';
import { useResumeTimers } from '../../api/resume-timers';
import type { ResumeAction } from '../../api/types';
import { ActionForm } from './action-form';
import { filled, type ActionFormProps } from './action-form-props';

export function ResumeForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useResumeTimers(ticket.id);
  return (
    <ActionForm<ResumeAction>
      action="RESUME"
      title={t('ticket.actions.RESUME.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.RESUME.submit') }]}
      fields={[{ name: 'note', kind: 'textarea', label: t('ticket.actions.RESUME.note') }]}
      toBody={(values) => filled({ note: values.text('note') })}
    />
  );
}
