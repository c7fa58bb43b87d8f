import { lazy, memo, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { listRowsOf, type ThemeGroup } from '../../../domain/grouping';
import type { Plan } from '../../../domain/plan';
import { useI18n } from '../../../i18n/i18n';
import type { OutboxState } from '../../../offline/db';
import { TargetGroups } from './target-groups';
import { LoadingState } from '../../../components/ui/query-states';

// Only long lists need the virtualiser, so it is not part of the first view of an ordinary plan.
const VirtualTargetTable = lazy(() => import('./virtual-target-table').then((module) => ({ default: module.VirtualTargetTable })));

/**
 * Up to this many targets every row is rendered, so the browser's find-in-page and printing see them
 * all (a sector's plan has tens). A longer list renders only the rows near the viewport.
 */
export const FULL_LIST_LIMIT = 300;

interface TargetListProps {
  groups: ThemeGroup[];
  /** How many targets the groups hold. */
  shownCount: number;
  plan: Plan;
  listSearch: string;
  syncStates: Map<string, OutboxState>;
  now: Date;
}

/** The filtered targets under their headings: whole when short, rendered as it scrolls when long. */
export const TargetList = memo(function TargetList({ groups, shownCount, plan, listSearch, syncStates, now }: TargetListProps) {
  const { t } = useI18n();
  const rows = useMemo(() => (shownCount > FULL_LIST_LIMIT ? listRowsOf(groups) : null), [groups, shownCount]);
  if (!rows) return <TargetGroups groups={groups} plan={plan} listSearch={listSearch} syncStates={syncStates} now={now} />;
  return (
    <>
      <p className="notice target-list__partial">
        {t('list.partialNotice')}{' '}
        <Link to={{ pathname: 'report', search: listSearch ? `?${listSearch}` : '' }}>{t('list.partialNoticeLink')}</Link>
      </p>
      <Suspense fallback={<LoadingState />}>
        <VirtualTargetTable rows={rows} plan={plan} listSearch={listSearch} syncStates={syncStates} now={now} />
      </Suspense>
    </>
  );
});
