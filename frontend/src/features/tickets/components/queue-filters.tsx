import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { levelValues, ticketStatusValues } from '@/lib/api';
import type { Level, QueueFilters as Filters, TicketStatus } from '../api/types';

type QueueFiltersProps = { filters: Filters; onChange: (filters: Filters) => void };

/** Status, level and breach apply at once; the text applies on "Найти" (Enter). */
export function QueueFilters({ filters, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q ?? '');
  const change = (patch: Partial<Filters>) => {
    const next: Filters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof Filters)[]) if (next[key] === undefined || next[key] === '' || next[key] === false) delete next[key];
    onChange(next);
  };
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change({ q: text.trim() || undefined });
  }
  return (
    <form className="queue-filters" role="search" aria-label={t('queue.filters.legend')} onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor="queue-filter-status">{t('queue.filters.status')}</label>
        <select
          id="queue-filter-status"
          value={filters.status ?? ''}
          onChange={(event) => change({ status: (event.target.value || undefined) as TicketStatus | undefined })}
        >
          <option value="">{t('queue.filters.any')}</option>
          {ticketStatusValues.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-filter-level">{t('queue.filters.level')}</label>
        <select
          id="queue-filter-level"
          value={filters.level ?? ''}
          onChange={(event) => change({ level: (event.target.value || undefined) as Level | undefined })}
        >
          <option value="">{t('queue.filters.any')}</option>
          {levelValues.map((level) => (
            <option key={level} value={level}>
              {t(`level.${level}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <input
          id="queue-filter-breached"
          type="checkbox"
          checked={filters.breached ?? false}
          onChange={(event) => change({ breached: event.target.checked || undefined })}
        />
        <label htmlFor="queue-filter-breached">{t('queue.filters.breached')}</label>
      </div>
      <div className="field">
        <label htmlFor="queue-filter-text">{t('queue.filters.text')}</label>
        <input id="queue-filter-text" type="search" maxLength={200} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('queue.filters.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setText('');
            onChange({});
          }}
        >
          {t('queue.filters.reset')}
        </button>
      </div>
    </form>
  );
}
