import { useTranslation } from 'react-i18next';
import { downgradeReasonValues, levelValues } from '@/lib/api';
import { useChangeLevel } from '../../api/change-level';
import type { LevelChangeAction } from '../../api/types';
import { ActionForm } from './action-form';
import { filled, type ActionFormProps } from './action-form-props';

/** A downgrade (client's fault, not critical) or an upgrade; the timers are recomputed. */
export function LevelChangeForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useChangeLevel(ticket.id);
  return (
    <ActionForm<LevelChangeAction>
      action="LEVEL_CHANGE"
      title={t('ticket.actions.LEVEL_CHANGE.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.LEVEL_CHANGE.submit') }]}
      fields={[
        {
          name: 'level',
          kind: 'select',
          label: t('ticket.actions.LEVEL_CHANGE.level'),
          required: true,
          defaultValue: ticket.level === 'EMERGENCY' ? 'STANDARD' : 'EMERGENCY',
          options: levelValues.map((value) => ({ value, label: t(`level.${value}`) })),
        },
        {
          name: 'reason',
          kind: 'select',
          label: t('ticket.actions.LEVEL_CHANGE.reason'),
          placeholder: true,
          options: downgradeReasonValues.map((value) => ({ value, label: t(`downgradeReason.${value}`) })),
        },
        { name: 'justification', kind: 'textarea', label: t('ticket.actions.LEVEL_CHANGE.justification'), required: true },
      ]}
      toBody={(values) =>
        filled({
          level: values.text('level') as LevelChangeAction['level'],
          reason: (values.text('reason') || undefined) as LevelChangeAction['reason'],
          justification: values.text('justification'),
        })
      }
    />
  );
}
