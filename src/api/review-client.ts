import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import {
  myReturnsResponseSchema,
  reviewPaths,
  reviewQueueResponseSchema,
  reviewResponseSchema,
  targetHistoryResponseSchema,
  type ReviewRequest,
} from './contract-review';
import { targetKeys } from './query-keys';

/** The audit trail and the review workflow. Online data: unlike targets, none of it is kept on the device. */
export const reviewClient = {
  targetHistory: (targetId: string) => request(reviewPaths.targetHistory(targetId), targetHistoryResponseSchema),
  reviewQueue: (planId: string) => request(reviewPaths.reviewQueue(planId), reviewQueueResponseSchema),
  review: (targetId: string, body: ReviewRequest) =>
    request(reviewPaths.targetReview(targetId), reviewResponseSchema, { method: 'POST', body: JSON.stringify(body) }),
  myReturns: () => request(reviewPaths.myReturns(), myReturnsResponseSchema),
};

// Under the target's detail key, so whatever refreshes a target refreshes its history too. Queues and
// returns depend on who asks, so the user is part of their keys: one person never sees another's.
export const reviewKeys = {
  all: ['review'] as const,
  history: (targetId: string) => [...targetKeys.detail(targetId), 'history'] as const,
  queues: () => [...reviewKeys.all, 'queue'] as const,
  queue: (planId: string, userId: string) => [...reviewKeys.queues(), planId, userId] as const,
  returns: (userId: string) => [...reviewKeys.all, 'returns', userId] as const,
};

// These answers exist only at the server: offline the query waits (fetchStatus 'paused') instead of failing.
const online = { networkMode: 'online' as const };

/** A target's accepted changes, newest first (any signed-in user). */
export const targetHistoryQuery = (targetId: string) =>
  queryOptions({ queryKey: reviewKeys.history(targetId), queryFn: () => reviewClient.targetHistory(targetId), ...online });

/** The signed-in manager's review queue of a plan. */
export const reviewQueueQuery = (planId: string, userId: string) =>
  queryOptions({ queryKey: reviewKeys.queue(planId, userId), queryFn: () => reviewClient.reviewQueue(planId), ...online });

/** The returned updates on the signed-in person's targets. */
export const myReturnsQuery = (userId: string) =>
  queryOptions({ queryKey: reviewKeys.returns(userId), queryFn: () => reviewClient.myReturns(), ...online });

