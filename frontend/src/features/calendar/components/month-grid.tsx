import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../api/types';
import { longDate, monthName, weekdayNames } from './calendar-names';
import type { MonthWeeks } from './month-weeks';

type MonthGridProps = {
  year: number;
  month: MonthWeeks;
  days: ReadonlyMap<string, CalendarDay>;
  selectedDate: string | undefined;
  onSelectDay: (date: string) => void;
};

/** One month, Monday-first weeks; each day a button coloured by its type. */
export function MonthGrid({ year, month, days, selectedDate, onSelectDay }: MonthGridProps) {
  const { t, i18n } = useTranslation();
  const weekdays = weekdayNames(i18n.language);
  return (
    <table className="calendar-month">
      <caption>{monthName(year, month.month, i18n.language)}</caption>
      <thead>
        <tr>
          {weekdays.map(({ short, long }) => (
            <th key={long} scope="col" abbr={long}>
              {short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {month.weeks.map((week, index) => (
          <tr key={index}>
            {week.map((date, column) => {
              if (!date) return <td key={`pad-${column}`} />;
              const day = days.get(date);
              const type = day?.type;
              const dateText = longDate(date, i18n.language);
              const label = type ? t('calendar.dayLabel', { date: dateText, type: t(`calendar.dayType.${type}`) }) : dateText;
              return (
                <td key={date}>
                  <button
                    type="button"
                    className={`calendar-day${type ? ` calendar-day--${type.toLowerCase()}` : ''}`}
                    data-testid={`day-${date}`}
                    data-type={type}
                    aria-label={label}
                    aria-pressed={date === selectedDate}
                    title={day?.note ? `${label}. ${day.note}` : label}
                    onClick={() => onSelectDay(date)}
                  >
                    {Number(date.slice(8))}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
