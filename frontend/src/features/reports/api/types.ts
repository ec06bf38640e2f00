import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type SlaReport = Schemas['SlaReport'];
export type SlaReportRow = Schemas['SlaReportRow'];
export type MetricReport = Schemas['MetricReport'];
export type RateReport = Schemas['RateReport'];
export type ReportGrouping = Schemas['ReportGrouping'];
export type Level = Schemas['Level'];
export type Metric = Schemas['Metric'];

/** What one report is asked for: a period of whole days in the calendar's zone, a grouping, a level or all. */
export type SlaReportQuery = {
  from: string;
  to: string;
  groupBy: ReportGrouping;
  level?: Level | undefined;
};

/** The CSV field separator: a semicolon opens cleanly in Russian Excel. */
export type CsvSeparator = 'semicolon' | 'comma';
