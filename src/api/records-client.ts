import type { z } from 'zod';
import type { Measure } from '../domain/measure';
import type { Project } from '../domain/project';
import { ApiError, request } from './client';
import {
  measureConflictResponseSchema,
  measureUpdateResponseSchema,
  projectConflictResponseSchema,
  projectUpdateResponseSchema,
  recordPaths,
  type MeasureUpdateRequest,
  type ProjectUpdateRequest,
} from './contract-records';

/** 409 on a measure or project edit, with the server's copy ("theirs") to compare with. */
export class RecordConflictError<Item extends Measure | Project = Measure | Project> extends ApiError {
  constructor(
    message: string,
    readonly currentRecord: Item,
  ) {
    super('conflict', message, { status: 409 });
    this.name = 'RecordConflictError';
  }
}

/** Sends one PATCH; a 409 whose body holds the server's copy becomes a RecordConflictError. */
async function patch<Response extends z.ZodType, Item extends Measure | Project>(
  path: string,
  update: unknown,
  responseSchema: Response,
  conflictSchema: z.ZodType<{ message: string; current: Item }>,
): Promise<z.infer<Response>> {
  try {
    return await request(path, responseSchema, { method: 'PATCH', body: JSON.stringify(update) });
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const conflict = conflictSchema.safeParse(error.body);
      if (conflict.success) throw new RecordConflictError(conflict.data.message, conflict.data.current);
    }
    throw error;
  }
}

/** Client functions for editing measures and projects; every answer is parsed with the contract's schemas. */
export const recordsClient = {
  updateMeasure: (measureId: string, update: MeasureUpdateRequest) =>
    patch(recordPaths.measure(measureId), update, measureUpdateResponseSchema, measureConflictResponseSchema),
  updateProject: (projectId: string, update: ProjectUpdateRequest) =>
    patch(recordPaths.project(projectId), update, projectUpdateResponseSchema, projectConflictResponseSchema),
};
