import type { TFunction } from 'i18next';
import type { Language } from '@/lib/i18n';

const units = ['bytes', 'kilobytes', 'megabytes', 'gigabytes'] as const;
const STEP = 1024;

const fractionDigits = (value: number, unit: number) => (unit === 0 || value >= 100 ? 0 : 1);
const shown = (value: number, unit: number) => Number(value.toFixed(fractionDigits(value, unit)));

/** "512 Б", "1,5 КБ", "25 МБ": binary units, one decimal below a hundred, the language's comma. */
export function formatFileSize(bytes: number, t: TFunction, language: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  // Step up on the number as it will be shown, so 1023.96 KB reads "1 МБ", not "1024 КБ".
  while (unit < units.length - 1 && shown(value, unit) >= STEP) {
    value /= STEP;
    unit += 1;
  }
  // Below 1024 in every unit but the last: no group separator ("1023 Б", not "1 023 Б").
  const number = new Intl.NumberFormat(language, {
    maximumFractionDigits: fractionDigits(value, unit),
    useGrouping: false,
  }).format(value);
  return t(`attachments.size.${units[unit] ?? 'bytes'}`, { value: number });
}
