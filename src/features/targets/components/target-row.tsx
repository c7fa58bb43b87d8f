import { memo } from 'react';
import { Link } from 'react-router';
import type { Target } from '../../../domain/target';
import { ExpandableText } from '../../../components/ui/expandable-text';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useI18n } from '../../../i18n/i18n';
import type { OutboxState } from '../../../offline/db';
import { ResponsiblePersons } from './responsible-persons';
import { SyncMarker } from './sync-marker';
import { StalenessMarker } from './staleness-marker';
import type { Staleness } from '../../../domain/staleness';

interface TargetRowProps {
  target: Target;
  /** The list's query string, so the detail page can link back to the same filtered view. */
  listSearch: string;
  /** Set when the target has edits the server does not have yet. */
  syncState: OutboxState | undefined;
  staleness: Staleness;
  daysSinceUpdate: number;
}

export const TargetRow = memo(function TargetRow({ target, listSearch, syncState, staleness, daysSinceUpdate }: TargetRowProps) {
  const { t } = useI18n();
  return (
    <tr data-target-code={target.code}>
      <th scope="row" className="target-row__title">
        <Link
          to={`targets/${encodeURIComponent(target.id)}`}
          state={{ listSearch }}
          aria-label={`${t('list.openTarget', { code: target.code })}: ${target.title}`}
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
      <td data-label={t('list.columns.metric')}>{target.metric}</td>
      <td data-label={t('list.columns.baseline')}>{target.baseline}</td>
      <td data-label={t('list.columns.targetLevel')}>
        <ExpandableText text={target.targetLevel} />
      </td>
      <td data-label={t('list.columns.responsible')}>
        <ResponsiblePersons target={target} />
      </td>
      <td data-label={t('list.columns.metricStatus')}>
        <ExpandableText text={target.metricStatus} />
      </td>
      <td data-label={t('list.columns.status')}>
        <StatusBadge status={target.status} />
      </td>
    </tr>
  );
});
