import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { metricValues } from '../api/report-values';
import type { SlaReport } from '../api/types';
import { useReportFormat } from '../hooks/use-report-format';
import { ChartFrame } from './chart-frame';
import { inSeriesOrder, metricColors } from './chart-colors';

// More bars than this stop being readable; the table has every group.
const MAX_GROUPS = 12;
const BAR_ROW_HEIGHT = 34;

type BreachesChartProps = {
  report: SlaReport;
  groupBy: 'problemType' | 'agent';
  testId: string;
  title: string;
};

/** Breached clocks per group (a report grouped by problem type or by agent), stacked by metric, most first. */
export function BreachesChart({ report, groupBy, testId, title }: BreachesChartProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const data = report.rows
    .map((row) => {
      const breached = Object.fromEntries(metricValues.map((metric) => [metric, row.metrics.find((m) => m.metric === metric)?.breached ?? 0]));
      const total = metricValues.reduce((sum, metric) => sum + (breached[metric] ?? 0), 0);
      return { group: format.group(groupBy, row.key), total, ...breached };
    })
    .filter((point) => point.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, MAX_GROUPS);
  return (
    <ChartFrame testId={testId} title={title}>
      {data.length === 0 ? (
        <p className="muted report-chart__empty">{t('reports.charts.noBreaches')}</p>
      ) : (
        <BarChart
          responsive
          layout="vertical"
          data={data}
          style={{ width: '100%', height: 72 + data.length * BAR_ROW_HEIGHT }}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => format.number(value)} />
          <YAxis type="category" dataKey="group" width={150} />
          <Tooltip itemSorter={inSeriesOrder(metricValues)} formatter={(value) => (typeof value === 'number' ? format.number(value) : String(value))} />
          <Legend itemSorter={null} />
          {metricValues.map((metric) => (
            <Bar key={metric} dataKey={metric} name={t(`metric.${metric}`)} stackId="breaches" fill={metricColors[metric]} />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
}
