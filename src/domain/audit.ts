import { z } from './zod';

/** One field of an accepted change: what it was and what it became. */
export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const AUDITED_ENTITIES = ['target', 'theme', 'goal', 'plan', 'measure', 'project'] as const;

/** A change the server accepted, recorded by the server itself: who, when, which fields, before and after. */
export const auditEntrySchema = z.object({
  id: z.string().min(1),
  entity: z.enum(AUDITED_ENTITIES),
  entityId: z.string().min(1),
  planId: z.string().nullable(),
  at: z.iso.datetime(),
  actorId: z.string(),
  actorName: z.string(),
  /** The entity's version after the change. */
  version: z.number().int().nonnegative(),
  changes: z.array(fieldChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/** The fields of `changes` whose value differs from `before`, each with its old and new value. */
export function diffFields(before: Record<string, unknown>, changes: Record<string, unknown>): FieldChange[] {
  return Object.entries(changes)
    .filter(([field, after]) => !same(before[field], after))
    .map(([field, after]) => ({ field, before: before[field] ?? null, after }));
}
