import { z } from '../domain/zod';
import { auditEntrySchema, fieldChangeSchema } from '../domain/audit';
import { REVIEW_COMMENT_MAX_LENGTH, reviewDecisionSchema, reviewSchema } from '../domain/review';
import { statusSchema } from '../domain/status-schema';

/** Route patterns of the audit trail and the review workflow, as the server matches them. */
export const reviewRoutes = {
  /** GET only: the trail is written by the server alone; every other method answers 405. */
  targetHistory: '/api/targets/:targetId/history',
  reviewQueue: '/api/plans/:planId/review-queue',
  targetReview: '/api/targets/:targetId/review',
  myReturns: '/api/me/returns',
} as const;

/** Concrete paths, as the client requests them. */
export const reviewPaths = {
  targetHistory: (targetId: string) => `/api/targets/${encodeURIComponent(targetId)}/history`,
  reviewQueue: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/review-queue`,
  targetReview: (targetId: string) => `/api/targets/${encodeURIComponent(targetId)}/review`,
  myReturns: () => reviewRoutes.myReturns,
};

/** GET /api/targets/:targetId/history (any signed-in user): every accepted change, newest first. */
export const targetHistoryResponseSchema = z.object({ entries: z.array(auditEntrySchema) });
export type TargetHistoryResponse = z.infer<typeof targetHistoryResponseSchema>;

/** Enough of a target to name it and link to it. */
export const reviewTargetSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  code: z.string(),
  title: z.string(),
  status: statusSchema,
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type ReviewTarget = z.infer<typeof reviewTargetSchema>;

/** A target changed since the asking manager last decided on it, with what changed since then. */
export const reviewQueueItemSchema = z.object({
  target: reviewTargetSchema,
  /** The asking manager's latest decision on the target, or null when they have never decided on it. */
  lastReview: reviewSchema.nullable(),
  /** Field by field: the value before the first unreviewed change, and the value now. */
  changes: z.array(fieldChangeSchema),
  /** Who made the unreviewed changes, each once. */
  changedBy: z.array(z.string()),
  firstChangedAt: z.iso.datetime(),
  lastChangedAt: z.iso.datetime(),
  /** How many accepted edits the changes are made of. */
  editCount: z.number().int().positive(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

/** GET /api/plans/:planId/review-queue (managers and admins), the longest-waiting first. */
export const reviewQueueResponseSchema = z.object({ planId: z.string(), items: z.array(reviewQueueItemSchema) });
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponseSchema>;

/**
 * POST /api/targets/:targetId/review body (managers and admins): the decision on the version the
 * manager saw; a return needs a comment. 409 when the target has moved on from `version`.
 */
export const reviewRequestSchema = z
  .object({
    version: z.number().int().positive(),
    decision: reviewDecisionSchema,
    comment: z.string().max(REVIEW_COMMENT_MAX_LENGTH).default(''),
  })
  .strict();
export type ReviewRequest = z.input<typeof reviewRequestSchema>;

/** 200 answer of POST /api/targets/:targetId/review: the decision as recorded. */
export const reviewResponseSchema = z.object({ review: reviewSchema });

/** A return on one of the asking person's targets; `answered` once the target has a newer version. */
export const returnedUpdateSchema = z.object({
  review: reviewSchema,
  target: reviewTargetSchema,
  answered: z.boolean(),
});
export type ReturnedUpdate = z.infer<typeof returnedUpdateSchema>;

/**
 * GET /api/me/returns: for each target the person is responsible for whose latest review decision
 * is a return, that return; newest first. A later "reviewed" decision closes it.
 */
export const myReturnsResponseSchema = z.object({ returns: z.array(returnedUpdateSchema) });
export type MyReturnsResponse = z.infer<typeof myReturnsResponseSchema>;
