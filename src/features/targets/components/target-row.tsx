import { memo, type Ref } from 'react';
import { Link } from 'react-router';
import type { Target } from '../../../domain/target';
import { ExpandableText } from '../../../components/ui/expandable-text';
import { StatusBadge } from '../../../components/ui/status-badge';
import type { OutboxState } from '../../../offline/db';
import { ResponsiblePersons } from './responsible-persons';
import { SyncMarker } from './sync-marker';
import { StalenessMarker } from './staleness-marker';
import type { TargetRowLabels } from './target-row-labels';
import type { Staleness } from '../../../domain/staleness';

interface TargetRowProps {
  target: Target;
  /** The list's query string, so the detail page can link back to the same filtered view. */
  listSearch: string;
  /** Set when the target has edits the server does not have yet. */
  syncState: OutboxState | undefined;
  staleness: Staleness;
  daysSinceUpdate: number;
  labels: TargetRowLabels;
  /** In a long list that renders only the rows in view: the row's position among all rows (aria-rowindex). */
  rowIndex?: number;
  /** In a long list: the virtualiser's index and its measuring ref, which reads the row's real height. */
  virtualIndex?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}

export const TargetRow = memo(function TargetRow({
  target,
  listSearch,
  syncState,
  staleness,
  daysSinceUpdate,
  labels,
  rowIndex,
  virtualIndex,
  measureRef,
}: TargetRowProps) {
  return (
    <tr data-target-code={target.code} aria-rowindex={rowIndex} data-index={virtualIndex} ref={measureRef}>
      <th scope="row" className="target-row__title">
        <Link
          to={`targets/${encodeURIComponent(target.id)}`}
          state={{ listSearch }}
          aria-label={labels.openTarget(target.code, target.title)}
        >
          <span className="target-code">{target.code}</span> {target.title}
        </Link>
        {syncState && (
          <>
            {' '}
            <SyncMarker state={syncState} />
          </>
        )}
        {staleness !== 'fresh' && (
          <>
            {' '}
            <StalenessMarker staleness={staleness} days={daysSinceUpdate} />
          </>
        )}
      </th>
      <td data-label={labels.metric}>{target.metric}</td>
      <td data-label={labels.baseline}>{target.baseline}</td>
      <td data-label={labels.targetLevel}>
        <ExpandableText text={target.targetLevel} />
      </td>
      <td data-label={labels.responsible}>
        <ResponsiblePersons target={target} />
      </td>
      <td data-label={labels.metricStatus}>
        <ExpandableText text={target.metricStatus} />
      </td>
      <td data-label={labels.status}>
        <StatusBadge status={target.status} />
      </td>
    </tr>
  );
});
