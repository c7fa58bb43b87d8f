import { useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, ResponsiveContainer, Text, XAxis, YAxis, type BarShapeProps, type YAxisTickContentProps } from 'recharts';
import { STATUSES, type Status } from '../../../domain/status';
import { niceTicks, type StatusCounts } from '../series';
import { STATUS_BAR_INITIAL_WIDTH, statusBarLayout } from './chart-sizes';
import { statusFill, statusInk } from './status-patterns';

/** One horizontal bar: a plan, a theme, a strategic goal or a reporting period, split by status. */
export interface StatusBarRow {
  key: string;
  label: string;
  counts: StatusCounts;
  /** Text drawn inside a segment when it fits, e.g. "6" or "6 (75 %)". */
  segmentText: (status: Status) => string;
  /** The accessible name (and hover title) of a segment's link. */
  segmentName: (status: Status) => string;
  /** Where a segment leads: the target list filtered to it. */
  href: (status: Status) => string;
}

export interface StatusBarChartProps {
  rows: StatusBarRow[];
  /** Axes with category labels and counts; off for a single bar whose numbers are in its legend. */
  showAxes: boolean;
  axisLabel?: string;
  labelWidth?: number;
  rowHeight?: number;
  /** The width measured before drawing, so the first drawing is already the right one. */
  initialWidth?: number | null;
}

type ChartDatum = { label: string; rowIndex: number; total: number };

// A rough width of the segment text in px, to leave it out of segments too narrow to hold it (the legend and
// the table still give every number).
const estimateTextWidth = (text: string) => text.length * 7.5 + 10;

/** Follows a link inside the app without reloading, but leaves modified clicks (new tab, …) to the browser. */
function isPlainLeftClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

interface SegmentProps {
  x: number;
  y: number;
  width: number;
  height: number;
  status: Status;
  row: StatusBarRow;
  onNavigate: (href: string) => void;
}

/** A bar segment drawn as a real SVG link: reachable with Tab, followed with Enter or a click. */
function Segment({ x, y, width, height, status, row, onNavigate }: SegmentProps) {
  const href = row.href(status);
  const name = row.segmentName(status);
  const text = row.segmentText(status);
  const textWidth = estimateTextWidth(text);
  const centreX = x + width / 2;
  const centreY = y + height / 2;
  return (
    <a
      href={href}
      className="summary-segment"
      aria-label={name}
      data-status={status}
      onClick={(event) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        onNavigate(href);
      }}
    >
      <title>{name}</title>
      <rect
        className="summary-segment__shape"
        x={x}
        y={y}
        width={width}
        height={height}
        style={{ fill: statusFill(status), stroke: statusInk(status) }}
        strokeWidth={1.5}
      />
      {textWidth + 6 <= width && (
        <g className="summary-segment__label" aria-hidden="true">
          <rect x={centreX - textWidth / 2} y={centreY - 11} width={textWidth} height={22} rx={4} />
          <text x={centreX} y={centreY} textAnchor="middle" dominantBaseline="central">
            {text}
          </text>
        </g>
      )}
    </a>
  );
}

/**
 * One whole row, split into its status segments. Drawing a row as one bar (rather than one Recharts bar per
 * status) keeps the links in reading order: Tab goes along a row, then to the next row.
 */
function RowSegments({ shape, row, onNavigate }: { shape: BarShapeProps; row: StatusBarRow | undefined; onNavigate: (href: string) => void }) {
  const { x, y, width, height } = shape;
  if (!row || !(width > 0) || !(height > 0)) return <g />;
  const total = STATUSES.reduce((sum, status) => sum + row.counts[status], 0);
  let offset = x;
  return (
    <g className="summary-row">
      {STATUSES.filter((status) => row.counts[status] > 0).map((status) => {
        const segmentWidth = (width * row.counts[status]) / total;
        const segmentX = offset;
        offset += segmentWidth;
        return (
          <Segment
            key={status}
            x={segmentX}
            y={y}
            width={segmentWidth}
            height={height}
            status={status}
            row={row}
            onNavigate={onNavigate}
          />
        );
      })}
    </g>
  );
}

function CategoryTick({ x, y, payload, labelWidth, fontSize }: YAxisTickContentProps & { labelWidth: number; fontSize: number }) {
  return (
    <Text
      x={Number(x) - 8}
      y={Number(y)}
      width={labelWidth - 16}
      maxLines={5}
      // Recharts measures the words with this size to wrap them; a size from CSS alone would wrap too early.
      style={{ fontSize }}
      textAnchor="end"
      verticalAnchor="middle"
      className="summary-axis-label"
    >
      {String(payload.value)}
    </Text>
  );
}

/**
 * Horizontal bars stacked by status, every segment a link to the matching targets. Drawn at a fixed height and a
 * measured width; before measuring (and in tests without layout) it uses an 800 px width.
 */
export function StatusBarChart({
  rows,
  showAxes,
  axisLabel,
  labelWidth: widestLabel = 280,
  rowHeight: baseRowHeight,
  initialWidth,
}: StatusBarChartProps) {
  const navigate = useNavigate();
  const [chartWidth, setChartWidth] = useState(initialWidth ?? STATUS_BAR_INITIAL_WIDTH);
  // On a phone the category labels get about 45 % of the width, in smaller type, wrapping onto more lines in taller rows.
  const { narrow, height } = statusBarLayout(chartWidth, { rowCount: rows.length, showAxes, axisLabel: Boolean(axisLabel), rowHeight: baseRowHeight });
  const labelWidth = Math.min(widestLabel, Math.max(120, Math.round(chartWidth * 0.45)));
  const data: ChartDatum[] = rows.map((row, rowIndex) => ({
    label: row.label,
    rowIndex,
    total: STATUSES.reduce((sum, status) => sum + row.counts[status], 0),
  }));
  const maxTotal = Math.max(1, ...data.map((datum) => datum.total));
  const ticks = niceTicks(maxTotal, { targetCount: 5, minStep: 1 });
  // A single bar without an axis fills the width; bars with an axis end at a round number.
  const axisMax = showAxes ? (ticks[ticks.length - 1] ?? maxTotal) : maxTotal;
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: chartWidth, height }}
      onResize={(width) => setChartWidth(width)}
    >
      <BarChart
        data={data}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: showAxes && axisLabel ? 24 : 4, left: 0 }}
        barCategoryGap="22%"
      >
        <XAxis
          type="number"
          hide={!showAxes}
          domain={[0, axisMax]}
          ticks={ticks}
          interval={0}
          tick={{ fill: 'var(--color-text)' }}
          label={axisLabel ? { value: axisLabel, position: 'insideBottom', offset: -16, fill: 'var(--color-text)' } : undefined}
        />
        <YAxis
          type="category"
          dataKey="label"
          hide={!showAxes}
          width={labelWidth}
          tickLine={false}
          tick={(props: YAxisTickContentProps) => <CategoryTick {...props} labelWidth={labelWidth} fontSize={narrow ? 12 : 14} />}
        />
        <Bar
          dataKey="total"
          isAnimationActive={false}
          shape={(shape: BarShapeProps) => (
            <RowSegments
              shape={shape}
              row={rows[(shape.payload as ChartDatum | undefined)?.rowIndex ?? -1]}
              onNavigate={(href) => void navigate(href)}
            />
          )}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
