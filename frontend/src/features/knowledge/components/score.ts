import type { Language } from '@/lib/i18n';

const formats: Record<Language, Intl.NumberFormat> = {
  ru: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};

/** The server's relevance (`ts_rank_cd`, higher is better) as the language writes numbers. */
export function formatScore(score: number, language: Language): string {
  return formats[language].format(score);
}
