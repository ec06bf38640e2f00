import { useTranslation } from 'react-i18next';
import { escalationSeverityValues, escalationStatusValues } from '../api/escalation-values';
import type { EscalationFilters, EscalationSeverity } from '../api/types';

type EscalationQueueFiltersProps = { filters: EscalationFilters; onChange: (filters: EscalationFilters) => void };

/** Statuses (several at once), severity and acknowledgement breach; each applies at once. */
export function EscalationQueueFilters({ filters, onChange }: EscalationQueueFiltersProps) {
  const { t } = useTranslation();
  const chosen = filters.status ?? [];
  const change = (patch: Partial<EscalationFilters>) => {
    const next: EscalationFilters = { ...filters, ...patch };
    if (next.status?.length === 0) delete next.status;
    if (next.severity === undefined) delete next.severity;
    if (next.breached === undefined) delete next.breached;
    onChange(next);
  };
  return (
    <form className="queue-filters escalation-filters" role="search" aria-label={t('escalations.queue.filters.legend')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="field checkbox-list escalation-filters__statuses">
        <legend>{t('escalations.queue.filters.status')}</legend>
        {escalationStatusValues.map((status) => (
          <div key={status} className="checkbox">
            <input
              id={`escalation-filter-status-${status}`}
              type="checkbox"
              checked={chosen.includes(status)}
              onChange={(event) =>
                change({ status: event.target.checked ? [...chosen, status] : chosen.filter((one) => one !== status) })
              }
            />
            <label htmlFor={`escalation-filter-status-${status}`}>{t(`escalations.status.${status}`)}</label>
          </div>
        ))}
        <p className="field-hint">{t('escalations.queue.filters.statusHint')}</p>
      </fieldset>
      <div className="field">
        <label htmlFor="escalation-filter-severity">{t('escalations.queue.filters.severity')}</label>
        <select
          id="escalation-filter-severity"
          value={filters.severity ?? ''}
          onChange={(event) => change({ severity: (event.target.value || undefined) as EscalationSeverity | undefined })}
        >
          <option value="">{t('escalations.queue.filters.any')}</option>
          {escalationSeverityValues.map((severity) => (
            <option key={severity} value={severity}>
              {t(`escalations.severity.${severity}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="escalation-filter-breached">{t('escalations.queue.filters.breached')}</label>
        <select
          id="escalation-filter-breached"
          value={filters.breached === undefined ? '' : String(filters.breached)}
          onChange={(event) => change({ breached: event.target.value === '' ? undefined : event.target.value === 'true' })}
        >
          <option value="">{t('escalations.queue.filters.any')}</option>
          <option value="true">{t('escalations.queue.filters.breachedYes')}</option>
          <option value="false">{t('escalations.queue.filters.breachedNo')}</option>
        </select>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onChange({})}>
          {t('escalations.queue.filters.reset')}
        </button>
      </div>
    </form>
  );
}
