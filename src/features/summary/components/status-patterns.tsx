import { STATUSES, type Status } from '../../../domain/status';

// Every status has a colour from its badge AND a texture, so the charts read in greyscale and for colour-blind
// readers too: fully = solid, partially = diagonal stripes, not at all = cross-hatch, not assessed = dots.

const patternId = (status: Status) => `summary-pattern-${status}`;

/** The fill of a chart shape of this status: its pattern, defined once per page by `StatusPatternDefs`. */
export const statusFill = (status: Status) => `url(#${patternId(status)})`;

/** The status's dark badge colour, for outlines and pattern strokes. */
export const statusInk = (status: Status) => `var(--status-${status}-fg)`;
const statusPaper = (status: Status) => `var(--status-${status}-bg)`;

function PatternContent({ status }: { status: Status }) {
  const ink = { stroke: statusInk(status) };
  switch (status) {
    case 'fully':
      return <rect width="8" height="8" style={{ fill: statusInk(status) }} />;
    case 'partially':
      return (
        <>
          <rect width="8" height="8" style={{ fill: statusPaper(status) }} />
          <path d="M-2 2l4-4M0 8l8-8M6 10l4-4" strokeWidth="2" style={ink} />
        </>
      );
    case 'notAtAll':
      return (
        <>
          <rect width="8" height="8" style={{ fill: statusPaper(status) }} />
          <path d="M0 0l8 8M8 0l-8 8" strokeWidth="1.5" style={ink} />
        </>
      );
    case 'notAssessed':
      return (
        <>
          <rect width="8" height="8" style={{ fill: statusPaper(status) }} />
          <circle cx="4" cy="4" r="1.6" style={{ fill: statusInk(status) }} />
        </>
      );
  }
}

/** The patterns every summary chart and legend swatch refers to; rendered once at the top of the page. */
export function StatusPatternDefs() {
  return (
    <svg className="summary-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {STATUSES.map((status) => (
          <pattern key={status} id={patternId(status)} width="8" height="8" patternUnits="userSpaceOnUse">
            <PatternContent status={status} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A small sample of a status's fill, for legends and tables. */
export function StatusSwatch({ status }: { status: Status }) {
  return (
    <svg className="summary-swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="18" height="18" rx="2" style={{ fill: statusFill(status), stroke: statusInk(status) }} strokeWidth="2" />
    </svg>
  );
}
