import { z } from './zod';
import { statusSchema } from './status-schema';
import { indicatorSchema } from './indicator';

export const TEXT_MAX_LENGTH = 10_000;
export const TITLE_MAX_LENGTH = 500;
export const NAME_MAX_LENGTH = 200;

const longText = z.string().max(TEXT_MAX_LENGTH);
const personName = z.string().trim().min(1).max(NAME_MAX_LENGTH);

/** The fields a person may change on a binding target. */
export const targetEditableShape = {
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  metric: longText,
  baseline: longText,
  targetLevel: longText,
  responsiblePersons: z.array(personName).max(50),
  reportingResponsible: personName.nullable(),
  keyActions: longText,
  metricStatus: longText,
  status: statusSchema,
  indicators: z.array(indicatorSchema).max(50),
};

export const targetSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  goalId: z.string().min(1),
  code: z.string().regex(/^\d+(\.\d+)*$/),
  order: z.number().int(),
  ...targetEditableShape,
  /** Set through the structure API only, never through a progress edit; archived targets leave the lists. */
  archived: z.boolean().optional(),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type Target = z.infer<typeof targetSchema>;

export const targetChangesSchema = z
  .object(targetEditableShape)
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: 'No fields to change' });
export type TargetChanges = z.infer<typeof targetChangesSchema>;
export type TargetEditableField = keyof typeof targetEditableShape;
