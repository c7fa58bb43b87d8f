import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';

interface ChartFigureProps {
  title: string;
  headingLevel: 2 | 3 | 4;
  /** What the chart shows, in sentences: read by screen readers in place of the drawing. */
  description: string;
  chart: ReactNode;
  legend: ReactNode;
  /** The same numbers as a real table, shown on request. */
  table: ReactNode;
  /** Shown between the heading and the chart, e.g. a verdict or a notice. */
  children?: ReactNode;
  className?: string;
}

/**
 * One chart as a board member meets it: a heading, the chart with a described figure, a visible legend and a
 * "show as table" disclosure with the same numbers.
 */
export function ChartFigure({ title, headingLevel, description, chart, legend, table, children, className }: ChartFigureProps) {
  const { t } = useI18n();
  const headingId = useId();
  const tableId = useId();
  const captionId = useId();
  const [tableShown, setTableShown] = useState(false);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={`summary-card ${className ?? ''}`.trim()} aria-labelledby={headingId}>
      <Heading id={headingId} className="summary-card__title">
        {title}
      </Heading>
      {children}
      <figure className="summary-figure" aria-labelledby={headingId} aria-describedby={captionId}>
        <figcaption id={captionId} className="visually-hidden">
          {description}
        </figcaption>
        <div className="summary-figure__chart">{chart}</div>
        {legend}
      </figure>
      <button
        type="button"
        className="button button--secondary summary-table-toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        <svg className="summary-table-toggle__icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M3 2l5 4-5 4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t('summary.showTable')}
      </button>
      <div id={tableId} className="summary-table-wrap" hidden={!tableShown}>
        {tableShown && table}
      </div>
    </section>
  );
}
