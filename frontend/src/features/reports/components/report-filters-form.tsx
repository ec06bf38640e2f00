import { useTranslation } from 'react-i18next';
import { levelValues, reportGroupingValues } from '../api/report-values';
import type { ReportGrouping } from '../api/types';
import type { LevelChoice, ReportFilters } from './report-filters';
import { periodPresets, type Period, type PeriodPreset, type PeriodProblem } from './report-period';

const levelChoices: readonly LevelChoice[] = ['EMERGENCY', 'ALL', ...levelValues.filter((level) => level !== 'EMERGENCY')];

type ReportFiltersFormProps = {
  filters: ReportFilters;
  /** The days the filters mean today, shown in the date fields even for a preset. */
  period: Period;
  problem: PeriodProblem | undefined;
  onChange: (next: ReportFilters) => void;
};

/** The period (a preset or fixed days), the level and the table's grouping; every change applies at once. */
export function ReportFiltersForm({ filters, period, problem, onChange }: ReportFiltersFormProps) {
  const { t } = useTranslation();
  const preset = typeof filters.period === 'string' ? filters.period : 'custom';
  const choosePreset = (value: string) =>
    onChange({ ...filters, period: value === 'custom' ? period : (value as PeriodPreset) });
  // Editing a date fixes the period; the other end keeps the day it showed.
  const changeDay = (end: keyof Period, value: string) => onChange({ ...filters, period: { ...period, [end]: value } });
  const invalid = problem !== undefined;
  return (
    <form className="report-filters" aria-label={t('reports.filters.legend')} onSubmit={(event) => event.preventDefault()}>
      <label className="field">
        {t('reports.filters.period')}
        <select value={preset} onChange={(event) => choosePreset(event.target.value)}>
          {periodPresets.map((value) => (
            <option key={value} value={value}>
              {t(`reports.filters.presets.${value}`)}
            </option>
          ))}
          <option value="custom">{t('reports.filters.custom')}</option>
        </select>
      </label>
      <label className={invalid ? 'field field--invalid' : 'field'}>
        {t('reports.filters.from')}
        <input
          type="date"
          value={period.from}
          max={period.to || undefined}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'report-period-problem' : undefined}
          onChange={(event) => changeDay('from', event.target.value)}
        />
      </label>
      <label className={invalid ? 'field field--invalid' : 'field'}>
        {t('reports.filters.to')}
        <input
          type="date"
          value={period.to}
          min={period.from || undefined}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'report-period-problem' : undefined}
          onChange={(event) => changeDay('to', event.target.value)}
        />
      </label>
      <label className="field">
        {t('reports.filters.level')}
        <select value={filters.level} onChange={(event) => onChange({ ...filters, level: event.target.value as LevelChoice })}>
          {levelChoices.map((level) => (
            <option key={level} value={level}>
              {t(`reports.filters.levels.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('reports.filters.groupBy')}
        <select value={filters.groupBy} onChange={(event) => onChange({ ...filters, groupBy: event.target.value as ReportGrouping })}>
          {reportGroupingValues.map((grouping) => (
            <option key={grouping} value={grouping}>
              {t(`reports.filters.groupings.${grouping}`)}
            </option>
          ))}
        </select>
      </label>
      {problem && (
        <p id="report-period-problem" role="alert" className="field-error report-filters__problem">
          {t(`reports.filters.problems.${problem}`)}
        </p>
      )}
    </form>
  );
}
