import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewQueueItem, ReviewQueueResponse } from '../../api/contract-review';
import { reviewClient, reviewKeys, reviewQueueQuery } from '../../api/review-client';
import type { ReviewDecision } from '../../domain/review';

/** The signed-in manager's queue; not asked for at all when the person may not review. */
export const useReviewQueue = (planId: string, userId: string, allowed: boolean) =>
  useQuery({ ...reviewQueueQuery(planId, userId), enabled: allowed });

export interface DecisionInput {
  decision: ReviewDecision;
  comment: string;
}

/** Records a decision on the item's version; on success the item leaves the queue at once. */
export function useReviewDecision(item: ReviewQueueItem, planId: string, userId: string) {
  const queryClient = useQueryClient();
  const queueKey = reviewKeys.queue(planId, userId);
  return useMutation({
    mutationFn: ({ decision, comment }: DecisionInput) =>
      reviewClient.review(item.target.id, { version: item.target.version, decision, comment }),
    onSuccess: () => {
      queryClient.setQueryData<ReviewQueueResponse>(queueKey, (queue) =>
        queue ? { ...queue, items: queue.items.filter((candidate) => candidate.target.id !== item.target.id) } : queue,
      );
      // Returns shown to responsible persons change too; the queue itself is already right.
      void queryClient.invalidateQueries({ queryKey: [...reviewKeys.all, 'returns'] });
    },
  });
}
