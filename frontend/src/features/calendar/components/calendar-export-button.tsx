import { useTranslation } from 'react-i18next';
import { useExportCalendarYear } from '../api/export-calendar-year';

type CalendarExportButtonProps = { calendarId: string; year: number };

export function CalendarExportButton({ calendarId, year }: CalendarExportButtonProps) {
  const { t } = useTranslation();
  const exportYear = useExportCalendarYear(calendarId);
  return (
    <div className="calendar-export">
      <button
        type="button"
        className="button"
        disabled={exportYear.isPending}
        onClick={() => exportYear.mutate(year)}
      >
        {exportYear.isPending ? t('calendar.export.exporting') : t('calendar.export.submit', { year })}
      </button>
      {exportYear.error && (
        <p role="alert" className="field-error">
          {t('calendar.export.failed', { reason: exportYear.error.message })}
        </p>
      )}
    </div>
  );
}
