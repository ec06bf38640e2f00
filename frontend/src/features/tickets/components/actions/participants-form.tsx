import { useTranslation } from 'react-i18next';
import { useAddParticipants } from '../../api/add-participants';
import { useSpecialists } from '../../api/get-specialists';
import type { ParticipantsAction } from '../../api/types';
import { ActionForm } from './action-form';
import type { ActionFormProps } from './action-form-props';

/** Step 4: involve key specialists from the directory. */
export function ParticipantsForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useAddParticipants(ticket.id);
  const specialists = useSpecialists();
  const already = new Set((ticket.participants ?? []).map((participant) => participant.specialistId));
  const options = (specialists.data?.items ?? [])
    .filter((specialist) => !already.has(specialist.id))
    .map((specialist) => ({
      value: specialist.id,
      label: `${specialist.name} (${specialist.productArea})${specialist.onDutyNow ? ` · ${t('ticket.actions.PARTICIPANTS.onDuty')}` : ''}`,
    }));
  const intro = specialists.isPending ? (
    <p className="muted">{t('ticket.actions.PARTICIPANTS.loading')}</p>
  ) : options.length === 0 ? (
    <p className="muted">{t('ticket.actions.PARTICIPANTS.none')}</p>
  ) : undefined;
  return (
    <ActionForm<ParticipantsAction>
      action="PARTICIPANTS"
      title={t('ticket.actions.PARTICIPANTS.title')}
      intro={intro}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.PARTICIPANTS.submit') }]}
      fields={options.length > 0 ? [{ name: 'specialistIds', kind: 'checkboxes', label: t('ticket.actions.PARTICIPANTS.specialists'), required: true, options }] : []}
      toBody={(values) => ({ specialistIds: values.all('specialistIds') })}
    />
  );
}
