// The charts' sizes and colours, apart from the drawing code (Recharts), so that the page can keep a chart's
// box at its final height before the drawing is loaded.

/** The width a chart is drawn at before it is measured (and in tests without layout). */
export const STATUS_BAR_INITIAL_WIDTH = 800;
export const INDICATOR_INITIAL_WIDTH = 480;
export const INDICATOR_CHART_HEIGHT = 240;

export const BASELINE_COLOUR = '#4a5666';
export const TARGET_COLOUR = '#1b2430';

export interface StatusBarSize {
  rowCount: number;
  /** Axes with category labels and counts; off for a single bar whose numbers are in its legend. */
  showAxes: boolean;
  /** The count axis has a label under it. */
  axisLabel: boolean;
  rowHeight?: number;
}

/**
 * A status bar chart's layout at a width: on a phone (under 560 px) the category labels wrap onto more lines,
 * so rows with axes are taller.
 */
export function statusBarLayout(width: number, { rowCount, showAxes, axisLabel, rowHeight: baseRowHeight = 64 }: StatusBarSize) {
  const narrow = width < 560;
  const rowHeight = narrow && showAxes ? baseRowHeight + 20 : baseRowHeight;
  const height = rowCount * rowHeight + (showAxes ? (axisLabel ? 56 : 32) : 8);
  return { narrow, rowHeight, height };
}
