import { useId } from 'react';
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
  // Each label names its control by id: a label wrapped around a select or a date field also
  // carries the control's own text (its options, its date) as its text.
  const id = useId();
  const preset = typeof filters.period === 'string' ? filters.period : 'custom';
  const choosePreset = (value: string) =>
    onChange({ ...filters, period: value === 'custom' ? period : (value as PeriodPreset) });
  // Editing a date fixes the period; the other end keeps the day it showed.
  const changeDay = (end: keyof Period, value: string) => onChange({ ...filters, period: { ...period, [end]: value } });
  const invalid = problem !== undefined;
  return (
    <form className="report-filters" aria-label={t('reports.filters.legend')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('reports.filters.period')}</label>
        <select id={`${id}-period`} value={preset} onChange={(event) => choosePreset(event.target.value)}>
          {periodPresets.map((value) => (
            <option key={value} value={value}>
              {t(`reports.filters.presets.${value}`)}
            </option>
          ))}
          <option value="custom">{t('reports.filters.custom')}</option>
        </select>
      </div>
      <div className={invalid ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-from`}>{t('reports.filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={period.from}
          max={period.to || undefined}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'report-period-problem' : undefined}
          onChange={(event) => changeDay('from', event.target.value)}
        />
      </div>
      <div className={invalid ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-to`}>{t('reports.filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={period.to}
          min={period.from || undefined}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'report-period-problem' : undefined}
          onChange={(event) => changeDay('to', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('reports.filters.level')}</label>
        <select id={`${id}-level`} value={filters.level} onChange={(event) => onChange({ ...filters, level: event.target.value as LevelChoice })}>
          {levelChoices.map((level) => (
            <option key={level} value={level}>
              {t(`reports.filters.levels.${level}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-groupBy`}>{t('reports.filters.groupBy')}</label>
        <select id={`${id}-groupBy`} value={filters.groupBy} onChange={(event) => onChange({ ...filters, groupBy: event.target.value as ReportGrouping })}>
          {reportGroupingValues.map((grouping) => (
            <option key={grouping} value={grouping}>
              {t(`reports.filters.groupings.${grouping}`)}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p id="report-period-problem" role="alert" className="field-error report-filters__problem">
          {t(`reports.filters.problems.${problem}`)}
        </p>
      )}
    </form>
  );
}
