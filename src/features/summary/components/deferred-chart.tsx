import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { loadedChartDrawings, queueChart, type ChartDrawings, type ChartTurn } from './chart-schedule';
import { STATUS_BAR_INITIAL_WIDTH, statusBarLayout } from './chart-sizes';
import type { StatusBarChartProps } from './status-bar-chart';

interface DeferredChartProps {
  /** The drawing's height in px at a given width: the box keeps it from the start, so nothing below moves. */
  height: (width: number | null) => number;
  /** Draws the chart with the loaded drawing code, at the measured width (null where there is no layout, as in tests). */
  draw: (drawings: ChartDrawings, width: number | null) => ReactNode;
}

/**
 * A chart drawn when its turn comes (see chart-schedule.ts), in a box of its final height until then. The box
 * is empty: the figure's description, the legend and the table toggle around it are already in the page.
 */
export function DeferredChart({ height, draw }: DeferredChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const turn = useRef<ChartTurn | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const [shown, setShown] = useState(false);

  // Measured before the first paint, so a narrow screen's taller chart gets its height at once.
  useLayoutEffect(() => {
    const measured = box.current?.clientWidth ?? 0;
    if (measured > 0) setWidth(measured);
  }, []);

  useEffect(() => {
    if (!box.current) return undefined;
    const handle = queueChart(box.current, (urgent) => {
      if (urgent) flushSync(() => setShown(true));
      // A transition lets React yield to a key press or a click while it draws.
      else startTransition(() => setShown(true));
    });
    turn.current = handle;
    return () => {
      turn.current = null;
      handle.cancel();
    };
  }, []);

  const drawings = shown ? loadedChartDrawings() : null;
  useEffect(() => {
    if (drawings) turn.current?.drawn();
  }, [drawings]);

  if (drawings) return <>{draw(drawings, width)}</>;
  return <div ref={box} className="summary-figure__placeholder" style={{ height: height(width) }} />;
}

/** A status bar chart (status-bar-chart.tsx) drawn when its turn comes, in a box of its final height until then. */
export function DeferredStatusBarChart(props: Omit<StatusBarChartProps, 'initialWidth'>) {
  const size = { rowCount: props.rows.length, showAxes: props.showAxes, axisLabel: Boolean(props.axisLabel), rowHeight: props.rowHeight };
  return (
    <DeferredChart
      height={(width) => statusBarLayout(width ?? STATUS_BAR_INITIAL_WIDTH, size).height}
      draw={(drawings, width) => <drawings.StatusBarChart {...props} initialWidth={width} />}
    />
  );
}
