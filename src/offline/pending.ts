import type { Target, TargetChanges } from '../domain/target';
import type { AnyOutboxEntry, OutboxState } from './db';

/** The server copy with every unsynced edit of that target laid over it in order: what the user should see. */
export function applyPendingEdits(serverCopy: Target, entries: readonly AnyOutboxEntry[]): Target {
  let target = serverCopy;
  for (const entry of entries) {
    if (entry.entity === 'target' && entry.entityId === serverCopy.id) target = { ...target, ...entry.changes };
  }
  return target;
}

const SEVERITY: Record<OutboxState, number> = { pending: 1, failed: 2, conflict: 3 };

/**
 * Each entity with unsynced edits and the most serious state among them (conflict > failed > pending).
 * Pass one kind's edits only (e.g. readOutbox for targets): the map is keyed by id alone.
 */
export function syncStateByTarget(entries: readonly Pick<AnyOutboxEntry, 'entityId' | 'state'>[]): Map<string, OutboxState> {
  const states = new Map<string, OutboxState>();
  for (const entry of entries) {
    const current = states.get(entry.entityId);
    if (!current || SEVERITY[entry.state] > SEVERITY[current]) states.set(entry.entityId, entry.state);
  }
  return states;
}

export const RETRY_BASE_MS = 1_000;
export const RETRY_CAP_MS = 60_000;

/**
 * How long to wait before the next attempt: exponential from one second, capped at a minute, with
 * jitter so that many clients coming back online do not all retry at the same instant.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/** The fields of an edit whose values differ from the target's: what a conflict is about. */
export function conflictingFields(changes: TargetChanges, theirs: Target): (keyof TargetChanges)[] {
  return (Object.keys(changes) as (keyof TargetChanges)[]).filter(
    (field) => JSON.stringify(changes[field]) !== JSON.stringify(theirs[field]),
  );
}
