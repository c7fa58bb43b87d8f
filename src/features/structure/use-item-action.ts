import { useRef, useState } from 'react';
import { structureClient } from '../../api/structure-client';
import type { ReorderParent } from '../../domain/plan-structure';
import { moveId } from '../../domain/plan-structure';
import { useStructure, type RunOutcome } from './structure-context';

/** An item's one-press actions (archive, move, delete): one at a time, and what went wrong, if anything. */
export function useItemAction() {
  const { run, disabled } = useStructure();
  const [problem, setProblem] = useState<string | null>(null);
  // A ref, not state: disabling the pressed button would take the keyboard focus away from it.
  const busy = useRef(false);

  async function act(change: () => Promise<unknown>, done: string): Promise<RunOutcome | null> {
    if (busy.current || disabled) return null;
    busy.current = true;
    const outcome = await run(change, done);
    busy.current = false;
    setProblem(outcome.ok ? null : outcome.problem);
    return outcome;
  }
  return { problem, act };
}

/** Finds an item's move button; the attribute is compared in code, since ids may hold any character. */
function moveButton(id: string, direction: 'up' | 'down'): HTMLButtonElement | undefined {
  return [...document.querySelectorAll<HTMLButtonElement>('button[data-move]')].find(
    (button) => button.dataset.moveId === id && button.dataset.move === direction,
  );
}

/**
 * Moves an item one place among its siblings. React may re-insert the moved row, which drops the
 * keyboard focus, so the focus is put back on the same button (or the other one at either end).
 */
export async function moveItem(
  act: ReturnType<typeof useItemAction>['act'],
  where: { planId: string; parent: ReorderParent; parentId: string; siblingIds: readonly string[] },
  id: string,
  direction: 'up' | 'down',
  done: string,
): Promise<void> {
  const ids = moveId(where.siblingIds, id, direction);
  const outcome = await act(() => structureClient.reorder(where.planId, { parent: where.parent, parentId: where.parentId, ids }), done);
  if (!outcome?.ok) return;
  setTimeout(() => {
    const same = moveButton(id, direction);
    (same && !same.disabled ? same : moveButton(id, direction === 'up' ? 'down' : 'up'))?.focus();
  }, 0);
}
