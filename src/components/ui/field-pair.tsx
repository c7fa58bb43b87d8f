import type { ReactNode } from 'react';

/** One term and its value inside a <dl className="field-list">. */
export function FieldPair({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="field-pair">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
