import type { Metric } from '../api/types';

// One colour per metric on every chart, distinguishable with the common colour-vision deficiencies.
export const metricColors: Record<Metric, string> = {
  FIRST_CONTACT: '#0b5cad',
  DIAGNOSIS: '#8250df',
  RESOLUTION: '#c4432b',
  STATUS_UPDATE: '#1b7c83',
};

export const medianColor = '#0b5cad';
export const p90Color = '#f0883e';

/** Tooltips list the series in the order of the chart's legend, not alphabetically. */
export function inSeriesOrder(series: readonly string[]) {
  return (item: { dataKey?: unknown }) => series.indexOf(String(item.dataKey));
}
