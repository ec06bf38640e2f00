import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { metricValues } from '../api/report-values';
import type { SlaReport } from '../api/types';
import { useReportFormat } from '../hooks/use-report-format';
import { ChartFrame } from './chart-frame';
import { inSeriesOrder, metricColors } from './chart-colors';
import { weeksOf, type Period } from './report-period';

type ComplianceTrendChartProps = { report: SlaReport; period: Period };

/** Compliance per metric week by week (a report grouped by week); weeks without ended clocks are bridged. */
export function ComplianceTrendChart({ report, period }: ComplianceTrendChartProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const rows = new Map(report.rows.map((row) => [row.key ?? '', row]));
  const data = weeksOf(period).map((week) => {
    const metrics = rows.get(week)?.metrics ?? [];
    return {
      week,
      ...Object.fromEntries(metricValues.map((metric) => [metric, metrics.find((m) => m.metric === metric)?.compliancePercent ?? null])),
    };
  });
  return (
    <ChartFrame testId="chart-compliance-trend" title={t('reports.charts.trend')} hint={t('reports.charts.trendHint')}>
      <LineChart responsive data={data} style={{ width: '100%', height: 300 }} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" tickFormatter={(week: string) => format.shortDate(week)} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={56} tickFormatter={(value: number) => format.percent(value)} />
        <Tooltip
          itemSorter={inSeriesOrder(metricValues)}
          labelFormatter={(week) => format.group('week', String(week))}
          formatter={(value) => (typeof value === 'number' ? format.percent(value) : format.percent(null))}
        />
        <Legend itemSorter={null} />
        {metricValues.map((metric) => (
          <Line
            key={metric}
            type="monotone"
            dataKey={metric}
            name={t(`metric.${metric}`)}
            stroke={metricColors[metric]}
            strokeWidth={2}
            connectNulls
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
