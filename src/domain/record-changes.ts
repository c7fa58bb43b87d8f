import { z } from './zod';
import { contactPersonSchema, IMPACTS, measureTargetLinkSchema, PROGRESSES, timelineEntrySchema, type Measure } from './measure';
import {
  ownFinancingCheck,
  projectBudgetSchema,
  projectContactSchema,
  projectPeriodSchema,
  projectTargetLinkSchema,
  type Project,
} from './project';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from './target';
import type { Actor } from './user';

// What a person may change on a measure or a project. Identity and provenance (number, title, name,
// sector, the official description and its source) come from the source documents and stay as they are.

const longText = z.string().max(TEXT_MAX_LENGTH);
const shortText = z.string().trim().max(TITLE_MAX_LENGTH);
const listItem = z.string().trim().min(1).max(TITLE_MAX_LENGTH);

/** The two kinds of record edited through the outbox, as the audit trail and the outbox name them. */
export const RECORD_ENTITIES = ['measure', 'project'] as const;
export type RecordEntity = (typeof RECORD_ENTITIES)[number];

export const measureEditableShape = {
  progress: z.enum(PROGRESSES),
  impact: z.enum(IMPACTS),
  description: longText,
  timeSpan: shortText,
  metrics: z.array(listItem).max(50),
  responsibleOrganisations: z.array(listItem).max(50),
  /** The whole task list: a new task is added, a task to do is marked done. */
  timeline: z
    .array(timelineEntrySchema.extend({ id: z.string().min(1).max(100), title: listItem, text: longText }).strict())
    .max(500),
  contacts: z
    .array(
      contactPersonSchema
        .extend({ name: listItem, title: shortText, unit: shortText, email: shortText.optional(), phone: shortText.optional() })
        .strict(),
    )
    .max(50),
  /** The linked targets with "How does this measure affect the target?". */
  linkedTargets: z.array(measureTargetLinkSchema.extend({ howItAffects: longText }).strict()).max(100),
};
export type MeasureEditableField = keyof typeof measureEditableShape;

export const projectEditableShape = {
  goals: longText,
  coordinator: shortText.nullable(),
  funders: z.array(listItem).min(1).max(20),
  partners: z.array(listItem).max(100),
  period: projectPeriodSchema,
  contacts: z.array(projectContactSchema.extend({ name: listItem }).strict()).max(50),
  budget: projectBudgetSchema.strict().nullable(),
  responsibleUnit: shortText.nullable(),
  decisionReference: shortText.nullable(),
  linkedTargets: z.array(projectTargetLinkSchema.strict()).max(100),
};
export type ProjectEditableField = keyof typeof projectEditableShape;

const duplicates = (keys: readonly string[]) => keys.filter((key, index) => keys.indexOf(key) !== index);

function requireSomeChange(changes: object, context: z.RefinementCtx) {
  if (Object.keys(changes).length === 0) context.addIssue({ code: 'custom', message: 'No fields to change', path: [] });
}

function requireUniqueLinks(links: readonly { planId: string; targetId: string }[] | undefined, context: z.RefinementCtx) {
  const keys = (links ?? []).map((link) => `${link.planId}/${link.targetId}`);
  for (const key of duplicates(keys)) {
    context.addIssue({ code: 'custom', message: `Target ${key} is linked twice`, path: ['linkedTargets', keys.lastIndexOf(key)] });
  }
}

/** A partial change of a measure: only editable fields, at least one of them, task ids and target links unique. */
export const measureChangesSchema = z
  .object(measureEditableShape)
  .partial()
  .strict()
  .superRefine((changes, context) => {
    requireSomeChange(changes, context);
    requireUniqueLinks(changes.linkedTargets, context);
    const ids = (changes.timeline ?? []).map((task) => task.id);
    for (const id of duplicates(ids)) {
      context.addIssue({ code: 'custom', message: `Task id ${id} is used twice`, path: ['timeline', ids.lastIndexOf(id), 'id'] });
    }
  });
export type MeasureChanges = z.infer<typeof measureChangesSchema>;

/**
 * A partial change of a project. A changed budget must keep the own-financing rule: the stated own financing
 * equals the percentage of its base (rounded to whole euros), whenever that base is known.
 */
export const projectChangesSchema = z
  .object(projectEditableShape)
  .partial()
  .strict()
  .superRefine((changes, context) => {
    requireSomeChange(changes, context);
    requireUniqueLinks(changes.linkedTargets, context);
    const check = changes.budget ? ownFinancingCheck(changes.budget) : null;
    if (check && !check.matches) {
      context.addIssue({
        code: 'custom',
        message: `Own financing ${check.stated} is not ${check.percent} % of ${check.base} (${check.computed})`,
        path: ['budget', 'ownFinancingAmount'],
      });
    }
  });
export type ProjectChanges = z.infer<typeof projectChangesSchema>;

export interface RecordTypes {
  measure: { item: Measure; changes: MeasureChanges; field: MeasureEditableField };
  project: { item: Project; changes: ProjectChanges; field: ProjectEditableField };
}
export type RecordChanges = RecordTypes[RecordEntity]['changes'];
export type EditableRecord = RecordTypes[RecordEntity]['item'];

export const recordChangesSchemas = { measure: measureChangesSchema, project: projectChangesSchema } as const;

/** The names that give a responsible person the right to edit the record (see canEditRecord). */
export const recordContactNames = (record: Pick<EditableRecord, 'contacts'>): string[] => record.contacts.map((contact) => contact.name);

/**
 * Who may change a record's contact list: managers and admins only, because being named there is what lets a
 * responsible person edit the record at all.
 */
export const canChangeRecordContacts = (actor: Actor): boolean => actor.role === 'manager' || actor.role === 'admin';
