import { useTranslation } from 'react-i18next';

/** A file's size in bytes, kilobytes or megabytes, with one decimal where it matters. */
export function FileSize({ bytes }: { bytes: number }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return <>{t('escalations.size.bytes', { value: number(bytes) })}</>;
  if (bytes < 1024 * 1024) return <>{t('escalations.size.kilobytes', { value: number(bytes / 1024) })}</>;
  return <>{t('escalations.size.megabytes', { value: number(bytes / (1024 * 1024)) })}</>;
}
