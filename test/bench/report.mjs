// One figure = one printed line and one entry of bench-results/bench.json.
// A figure has a goal (met or missed), or none (printed for reference), or could not be measured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Describes a figure before it is measured, so that a section that fails can still print
 * "not measured" for each of its figures. `goal` is `{ op: '<=' | '>=' | '=', value }` or absent.
 */
export function spec(key, name, unit, goal = null, digits = 1) {
  return { key, name, unit, goal, digits };
}

const OPS = { '<=': '≤', '>=': '≥', '=': '=' };
const meets = (value, { op, value: limit }) => (op === '<=' ? value <= limit : op === '>=' ? value >= limit : value === limit);

/** A measured figure; `note` says how it was measured when the name alone does not. */
export function measured(figureSpec, value, note = undefined) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return notMeasured(figureSpec, `no valid value (${String(value)})`);
  }
  const status = figureSpec.goal ? (meets(value, figureSpec.goal) ? 'met' : 'missed') : 'reference';
  return { ...figureSpec, value, status, ...(note ? { note } : {}) };
}

export function notMeasured(figureSpec, reason) {
  return { ...figureSpec, value: null, status: 'not measured', reason };
}

const formatNumber = (value, digits) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: digits });

const formatGoal = (figure) =>
  figure.goal ? `goal ${OPS[figure.goal.op]} ${formatNumber(figure.goal.value, figure.digits)} ${figure.unit}` : 'no goal';

/** "name: value unit (goal ≤ x unit): met", or "name: not measured: reason (goal …)". */
export function formatLine(figure) {
  if (figure.status === 'not measured') return `${figure.name}: not measured: ${figure.reason} (${formatGoal(figure)})`;
  const value = `${formatNumber(figure.value, figure.digits)} ${figure.unit}`;
  const note = figure.note ? ` [${figure.note}]` : '';
  return figure.goal ? `${figure.name}: ${value} (${formatGoal(figure)}): ${figure.status}${note}` : `${figure.name}: ${value} (${formatGoal(figure)})${note}`;
}

/** Prints every figure, one line each, and a count of goals met and missed. */
export function printFigures(figures) {
  console.log('');
  for (const figure of figures) console.log(formatLine(figure));
  const withGoal = figures.filter((figure) => figure.goal);
  const count = (status) => withGoal.filter((figure) => figure.status === status).length;
  console.log(`\n${withGoal.length} goals: ${count('met')} met, ${count('missed')} missed, ${count('not measured')} not measured`);
}

export function writeJson(path, report) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
