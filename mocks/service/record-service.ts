import type { z } from 'zod';
import { measureSchema } from '../../src/domain/measure';
import { projectSchema } from '../../src/domain/project';
import { notFound, ok, type ApiResult } from './api-result';
import type { RecordKind, ServiceStorage } from './storage';

const SCHEMAS: Record<RecordKind, z.ZodType> = { measures: measureSchema, projects: projectSchema };
const NAMES: Record<RecordKind, string> = { measures: 'Toimenpidettä', projects: 'Hanketta' };

/** Reading measures and projects. A stored document that breaks its schema is an error, never served. */
export function createRecordService(storage: ServiceStorage) {
  return {
    async list(kind: RecordKind): Promise<ApiResult> {
      const items = (await storage.listRecords(kind)).map((record) => SCHEMAS[kind].parse(record));
      return ok({ items });
    },
    async get(kind: RecordKind, id: string): Promise<ApiResult> {
      const record = await storage.getRecord(kind, id);
      return record ? ok({ item: SCHEMAS[kind].parse(record) }) : notFound(NAMES[kind]);
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
