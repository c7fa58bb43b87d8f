import { z } from '../domain/zod';
import { measureSchema } from '../domain/measure';
import { projectSchema } from '../domain/project';
import { measureChangesSchema, projectChangesSchema, type RecordEntity } from '../domain/record-changes';
import { apiRoutes, errorResponseSchema } from './contract';

// PATCH /api/measures/:id and PATCH /api/projects/:id: the same rules as a target edit. 401 without a
// session; 403 unless a manager, an admin or a responsible person named among the record's contacts (and
// only managers and admins may change the contacts); 404; 422 with one error per field; 409 with the
// server's copy when `baseVersion` is not the current version; a repeated `editId` is applied once.

/** Route patterns of the record edits (the same addresses as reading one record). */
export const recordRoutes = { measure: apiRoutes.measuresItem, project: apiRoutes.projectsItem } as const;

/** Concrete paths, as the client requests them. */
export const recordPaths = {
  measure: (id: string) => `/api/measures/${encodeURIComponent(id)}`,
  project: (id: string) => `/api/projects/${encodeURIComponent(id)}`,
} satisfies Record<RecordEntity, (id: string) => string>;

const updateRequest = <Changes extends z.ZodType>(changes: Changes) =>
  z.object({
    baseVersion: z.number().int().nonnegative(),
    /** Client-generated id of this edit, so a resent edit is applied once. */
    editId: z.string().min(1).max(100).optional(),
    changes,
  }).strict();

/** PATCH /api/measures/:id body. */
export const measureUpdateRequestSchema = updateRequest(measureChangesSchema);
export type MeasureUpdateRequest = z.infer<typeof measureUpdateRequestSchema>;
/** PATCH /api/projects/:id body. */
export const projectUpdateRequestSchema = updateRequest(projectChangesSchema);
export type ProjectUpdateRequest = z.infer<typeof projectUpdateRequestSchema>;

/** 200: the record as it is now, and the version this edit produced (they differ for a resent edit applied before). */
export const measureUpdateResponseSchema = z.object({ item: measureSchema, appliedVersion: z.number().int().positive() });
export type MeasureUpdateResponse = z.infer<typeof measureUpdateResponseSchema>;
export const projectUpdateResponseSchema = z.object({ item: projectSchema, appliedVersion: z.number().int().positive() });
export type ProjectUpdateResponse = z.infer<typeof projectUpdateResponseSchema>;

/** 409: the record moved on since baseVersion; `current` is the server's copy. Nothing was overwritten. */
export const measureConflictResponseSchema = errorResponseSchema.extend({ error: z.literal('conflict'), current: measureSchema });
export const projectConflictResponseSchema = errorResponseSchema.extend({ error: z.literal('conflict'), current: projectSchema });
