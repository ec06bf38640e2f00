import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, dayKindValues } from '@/lib/api';
import { useDeleteCalendarException } from '../api/delete-calendar-exception';
import { usePutCalendarException } from '../api/put-calendar-exception';
import type { CalendarDay, DayException, DayExceptionWrite, DayKind, WorkingInterval } from '../api/types';
import { longDate } from './calendar-names';
import { problemMessages } from './problem-messages';
import { ErrorSummary } from '@/components/form/error-summary';

/** `NONE`: no exception, the day follows the weekly hours. */
type KindChoice = DayKind | 'NONE';
type EditedField = 'kind' | 'hours' | 'note';

type DayExceptionEditorProps = {
  calendarId: string;
  date: string;
  day: CalendarDay | undefined;
  exception: DayException | undefined;
  onClose: () => void;
};

const emptyInterval: WorkingInterval = { start: '', end: '' };

function isKind(value: string): value is DayKind {
  return (dayKindValues as readonly string[]).includes(value);
}

// Servers name fields as `hours[0].start`, `/note` or `putCalendarException.body.kind`.
function editedFieldOf(path: string): EditedField | undefined {
  const match = /(?:^|[./])(kind|hours|note)(?:$|[[./])/.exec(path);
  return match?.[1] as EditedField | undefined;
}

type Failure = { byField: Partial<Record<EditedField, string[]>>; summary: string[] };
const noFailure: Failure = { byField: {}, summary: [] };

function failureOf(error: Error, t: Parameters<typeof problemMessages>[1]): Failure {
  const byField: Failure['byField'] = {};
  const unplaced: string[] = [];
  if (error instanceof ApiError) {
    for (const { field, message } of error.problem?.errors ?? []) {
      const name = editedFieldOf(field);
      if (name) byField[name] = [...(byField[name] ?? []), message];
      else unplaced.push(message);
    }
  }
  if (Object.keys(byField).length > 0) {
    return { byField, summary: unplaced.length > 0 ? [t('calendar.editor.failed'), ...unplaced] : [] };
  }
  return { byField, summary: [t('calendar.editor.failed'), ...problemMessages(error, t)] };
}

/** Sets, changes or removes the exception of one day. */
export function DayExceptionEditor({ calendarId, date, day, exception, onClose }: DayExceptionEditorProps) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<KindChoice>(exception?.kind ?? 'NONE');
  const [hours, setHours] = useState<WorkingInterval[]>(
    exception && exception.hours.length > 0 ? exception.hours : [emptyInterval],
  );
  const [note, setNote] = useState(exception?.note ?? '');
  const [failure, setFailure] = useState<Failure>(noFailure);
  const putException = usePutCalendarException(calendarId);
  const deleteException = useDeleteCalendarException(calendarId);
  const saving = putException.isPending || deleteException.isPending;
  const hoursApply = kind === 'SHORTENED' || kind === 'WORKING_DAY';
  const headingId = `day-editor-${date}`;
  const dateText = longDate(date, i18n.language);

  function changeInterval(index: number, edge: keyof WorkingInterval, value: string) {
    setHours((rows) => rows.map((row, at) => (at === index ? { ...row, [edge]: value } : row)));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(noFailure);
    const onError = (error: Error) => setFailure(failureOf(error, t));
    if (kind === 'NONE') {
      const hasException = exception !== undefined || (day !== undefined && day.type !== 'WORKDAY' && day.type !== 'WEEKEND');
      if (!hasException) return onClose();
      deleteException.mutate(date, { onSuccess: onClose, onError });
      return;
    }
    const filled = hoursApply ? hours.filter((row) => row.start !== '' || row.end !== '') : [];
    if (filled.some((row) => row.start === '' || row.end === '')) {
      setFailure({ byField: { hours: [t('calendar.editor.incompleteInterval')] }, summary: [] });
      return;
    }
    const change: DayExceptionWrite = { kind, hours: filled };
    if (note.trim()) change.note = note.trim();
    putException.mutate({ date, exception: change }, { onSuccess: onClose, onError });
  }

  const fieldErrors = (name: EditedField) => failure.byField[name] ?? [];
  const errorText = (name: EditedField) =>
    fieldErrors(name).length > 0 ? (
      <p id={`day-editor-${name}-error`} className="field-error">
        {fieldErrors(name).join(' ')}
      </p>
    ) : null;
  const describedBy = (name: EditedField) => (fieldErrors(name).length > 0 ? `day-editor-${name}-error` : undefined);

  return (
    <div
      className="day-editor"
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <form noValidate onSubmit={handleSubmit}>
        <h2 id={headingId}>{t('calendar.editor.title', { date: dateText })}</h2>
        {day && (
          <p className="muted" data-testid="day-editor-current">
            {t('calendar.editor.current', { type: t(`calendar.dayType.${day.type}`) })}
            {'. '}
            {t('calendar.editor.hoursNow', {
              hours:
                day.intervals.length > 0
                  ? day.intervals.map(({ start, end }) => `${start}–${end}`).join(', ')
                  : t('calendar.editor.noHours'),
            })}
          </p>
        )}
        <ErrorSummary messages={failure.summary} />
        <fieldset disabled={saving}>
          <div className={fieldErrors('kind').length > 0 ? 'field field--invalid' : 'field'}>
            <label htmlFor="day-editor-kind">{t('calendar.editor.kind')}</label>
            <select
              id="day-editor-kind"
              value={kind}
              autoFocus
              aria-describedby={describedBy('kind')}
              onChange={(event) => setKind(isKind(event.target.value) ? event.target.value : 'NONE')}
            >
              {dayKindValues.map((value) => (
                <option key={value} value={value}>
                  {t(`calendar.editor.kinds.${value}`)}
                </option>
              ))}
              <option value="NONE">{t('calendar.editor.kinds.NONE')}</option>
            </select>
            {errorText('kind')}
          </div>

          <fieldset
            className="day-editor__hours"
            disabled={!hoursApply}
            aria-describedby={['day-editor-hours-hint', describedBy('hours')].filter(Boolean).join(' ')}
          >
            <legend>{t('calendar.editor.hours')}</legend>
            <p id="day-editor-hours-hint" className="field-hint">
              {t('calendar.editor.hoursHint')}
            </p>
            {hours.map((row, index) => {
              const number = index + 1;
              return (
                <div key={index} className="day-editor__interval">
                  <label htmlFor={`day-editor-start-${index}`} className="visually-hidden">
                    {t('calendar.editor.start', { number })}
                  </label>
                  <input
                    id={`day-editor-start-${index}`}
                    type="time"
                    value={row.start}
                    onChange={(event) => changeInterval(index, 'start', event.target.value)}
                  />
                  <span aria-hidden="true">–</span>
                  <label htmlFor={`day-editor-end-${index}`} className="visually-hidden">
                    {t('calendar.editor.end', { number })}
                  </label>
                  <input
                    id={`day-editor-end-${index}`}
                    type="time"
                    value={row.end}
                    onChange={(event) => changeInterval(index, 'end', event.target.value)}
                  />
                  {hours.length > 1 && (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('calendar.editor.removeInterval', { number })}
                      onClick={() => setHours((rows) => rows.filter((_, at) => at !== index))}
                    >
                      ×
                    </button>
                  )}
                </div>
              );
            })}
            {hours.length < 8 && (
              <button type="button" className="button" onClick={() => setHours((rows) => [...rows, emptyInterval])}>
                {t('calendar.editor.addInterval')}
              </button>
            )}
            {errorText('hours')}
          </fieldset>

          <div className={fieldErrors('note').length > 0 ? 'field field--invalid' : 'field'}>
            <label htmlFor="day-editor-note">{t('calendar.editor.note')}</label>
            <input
              id="day-editor-note"
              type="text"
              maxLength={200}
              value={note}
              disabled={kind === 'NONE'}
              aria-describedby={describedBy('note')}
              onChange={(event) => setNote(event.target.value)}
            />
            {errorText('note')}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('calendar.editor.saving') : t('calendar.editor.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('calendar.editor.close')}
          </button>
        </div>
      </form>
    </div>
  );
}
