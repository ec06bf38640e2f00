import { levelValues, reportGroupingValues } from '../api/report-values';
import type { Level, ReportGrouping, SlaReportQuery } from '../api/types';
import { periodOf, periodPresets, periodProblemOf, type Period, type PeriodPreset, type PeriodProblem } from './report-period';

/** A level of the contract, or every ticket. */
export type LevelChoice = Level | 'ALL';

export type ReportFilters = {
  /** A preset, which moves with the calendar, or fixed days. */
  period: PeriodPreset | Period;
  level: LevelChoice;
  /** How the table (and the CSV) group the tickets; the charts have their own groupings. */
  groupBy: ReportGrouping;
};

// The regulation is about emergencies: that is what the head of support asks first.
export const defaultFilters: ReportFilters = { period: 'last30Days', level: 'EMERGENCY', groupBy: 'week' };

const presets: ReadonlySet<string> = new Set(periodPresets);
const groupings: ReadonlySet<string> = new Set(reportGroupingValues);
const levels: ReadonlySet<string> = new Set([...levelValues, 'ALL']);

// The filters live in the page's address, so a report can be bookmarked and sent; a preset stays
// relative ("last month" is always last month), fixed days stay fixed. Unknown values fall back.
export function filtersOfSearch(search: URLSearchParams): ReportFilters {
  const preset = search.get('period');
  const from = search.get('from');
  const to = search.get('to');
  const level = search.get('level');
  const groupBy = search.get('groupBy');
  return {
    period:
      from !== null || to !== null
        ? { from: from ?? '', to: to ?? '' }
        : preset && presets.has(preset)
          ? (preset as PeriodPreset)
          : defaultFilters.period,
    level: level && levels.has(level) ? (level as LevelChoice) : defaultFilters.level,
    groupBy: groupBy && groupings.has(groupBy) ? (groupBy as ReportGrouping) : defaultFilters.groupBy,
  };
}

export function searchOfFilters({ period, level, groupBy }: ReportFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (typeof period === 'string') search.set('period', period);
  else {
    search.set('from', period.from);
    search.set('to', period.to);
  }
  if (level !== defaultFilters.level) search.set('level', level);
  if (groupBy !== defaultFilters.groupBy) search.set('groupBy', groupBy);
  return search;
}

export type ResolvedPeriod = { period: Period; problem: PeriodProblem | undefined };

/** The days the filters mean on `today`, and why the server would refuse them, if it would. */
export function resolvePeriod({ period }: Pick<ReportFilters, 'period'>, today: string): ResolvedPeriod {
  const days = typeof period === 'string' ? periodOf(period, today) : period;
  return { period: days, problem: periodProblemOf(days) };
}

/** The query of a grouping over the filtered period; `undefined` while the period is refused. */
export function reportQuery(
  { period, problem }: ResolvedPeriod,
  level: LevelChoice,
  groupBy: ReportGrouping,
): SlaReportQuery | undefined {
  if (problem) return undefined;
  return { ...period, groupBy, ...(level === 'ALL' ? {} : { level }) };
}
