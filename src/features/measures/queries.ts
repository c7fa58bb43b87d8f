import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { targetLinkKey } from '../../domain/measure';
import type { PlanData } from '../../domain/plan-data';
import type { RecordOutboxEntry } from '../../offline/db';
import { measuresQuery } from '../../offline/collection-queries';
import { planTargetsQuery } from '../../offline/queries';
import { allEditsQuery } from '../../offline/record-queries';

/** Every measure, from the local copy. */
export function useMeasures() {
  return useQuery(measuresQuery());
}

export interface LinkedTargetLabel {
  code: string;
  title: string;
}

// Module-level so that TanStack Query can keep the combined result between renders.
function labelsFromPlans(plans: UseQueryResult<PlanData>[]): Map<string, LinkedTargetLabel> {
  const labels = new Map<string, LinkedTargetLabel>();
  for (const plan of plans) {
    for (const target of plan.data?.targets ?? []) {
      labels.set(targetLinkKey({ planId: target.planId, targetId: target.id }), { code: target.code, title: target.title });
    }
  }
  return labels;
}

/**
 * Code and title of the linked targets, keyed by `planId/targetId`, read from the plans' local copies.
 * A plan that is still loading or cannot be read leaves its targets out; callers then show the id.
 */
export function useLinkedTargetLabels(planIds: readonly string[]): Map<string, LinkedTargetLabel> {
  const key = [...new Set(planIds)].sort().join('\n');
  const uniquePlanIds = useMemo(() => (key ? key.split('\n') : []), [key]);
  return useQueries({ queries: uniquePlanIds.map((planId) => planTargetsQuery(planId)), combine: labelsFromPlans });
}

/** This measure's unsynced edits, oldest first. */
export function useMeasureEdits(measureId: string) {
  return useQuery({
    ...allEditsQuery(),
    select: (entries) =>
      entries.filter((entry): entry is RecordOutboxEntry<'measure'> => entry.entity === 'measure' && entry.entityId === measureId),
  });
}
