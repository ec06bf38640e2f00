import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { metricValues } from '../api/report-values';
import type { SlaReportRow } from '../api/types';
import { useReportFormat } from '../hooks/use-report-format';
import { ChartFrame } from './chart-frame';
import { inSeriesOrder, medianColor, p90Color } from './chart-colors';

/** Median and 90th percentile business minutes per metric over the whole period (the report's total). */
export function TimeDistributionChart({ total }: { total: SlaReportRow }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const data = metricValues.map((metric) => {
    const report = total.metrics.find((m) => m.metric === metric);
    return { metric: t(`metric.${metric}`), median: report?.medianMinutes ?? null, p90: report?.p90Minutes ?? null };
  });
  const anyEnded = data.some((point) => point.median !== null || point.p90 !== null);
  return (
    <ChartFrame testId="chart-time-distribution" title={t('reports.charts.times')} hint={t('reports.charts.timesHint')}>
      {anyEnded ? (
        <BarChart
          responsive
          layout="vertical"
          data={data}
          style={{ width: '100%', height: 300 }}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(value: number) => t('reports.charts.minutesTick', { value: format.number(value) })} />
          <YAxis type="category" dataKey="metric" width={170} />
          <Tooltip itemSorter={inSeriesOrder(['median', 'p90'])} formatter={(value) => format.duration(typeof value === 'number' ? value : null)} />
          <Legend itemSorter={null} />
          <Bar dataKey="median" name={t('reports.charts.median')} fill={medianColor} />
          <Bar dataKey="p90" name={t('reports.charts.p90')} fill={p90Color} />
        </BarChart>
      ) : (
        <p className="muted report-chart__empty">{t('reports.charts.noTimes')}</p>
      )}
    </ChartFrame>
  );
}
