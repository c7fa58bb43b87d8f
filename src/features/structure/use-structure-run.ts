import { useCallback } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { RunOutcome, StructureEditing } from './structure-context';
import { useStructureMutation } from './queries';

type Translate = ReturnType<typeof useI18n>['t'];

function failureOf(error: unknown, t: Translate): Extract<RunOutcome, { ok: false }> {
  const failure = (problem: string, status: number | null = null) => ({ ok: false as const, fieldErrors: [], problem, status });
  if (!(error instanceof ApiError)) return failure(t('structure.problems.failed', { message: error instanceof Error ? error.message : String(error) }));
  switch (error.kind) {
    case 'validation':
      return { ...failure(t('structure.problems.fixErrors'), error.status), fieldErrors: error.fieldErrors };
    case 'network':
      return failure(t('structure.problems.network'));
    case 'forbidden':
    case 'unauthorized':
      return failure(t('structure.problems.forbidden'), error.status);
    case 'conflict':
      return failure(t('structure.problems.conflict'), error.status);
    case 'notFound':
      return failure(t('structure.problems.notFound'), error.status);
    default:
      return failure(t('structure.problems.failed', { message: error.message }), error.status);
  }
}

/** The page's one way to change the structure: online, then the local copy refreshed; says what happened. */
export function useStructureRun(planId: string, announce: (message: string) => void): StructureEditing['run'] {
  const { t } = useI18n();
  const { mutateAsync } = useStructureMutation(planId);
  return useCallback(
    async (change, done) => {
      try {
        await mutateAsync(change);
        announce(done);
        return { ok: true };
      } catch (error) {
        return failureOf(error, t);
      }
    },
    [mutateAsync, announce, t],
  );
}
