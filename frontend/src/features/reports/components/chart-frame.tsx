import { useId, type ReactNode } from 'react';

type ChartFrameProps = { testId: string; title: string; hint?: string; children: ReactNode };

/** A chart under its heading, named by it for screen readers; the numbers are also in the tables. */
export function ChartFrame({ testId, title, hint, children }: ChartFrameProps) {
  const id = useId();
  return (
    <figure className="report-chart" data-testid={testId} aria-labelledby={id}>
      <figcaption>
        <h2 id={id} className="report-chart__title">
          {title}
        </h2>
        {hint && <p className="muted report-chart__hint">{hint}</p>}
      </figcaption>
      {children}
    </figure>
  );
}
