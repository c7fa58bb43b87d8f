import { z } from './zod';
import type { AuditEntry, FieldChange } from './audit';
import type { FieldError } from './field-errors';
import { indicatorSchema, type Indicator } from './indicator';
import type { Status } from './status';
import { statusSchema } from './status-schema';

export const REVIEW_DECISIONS = ['reviewed', 'returned'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/** A manager's decision on a target's update: reviewed, or returned to the responsible persons with a comment. */
export const reviewSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  targetId: z.string().min(1),
  reviewerId: z.string().min(1),
  reviewerName: z.string(),
  /** The target version the decision was made on. */
  version: z.number().int().positive(),
  decision: reviewDecisionSchema,
  comment: z.string().max(REVIEW_COMMENT_MAX_LENGTH),
  at: z.iso.datetime(),
});
export type Review = z.infer<typeof reviewSchema>;

/** The cross-field rule of a decision: a return must say why (the schema checks types and lengths). */
export function reviewDecisionErrors(decision: ReviewDecision, comment: string): FieldError[] {
  return decision === 'returned' && comment.trim() === '' ? [{ field: 'comment', code: 'required' }] : [];
}

const latest = <T extends Pick<Review, 'at'>>(items: readonly T[]): T | undefined =>
  // Items come oldest first, so of two with the same time the later one in the list wins.
  items.reduce<T | undefined>((found, item) => (!found || item.at >= found.at ? item : found), undefined);

/** The reviewer's latest decision on the target, if they have made one. */
export function lastDecisionBy(reviews: readonly Review[], reviewerId: string, targetId: string): Review | undefined {
  return latest(reviews.filter((review) => review.reviewerId === reviewerId && review.targetId === targetId));
}

/** Anyone's latest decision on the target. */
export function lastDecisionOn(reviews: readonly Review[], targetId: string): Review | undefined {
  return latest(reviews.filter((review) => review.targetId === targetId));
}

/** A return is answered once the target has a version newer than the one that was returned. */
export const isReturnAnswered = (review: Pick<Review, 'version'>, currentVersion: number): boolean => currentVersion > review.version;

/** The audit entries after `reviewedVersion` (0 when never reviewed), oldest first. */
export function unreviewedEntries(trail: readonly AuditEntry[], reviewedVersion: number): AuditEntry[] {
  return trail.filter((entry) => entry.version > reviewedVersion).sort((a, b) => a.version - b.version);
}

const same = (left: unknown, right: unknown) => JSON.stringify(left ?? null) === JSON.stringify(right ?? null);

/**
 * What changed over `entries` (oldest first), field by field: the value before the first of them
 * and the value now. Fields changed and changed back are left out.
 */
export function changesSince(entries: readonly AuditEntry[], current: Readonly<Record<string, unknown>>): FieldChange[] {
  const firstBefore = new Map<string, unknown>();
  const lastAfter = new Map<string, unknown>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      if (!firstBefore.has(change.field)) firstBefore.set(change.field, change.before);
      lastAfter.set(change.field, change.after);
    }
  }
  return [...firstBefore.entries()]
    .map(([field, before]) => ({ field, before, after: field in current ? current[field] : lastAfter.get(field) }))
    .filter((change) => !same(change.before, change.after));
}

/** The names of who made the entries, each once, in the order they first changed something. */
export const changedBy = (entries: readonly AuditEntry[]): string[] => [...new Set(entries.map((entry) => entry.actorName))];

/** How a changed value reads to a person: words for a status, a list of names, a summary of indicator series. */
export type ValueDescription =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'status'; status: Status }
  | { kind: 'list'; items: string[] }
  | { kind: 'indicators'; count: number; changed: string[]; added: string[]; removed: string[] }
  | { kind: 'other' };

export interface ChangeDescription {
  field: string;
  before: ValueDescription;
  after: ValueDescription;
}

const indicatorsSchema = z.array(indicatorSchema);
const stringsSchema = z.array(z.string());

function indicatorSummary(before: Indicator[], after: Indicator[]): Extract<ValueDescription, { kind: 'indicators' }> {
  const beforeById = new Map(before.map((indicator) => [indicator.id, indicator]));
  const afterIds = new Set(after.map((indicator) => indicator.id));
  return {
    kind: 'indicators',
    count: after.length,
    changed: after.filter((item) => beforeById.has(item.id) && !same(beforeById.get(item.id), item)).map((item) => item.label),
    added: after.filter((item) => !beforeById.has(item.id)).map((item) => item.label),
    removed: before.filter((item) => !afterIds.has(item.id)).map((item) => item.label),
  };
}

function describeValue(field: string, value: unknown): ValueDescription {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (field === 'status') {
    const status = statusSchema.safeParse(value);
    if (status.success) return { kind: 'status', status: status.data };
  }
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  const names = stringsSchema.safeParse(value);
  if (names.success) return names.data.length === 0 ? { kind: 'empty' } : { kind: 'list', items: names.data };
  return { kind: 'other' };
}

/** A field change as a person reads it; indicator series are summarised (which changed, were added or removed), not listed. */
export function describeChange(change: FieldChange): ChangeDescription {
  const before = indicatorsSchema.safeParse(change.before ?? []);
  const after = indicatorsSchema.safeParse(change.after ?? []);
  if (change.field === 'indicators' && before.success && after.success) {
    const counted = { kind: 'indicators' as const, count: before.data.length, changed: [], added: [], removed: [] };
    return { field: change.field, before: counted, after: indicatorSummary(before.data, after.data) };
  }
  return { field: change.field, before: describeValue(change.field, change.before), after: describeValue(change.field, change.after) };
}
