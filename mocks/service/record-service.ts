import type { z } from 'zod';
import { measureUpdateRequestSchema, projectUpdateRequestSchema, type MeasureUpdateRequest } from '../../src/api/contract-records';
import { diffFields } from '../../src/domain/audit';
import { toFieldErrors, type FieldError } from '../../src/domain/field-errors';
import { measureSchema } from '../../src/domain/measure';
import { canEditRecord } from '../../src/domain/permissions';
import { projectSchema } from '../../src/domain/project';
import { canChangeRecordContacts, recordContactNames, type EditableRecord, type RecordEntity } from '../../src/domain/record-changes';
import type { Actor } from '../../src/domain/user';
import { notFound, ok, type ApiResult } from './api-result';
import { forbidden } from './auth-service';
import type { RecordKind, ServiceStorage } from './storage';
import { auditEntry } from './target-service';

const SCHEMAS: Record<RecordKind, z.ZodType<EditableRecord>> = { measures: measureSchema, projects: projectSchema };
const UPDATE_SCHEMAS: Record<RecordKind, z.ZodType<MeasureUpdateRequest | z.infer<typeof projectUpdateRequestSchema>>> = {
  measures: measureUpdateRequestSchema,
  projects: projectUpdateRequestSchema,
};
const NAMES: Record<RecordKind, string> = { measures: 'Toimenpidettä', projects: 'Hanketta' };
const ENTITIES: Record<RecordKind, RecordEntity> = { measures: 'measure', projects: 'project' };
/** "toimenpiteen 91" / "hankkeen 6Aika: PEdTech", for the refusal's sentence. */
const subject = (record: EditableRecord) => ('number' in record ? `toimenpiteen ${record.number}` : `hankkeen ${record.name}`);

export interface RecordServiceOptions {
  now?: () => Date;
}

function validationFailure(fieldErrors: FieldError[]): ApiResult {
  return {
    status: 422,
    body: { error: 'validation', message: 'Tallennettavat tiedot eivät kelpaa. Korjaa merkityt kentät.', fieldErrors },
  };
}

/** The applied-edit store is shared with targets, so a record's edits are keyed apart from any target id. */
const editKey = (kind: RecordKind, id: string) => `${kind}/${id}`;

/**
 * Reading and editing measures and projects, with the same rules as targets: roles (403), validation (422),
 * optimistic concurrency (409 with the server copy), idempotent edits and an audit entry per accepted change.
 * A stored document that breaks its schema is an error, never served.
 */
export function createRecordService(storage: ServiceStorage, options: RecordServiceOptions = {}) {
  const now = options.now ?? (() => new Date());

  /** Every linked target must exist in the named plan (and for a project carry that target's code). */
  async function linkErrors(links: readonly { planId: string; targetId: string; targetCode?: string }[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const [index, link] of links.entries()) {
      const target = await storage.getTarget(link.targetId);
      if (!target || target.planId !== link.planId) errors.push({ field: `linkedTargets.${index}.targetId`, code: 'invalidValue' });
      else if (link.targetCode !== undefined && link.targetCode !== target.code) {
        errors.push({ field: `linkedTargets.${index}.targetCode`, code: 'invalidValue' });
      }
    }
    return errors;
  }

  return {
    async list(kind: RecordKind): Promise<ApiResult> {
      const items = (await storage.listRecords(kind)).map((record) => SCHEMAS[kind].parse(record));
      return ok({ items });
    },

    async get(kind: RecordKind, id: string): Promise<ApiResult> {
      const record = await storage.getRecord(kind, id);
      return record ? ok({ item: SCHEMAS[kind].parse(record) }) : notFound(NAMES[kind]);
    },

    async update(kind: RecordKind, id: string, body: unknown, actor: Actor): Promise<ApiResult> {
      return storage.atomically(async () => {
        const stored = await storage.getRecord(kind, id);
        if (!stored) return notFound(NAMES[kind]);
        const current = SCHEMAS[kind].parse(stored);
        if (!canEditRecord(actor, recordContactNames(current))) {
          return forbidden(`${subject(current)} muokkaus kuuluu sen yhteyshenkilöille ja johdolle`);
        }
        const parsed = UPDATE_SCHEMAS[kind].safeParse(body);
        if (!parsed.success) {
          return validationFailure(
            toFieldErrors(parsed.error).map((fieldError) => ({ ...fieldError, field: fieldError.field.replace(/^changes\./, '') })),
          );
        }
        const { baseVersion, editId, changes } = parsed.data;
        if (editId) {
          const applied = await storage.getAppliedEdit(editId);
          if (applied && applied.targetId === editKey(kind, id)) return ok({ item: current, appliedVersion: applied.resultVersion });
        }
        if (changes.contacts && !canChangeRecordContacts(actor)) {
          return forbidden('yhteyshenkilöiden muuttaminen kuuluu johdolle, koska yhteyshenkilöt saavat muokata tietoja');
        }
        const invalidLinks = changes.linkedTargets ? await linkErrors(changes.linkedTargets) : [];
        if (invalidLinks.length > 0) return validationFailure(invalidLinks);
        if (current.version !== baseVersion) {
          const message = `${NAMES[kind]} on muutettu sillä välin. Vertaa muutoksia ennen tallentamista.`;
          return { status: 409, body: { error: 'conflict', message, current } };
        }
        const stamp = now().toISOString();
        const merged = {
          ...current,
          ...changes,
          // "Tietoja päivitetty": a measure's own last-updated day moves with every accepted change.
          ...(kind === 'measures' ? { lastUpdated: stamp.slice(0, 10) } : {}),
          version: current.version + 1,
          updatedAt: stamp,
          updatedBy: actor.name,
        };
        const updated = SCHEMAS[kind].safeParse(merged);
        if (!updated.success) return validationFailure(toFieldErrors(updated.error));
        await storage.putRecord(kind, updated.data);
        const what = { entity: ENTITIES[kind], entityId: id, planId: null, version: updated.data.version, changes: diffFields(current, changes) };
        await storage.addAudit(auditEntry(what, actor, stamp));
        if (editId) await storage.putAppliedEdit({ editId, targetId: editKey(kind, id), resultVersion: updated.data.version, appliedAt: stamp });
        return ok({ item: updated.data, appliedVersion: updated.data.version });
      }, { key: editKey(kind, id) });
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
