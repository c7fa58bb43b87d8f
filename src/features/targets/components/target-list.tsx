import { lazy, memo, Suspense } from 'react';
import type { ThemeGroup } from '../../../domain/grouping';
import type { Plan } from '../../../domain/plan';
import type { OutboxState } from '../../../offline/db';
import { LoadingState } from '../../../components/ui/query-states';
import { TargetGroups } from './target-groups';
import type { VirtualTargetTable as VirtualTargetTableComponent } from './virtual-target-table';

// Only long lists need the virtualiser, so it is not part of the first view of an ordinary plan.
let virtualTableModule: Promise<{ VirtualTargetTable: typeof VirtualTargetTableComponent }> | null = null;
let loadedVirtualTable: typeof VirtualTargetTableComponent | null = null;
/** Starts loading the long list's table, e.g. as soon as the plan is known to be long; loads it once. */
export function preloadVirtualTable() {
  virtualTableModule ??= import('./virtual-target-table').then((module) => {
    loadedVirtualTable = module.VirtualTargetTable;
    return module;
  });
  return virtualTableModule;
}
// Used only if the table was not loaded in time. A lazy component suspends on its first render even when
// its code is already here, and React then holds the rows back for a while to avoid flicker.
const LazyVirtualTargetTable = lazy(() => preloadVirtualTable().then((module) => ({ default: module.VirtualTargetTable })));

/**
 * A plan of up to this many targets has every row rendered, so the browser's find-in-page and printing
 * see them all (a sector's plan has tens). A longer plan's list renders only the rows near the viewport,
 * also when filtered: a filter narrowing it should not make a key press render hundreds of rows at once.
 */
export const FULL_LIST_LIMIT = 300;

interface TargetListProps {
  groups: ThemeGroup[];
  /** Whether the plan is long enough to render only the rows in view. */
  virtualise: boolean;
  plan: Plan;
  listSearch: string;
  syncStates: Map<string, OutboxState>;
  now: Date;
  /** Called once the rows are in the page (a long list's table may first have to load). */
  onRendered: () => void;
}

/** The filtered targets under their headings: whole for a short plan, rendered as it scrolls for a long one. */
export const TargetList = memo(function TargetList({ groups, virtualise, plan, listSearch, syncStates, now, onRendered }: TargetListProps) {
  const VirtualTargetTable = loadedVirtualTable ?? LazyVirtualTargetTable;
  if (!virtualise) {
    return <TargetGroups groups={groups} plan={plan} listSearch={listSearch} syncStates={syncStates} now={now} onRendered={onRendered} />;
  }
  return (
    <Suspense fallback={<LoadingState />}>
      <VirtualTargetTable groups={groups} plan={plan} listSearch={listSearch} syncStates={syncStates} now={now} onRendered={onRendered} />
    </Suspense>
  );
});
