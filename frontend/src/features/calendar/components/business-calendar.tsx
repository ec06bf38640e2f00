import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarDays } from '../api/get-calendar-days';
import { useCalendarExceptions } from '../api/get-calendar-exceptions';
import { DEFAULT_CALENDAR_ID } from '../api/types';
import { CalendarExportButton } from './calendar-export-button';
import { CalendarImportForm } from './calendar-import-form';
import { DayExceptionEditor } from './day-exception-editor';
import { DayTypeLegend } from './day-type-legend';
import { YearGrid } from './year-grid';

// Years offered around the current one; a year reached by URL is offered too.
const YEARS_AROUND = 5;

type BusinessCalendarProps = {
  year: number;
  onYearChange: (year: number) => void;
  calendarId?: string;
};

/** The default calendar's year: the coloured grid, the day editor, import and export. */
export function BusinessCalendar({ year, onYearChange, calendarId = DEFAULT_CALENDAR_ID }: BusinessCalendarProps) {
  const { t } = useTranslation();
  const [selectedDate, setSelectedDate] = useState<string | undefined>();
  const days = useCalendarDays(calendarId, year);
  const exceptions = useCalendarExceptions(calendarId, year);
  const currentYear = new Date().getFullYear();
  const years = Array.from({ length: 2 * YEARS_AROUND + 1 }, (_, index) => currentYear - YEARS_AROUND + index);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  const selectedDay = selectedDate ? days.data?.items.find((day) => day.date === selectedDate) : undefined;
  const selectedException = selectedDate
    ? exceptions.data?.items.find((exception) => exception.date === selectedDate)
    : undefined;

  return (
    <section className="business-calendar">
      <div className="page-heading">
        <h1>{t('calendar.title')}</h1>
        <CalendarExportButton calendarId={calendarId} year={year} />
      </div>
      <div className="calendar-toolbar">
        <div className="field">
          <label htmlFor="calendar-year">{t('calendar.year')}</label>
          <select
            id="calendar-year"
            value={year}
            onChange={(event) => {
              setSelectedDate(undefined);
              onYearChange(Number(event.target.value));
            }}
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <DayTypeLegend />
      </div>
      <CalendarImportForm calendarId={calendarId} year={year} />
      {days.isPending && <p className="muted">{t('calendar.loading')}</p>}
      {days.isError && (
        <p role="alert" className="error-banner">
          {t('calendar.loadFailed', { reason: days.error.message })}
        </p>
      )}
      {days.isSuccess && (
        <YearGrid year={year} days={days.data.items} selectedDate={selectedDate} onSelectDay={setSelectedDate} />
      )}
      {selectedDate && (
        <DayExceptionEditor
          // A fresh form for each day, and again once the stored exception has arrived.
          key={`${selectedDate}-${exceptions.isSuccess}`}
          calendarId={calendarId}
          date={selectedDate}
          day={selectedDay}
          exception={selectedException}
          onClose={() => setSelectedDate(undefined)}
        />
      )}
    </section>
  );
}
