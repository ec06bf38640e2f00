import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../api/types';
import { MonthGrid } from './month-grid';
import { yearMonths } from './month-weeks';

type YearGridProps = {
  year: number;
  days: readonly CalendarDay[];
  selectedDate: string | undefined;
  onSelectDay: (date: string) => void;
};

/** The twelve months of a year. */
export function YearGrid({ year, days, selectedDate, onSelectDay }: YearGridProps) {
  const { t } = useTranslation();
  const months = useMemo(() => yearMonths(year), [year]);
  const byDate = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  return (
    <section className="calendar-year" aria-label={t('calendar.yearGrid', { year })}>
      {months.map((month) => (
        <MonthGrid
          key={month.month}
          year={year}
          month={month}
          days={byDate}
          selectedDate={selectedDate}
          onSelectDay={onSelectDay}
        />
      ))}
    </section>
  );
}
