import type { TFunction } from 'i18next';

const known = ['clientName', 'specialistName', 'ticketKey', 'specialistContact', 'cause', 'solution', 'resolutionTime', 'newDueTime'] as const;
type KnownPlaceholder = (typeof known)[number];

function isKnown(name: string): name is KnownPlaceholder {
  return (known as readonly string[]).includes(name);
}

/** "Причина (cause)": what a placeholder stands for, with the name the template uses. */
export function placeholderName(name: string, t: TFunction): string {
  return isKnown(name) ? t('communication.placeholder.named', { label: t(`communication.placeholder.labels.${name}`), name }) : name;
}
