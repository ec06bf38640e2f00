import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportCalendarYear } from '../api/import-calendar-year';
import { problemMessages } from './problem-messages';

// The server refuses larger bodies with 413; saying so before the upload is quicker.
const MAX_IMPORT_BYTES = 1024 * 1024;

type CalendarImportFormProps = { calendarId: string; year: number };

/** Uploads an xmlcalendar file for the shown year and says what it changed or what is wrong. */
export function CalendarImportForm({ calendarId, year }: CalendarImportFormProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const importYear = useImportCalendarYear(calendarId);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    importYear.reset();
    setRefusal(undefined);
    if (!file) return setRefusal(t('calendar.import.noFile'));
    if (file.size > MAX_IMPORT_BYTES) return setRefusal(t('calendar.import.tooLarge'));
    importYear.mutate({ year, xml: await file.text() });
  }

  const errors = refusal
    ? [refusal]
    : importYear.error
      ? [t('calendar.import.failed'), ...problemMessages(importYear.error, t)]
      : [];
  const result = importYear.data;

  return (
    <form className="calendar-import" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <h2>{t('calendar.import.title')}</h2>
      <div className="field">
        <label htmlFor="calendar-import-file">{t('calendar.import.file')}</label>
        <input
          id="calendar-import-file"
          type="file"
          accept=".xml,application/xml,text/xml"
          aria-describedby={errors.length > 0 ? 'calendar-import-hint calendar-import-error' : 'calendar-import-hint'}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(event) => setFile(event.target.files?.[0])}
        />
        <p id="calendar-import-hint" className="field-hint">
          {t('calendar.import.hint', { year })}
        </p>
      </div>
      <button type="submit" className="button" disabled={importYear.isPending}>
        {importYear.isPending ? t('calendar.import.importing') : t('calendar.import.submit')}
      </button>
      {errors.length > 0 && (
        <div id="calendar-import-error" role="alert" className="error-banner" data-testid="calendar-import-error">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {result && (
        <p role="status" className="calendar-import__result" data-testid="calendar-import-result">
          {t('calendar.import.done', {
            year: result.year,
            holidays: result.holidays,
            shortened: result.shortened,
            workingDays: result.workingDays,
          })}
        </p>
      )}
    </form>
  );
}
