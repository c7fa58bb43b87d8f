import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { toFieldErrors, type FieldError } from '../../domain/field-errors';
import { useI18n } from '../../i18n/i18n';
import { useStructure } from './structure-context';

/**
 * One structure form's state: checks the values with the domain's schema first (so most mistakes are
 * shown without a round trip), then sends them; the server's field errors land on the same fields.
 */
export function useStructureForm() {
  const { t } = useI18n();
  const { run, disabled } = useStructure();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Keyboard and screen reader users land on the first field to fix.
  useEffect(() => {
    if (errors.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function submit<Schema extends z.ZodType>(options: {
    schema: Schema;
    values: unknown;
    /** Rules the schema cannot know, such as a code already used in the plan. */
    extraErrors?: FieldError[];
    send: (valid: z.infer<Schema>) => Promise<unknown>;
    done: string;
  }): Promise<boolean> {
    if (busy || disabled) return false;
    const parsed = options.schema.safeParse(options.values);
    const found = [...(parsed.success ? [] : toFieldErrors(parsed.error)), ...(options.extraErrors ?? [])];
    if (!parsed.success || found.length > 0) {
      setErrors(found);
      setProblem(t('structure.problems.fixErrors'));
      return false;
    }
    setBusy(true);
    const outcome = await run(() => options.send(parsed.data), options.done);
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.fieldErrors);
    setProblem(outcome.ok ? null : outcome.problem);
    return outcome.ok;
  }

  const errorFor = (field: string) => errors.find((error) => error.field === field) ?? null;
  return { formRef, errors, errorFor, problem, busy, submit };
}
