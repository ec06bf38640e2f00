import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDuration, isLanguage, type Language } from '@/lib/i18n';
import type { ReportGrouping } from '../api/types';

export type ReportFormat = {
  language: Language;
  /** A count or a share, with the language's decimal mark and digit grouping ("1 234,5" in Russian). */
  number: (value: number) => string;
  /** "95,2 %" in Russian, "95.2%" in English; a dash when there is nothing to divide. */
  percent: (value: number | null | undefined) => string;
  /** Business minutes the way the app writes durations ("2 рабочих часа 15 рабочих минут"). */
  duration: (minutes: number | null | undefined) => string;
  /** A `YYYY-MM-DD` day: `dd.MM.yyyy` in Russian, as it is in English. */
  date: (day: string) => string;
  /** A day on a chart's axis: "2 мар." / "2 Mar". */
  shortDate: (day: string) => string;
  /** The group a row stands for, as people call it. */
  group: (groupBy: ReportGrouping, key: string | null | undefined) => string;
};

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Numbers, shares, durations and group names for the screen (the CSV keeps plain numbers). */
export function useReportFormat(): ReportFormat {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const short = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const date = (day: string) => (language === 'ru' ? `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}` : day);
    const none = t('reports.none');
    return {
      language,
      number: (value) => numbers.format(value),
      percent: (value) => (value === null || value === undefined ? none : t('reports.percent', { value: numbers.format(value) })),
      duration: (minutes) => (minutes === null || minutes === undefined ? none : formatDuration(Math.round(minutes) * 60, t, { business: true })),
      date,
      shortDate: (day) => short.format(utcDay(day)),
      group: (groupBy, key) => {
        if (key === null || key === undefined || key === '') return t(`reports.group.none.${groupBy}`);
        switch (groupBy) {
          case 'day':
            return date(key);
          case 'week':
            return t('reports.group.week', { date: date(key) });
          case 'month':
            return month.format(utcDay(`${key}-01`));
          case 'problemType':
            return i18n.exists(`reports.problemType.${key}`) ? t(`reports.problemType.${key}` as 'reports.problemType.ACCESS') : key;
          case 'level':
            return i18n.exists(`level.${key}`) ? t(`level.${key}` as 'level.EMERGENCY') : key;
          default:
            return key;
        }
      },
    };
  }, [t, i18n, language]);
}
