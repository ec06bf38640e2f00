import { useTranslation } from 'react-i18next';
import type { ExternalReference } from '../api/types';
import { isWebUrl } from './web-url';

/** The task in the development tracker, e.g. "Jira PASS-123", opening in a new tab. */
export function ExternalReferenceLink({ reference }: { reference: ExternalReference }) {
  const { t } = useTranslation();
  const label = t('escalations.externalReference.link', { system: t(`escalations.externalSystem.${reference.system}`), key: reference.key });
  if (!isWebUrl(reference.url)) return <span>{label}</span>;
  return (
    <a href={reference.url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
