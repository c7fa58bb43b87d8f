import { createContext, useContext } from 'react';
import type { FieldError } from '../../domain/field-errors';
import type { PlanData } from '../../domain/plan-data';

export type RunOutcome = { ok: true } | { ok: false; fieldErrors: FieldError[]; problem: string; status: number | null };

export interface StructureEditing {
  planId: string;
  data: PlanData;
  /** True offline: structure changes are made on the server only. */
  disabled: boolean;
  /** Runs a change against the server, refreshes the local copy and announces `done` when it was accepted. */
  run: (change: () => Promise<unknown>, done: string) => Promise<RunOutcome>;
}

export const StructureContext = createContext<StructureEditing | null>(null);

/** The plan being edited and the way to change it; only inside the structure page. */
export function useStructure(): StructureEditing {
  const editing = useContext(StructureContext);
  if (!editing) throw new Error('useStructure is used outside the structure page');
  return editing;
}
