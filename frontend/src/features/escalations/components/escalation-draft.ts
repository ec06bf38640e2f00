import type { TFunction } from 'i18next';
import type { Ticket } from '@/features/tickets/api/types';
import { formatDateTime, type Language } from '@/lib/i18n';

/** The free-text parts of a hand-over, as the dialog first shows them. */
export type EscalationDraft = {
  description: string;
  productVersion: string;
  environment: string;
  stepsToReproduce: string;
  logs: string;
  workaround: string;
};

function lines(parts: readonly (string | false | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n');
}

/**
 * What support already knows, so development reads it without asking again: the client's
 * words (title, description), what step 2 collected and the cause found in step 3 make the
 * description; the device and OS the environment; the actions that led to the failure the
 * steps to reproduce; the workaround offered in step 4 the workaround.
 */
export function escalationDraftOf(ticket: Ticket, t: TFunction, language: Language): EscalationDraft {
  const information = ticket.information ?? {};
  const yesNo = (value: boolean) => (value ? t('escalations.draft.yes') : t('escalations.draft.no'));
  const facts = lines([
    information.whatFails && t('escalations.draft.whatFails', { value: information.whatFails }),
    information.problemStartedAt &&
      t('escalations.draft.problemStartedAt', { value: formatDateTime(information.problemStartedAt, language) }),
    information.affectedUsers != null && t('escalations.draft.affectedUsers', { value: information.affectedUsers }),
    information.workaroundExists != null && t('escalations.draft.workaroundExists', { value: yesNo(information.workaroundExists) }),
    ticket.diagnosis && t('escalations.draft.cause', { value: ticket.diagnosis.cause }),
    ticket.solution && t('escalations.draft.supportDid', { value: ticket.solution.description }),
  ]);
  const description = [ticket.title, ticket.description, facts].filter((part) => part && part.trim() !== '').join('\n\n');
  return {
    description,
    productVersion: information.productVersion ?? '',
    environment: lines([
      information.deviceModel && t('escalations.draft.deviceModel', { value: information.deviceModel }),
      information.osVersion && t('escalations.draft.osVersion', { value: information.osVersion }),
      information.remoteAccessGranted != null &&
        t('escalations.draft.remoteAccess', { value: yesNo(information.remoteAccessGranted) }),
    ]),
    stepsToReproduce: information.triggerActions ?? '',
    logs: '',
    workaround: ticket.solution?.workaround ?? '',
  };
}
