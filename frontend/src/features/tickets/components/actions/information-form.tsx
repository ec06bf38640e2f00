import { useTranslation } from 'react-i18next';
import { useUpdateTicketInformation } from '../../api/update-ticket-information';
import type { TicketInformation } from '../../api/types';
import { ActionForm, type FormValues } from './action-form';
import type { ActionFormProps } from './action-form-props';

type Key = keyof TicketInformation;
const textKeys = ['whatFails', 'triggerActions', 'productVersion', 'deviceModel', 'osVersion'] as const satisfies readonly Key[];
const flagKeys = ['workaroundExists', 'remoteAccessGranted'] as const satisfies readonly Key[];

/**
 * A JSON merge patch of what the form shows against what the ticket holds: changed fields only,
 * `null` for a field that was cleared.
 */
export function informationPatch(values: FormValues, before: TicketInformation = {}): TicketInformation {
  const after: TicketInformation = {};
  for (const key of textKeys) after[key] = values.text(key) || null;
  for (const key of flagKeys) after[key] = values.flag(key);
  after.problemStartedAt = values.instant('problemStartedAt') ?? null;
  const users = values.text('affectedUsers');
  after.affectedUsers = users === '' ? null : Number.parseInt(users, 10);
  const patch: TicketInformation = {};
  for (const key of Object.keys(after) as Key[]) {
    const now = after[key] ?? null;
    const was = before[key] ?? null;
    const same = key === 'problemStartedAt' && now && was ? new Date(now as string).getTime() === new Date(was as string).getTime() : now === was;
    if (!same) (patch as Record<Key, unknown>)[key] = now;
  }
  return patch;
}

export function InformationForm({ ticket, etag, onNotice }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useUpdateTicketInformation(ticket.id);
  const info = ticket.information ?? {};
  const label = (key: Key) => t(`ticket.actions.INFORMATION.${key}`);
  return (
    <ActionForm<TicketInformation>
      action="INFORMATION"
      title={t('ticket.actions.INFORMATION.title')}
      mutation={mutation}
      etag={etag}
      onNotice={onNotice}
      submits={[{ key: 'submit', label: t('ticket.actions.INFORMATION.submit') }]}
      fields={[
        { name: 'problemStartedAt', kind: 'datetime', label: label('problemStartedAt'), defaultValue: info.problemStartedAt ?? '' },
        { name: 'whatFails', kind: 'textarea', label: label('whatFails'), defaultValue: info.whatFails ?? '' },
        { name: 'triggerActions', kind: 'textarea', label: label('triggerActions'), defaultValue: info.triggerActions ?? '' },
        { name: 'affectedUsers', kind: 'number', label: label('affectedUsers'), defaultValue: info.affectedUsers?.toString() ?? '' },
        { name: 'workaroundExists', kind: 'tristate', label: label('workaroundExists'), defaultValue: info.workaroundExists ?? null },
        { name: 'productVersion', kind: 'text', label: label('productVersion'), defaultValue: info.productVersion ?? '' },
        { name: 'deviceModel', kind: 'text', label: label('deviceModel'), defaultValue: info.deviceModel ?? '' },
        { name: 'osVersion', kind: 'text', label: label('osVersion'), defaultValue: info.osVersion ?? '' },
        { name: 'remoteAccessGranted', kind: 'tristate', label: label('remoteAccessGranted'), defaultValue: info.remoteAccessGranted ?? null },
      ]}
      toBody={(values) => informationPatch(values, info)}
    />
  );
}
