// The summary's drawing code: everything that needs Recharts, in a chunk of its own (see chart-schedule.ts).
export { IndicatorBarChart } from './indicator-bar-chart';
export { StatusBarChart } from './status-bar-chart';
