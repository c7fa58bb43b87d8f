import type { z } from 'zod';

/** Why a field was refused, as a code the UI translates into the reader's language. */
export type FieldErrorCode = 'required' | 'tooLong' | 'tooShort' | 'invalidValue' | 'unknownField' | 'invalid';

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  /** The limit that was broken, e.g. the maximum length, when there is one. */
  limit?: number;
}

function codeOf(issue: z.core.$ZodIssue): Pick<FieldError, 'code' | 'limit'> {
  switch (issue.code) {
    case 'too_big':
      return { code: 'tooLong', limit: Number(issue.maximum) };
    case 'too_small':
      return Number(issue.minimum) <= 1 ? { code: 'required' } : { code: 'tooShort', limit: Number(issue.minimum) };
    case 'invalid_value':
      return { code: 'invalidValue' };
    case 'unrecognized_keys':
      return { code: 'unknownField' };
    case 'invalid_type':
      return issue.input === undefined ? { code: 'required' } : { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** Turns a zod failure into one error per field path ("indicators.0.label"), first issue wins. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of error.issues) {
    const fields = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.map(String).join('.') || '_'];
    for (const field of fields) {
      if (!byField.has(field)) byField.set(field, { field, ...codeOf(issue) });
    }
  }
  return [...byField.values()];
}
