import type { ServiceStorage } from './storage';
import type { TargetService } from './target-service';

/** Lets tests change a target straight in the server store, as a colleague on another device would. */
export function createColleagueEdit(storage: ServiceStorage, service: TargetService) {
  return async function colleagueEdit(targetId: string, changes: Record<string, unknown>, who = 'Kollega Kolmonen') {
    const current = await storage.getTarget(targetId);
    if (!current) throw new Error(`No target ${targetId} on the demo server`);
    // A colleague with the right to edit every target, so tests can change any of them.
    const colleague = { id: `colleague:${who}`, name: who, role: 'manager' as const };
    const result = await service.updateTarget(targetId, { baseVersion: current.version, changes }, colleague);
    if (result.status !== 200) throw new Error(`Colleague edit refused: ${JSON.stringify(result.body)}`);
    return result.body;
  };
}
