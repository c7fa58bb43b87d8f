// Issue 7, reliability: 20 people update the same 50 targets at once, each from a stale or current copy.
// Every update is applied exactly once (200) or refused with 409, and the audit trail tells the whole story.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../../../src/domain/target';
import { ApiClient, type ApiAnswer, type SpawnedServer } from '../spawn-server';
import { backendsUnderTest, type BackendDatabase } from './backends';
import {
  changedValue,
  EDITOR,
  historyPath,
  PASSWORD,
  pickOne,
  planOf,
  randomInt,
  seededServer,
  STATUSES,
  targetPath,
  type HistoryAnswer,
  type UpdateAnswer,
} from './fixtures';

const CLIENTS = 20;
const TARGETS = 50;
const UPDATES_PER_CLIENT = 30;
/** Share of edits sent twice at once with the same editId, as a client retrying a timed-out request would. */
const DUPLICATE_SHARE = 0.15;

interface Edit {
  editId: string;
  targetId: string;
  baseVersion: number;
  /** Unique per edit, so the audit trail says which edit each entry is. */
  metricStatus: string;
  status: (typeof STATUSES)[number];
  answers: ApiAnswer<UpdateAnswer>[];
}

/**
 * One person's session of edits: picks a target and bases the edit on the version it last saw or a random older one.
 * Never on a version the target has not reached yet: such an edit is refused now and could be applied by a resend
 * once the target gets there, which is right but would make "both sends answered alike" untrue.
 */
async function editConcurrently(client: ApiClient, clientIndex: number, targetIds: readonly string[]): Promise<Edit[]> {
  const seen = new Map<string, number>();
  const edits: Edit[] = [];
  for (let i = 0; i < UPDATES_PER_CLIENT; i++) {
    const targetId = pickOne(targetIds);
    const known = seen.get(targetId) ?? 1;
    const baseVersion = Math.random() < 0.5 ? known : randomInt(Math.max(1, known - 2), known);
    const edit: Edit = {
      editId: randomUUID(),
      targetId,
      baseVersion,
      metricStatus: `client ${clientIndex} edit ${i} (${randomUUID()})`,
      status: pickOne(STATUSES),
      answers: [],
    };
    const body = { editId: edit.editId, baseVersion, changes: { metricStatus: edit.metricStatus, status: edit.status } };
    const sends = Math.random() < DUPLICATE_SHARE ? 2 : 1;
    edit.answers = await Promise.all(Array.from({ length: sends }, () => client.patch<UpdateAnswer>(targetPath(targetId), body)));
    for (const answer of edit.answers) {
      const version = answer.body.target?.version ?? answer.body.current?.version;
      if (version) seen.set(targetId, Math.max(seen.get(targetId) ?? 1, version));
    }
    edits.push(edit);
  }
  return edits;
}

for (const { backend, skip } of backendsUnderTest()) {
  describe.skipIf(skip)(`concurrent updates on ${backend.name}`, () => {
    const plan = planOf(TARGETS);
    const targetIds = plan.targets.map((target) => target.id);
    let database: BackendDatabase;
    let server: SpawnedServer;
    let edits: Edit[] = [];
    const histories = new Map<string, HistoryAnswer['entries']>();
    const finals = new Map<string, Target>();

    beforeAll(async () => {
      database = await backend.create();
      server = await seededServer(database, plan);
      const clients = await Promise.all(Array.from({ length: CLIENTS }, () => ApiClient.signedIn(server.url, EDITOR, PASSWORD)));
      edits = (await Promise.all(clients.map((client, index) => editConcurrently(client, index, targetIds)))).flat();

      const reader = clients[0] as ApiClient;
      for (const targetId of targetIds) {
        const history = await reader.get<HistoryAnswer>(historyPath(targetId));
        const current = await reader.get<{ target: Target }>(targetPath(targetId));
        expect(history.status).toBe(200);
        expect(current.status).toBe(200);
        histories.set(targetId, history.body.entries);
        finals.set(targetId, current.body.target);
      }
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    }, 20_000);

    it('answers every update with 200 (applied) or 409 (conflict), never anything else', () => {
      const statuses = edits.flatMap((edit) => edit.answers.map((answer) => answer.status));
      expect(statuses.length).toBeGreaterThanOrEqual(CLIENTS * UPDATES_PER_CLIENT);
      expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
      // The random base versions must give both outcomes, or the test proves little.
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(TARGETS);
      expect(statuses.filter((status) => status === 409).length).toBeGreaterThan(TARGETS);
    });

    it('applies an update only on the version it was based on, and a 409 carries a newer copy', () => {
      for (const edit of edits) {
        for (const answer of edit.answers) {
          if (answer.status === 200) {
            expect(answer.body.appliedVersion, edit.editId).toBe(edit.baseVersion + 1);
          } else {
            expect(answer.body.error).toBe('conflict');
            expect(answer.body.current?.id).toBe(edit.targetId);
            expect(answer.body.current?.version).not.toBe(edit.baseVersion);
          }
        }
      }
    });

    it('answers an edit sent twice at once the same way both times', () => {
      const duplicated = edits.filter((edit) => edit.answers.length === 2);
      expect(duplicated.length).toBeGreaterThan(0);
      for (const edit of duplicated) {
        const [first, second] = edit.answers as [ApiAnswer<UpdateAnswer>, ApiAnswer<UpdateAnswer>];
        expect(second.status, edit.editId).toBe(first.status);
        if (first.status === 200) expect(second.body.appliedVersion).toBe(first.body.appliedVersion);
      }
    });

    it('writes exactly one audit entry per applied edit, and none for a refused one', () => {
      const applied = edits.filter((edit) => edit.answers.some((answer) => answer.status === 200));
      const entries = [...histories.values()].flat();
      expect(entries).toHaveLength(applied.length);

      const entryByValue = new Map(entries.map((entry) => [changedValue(entry, 'metricStatus'), entry]));
      expect(entryByValue.size).toBe(entries.length);
      for (const edit of edits) {
        const entry = entryByValue.get(edit.metricStatus);
        if (edit.answers[0]?.status === 200) {
          expect(entry, `applied edit ${edit.editId} has no audit entry`).toBeDefined();
          expect(entry?.entityId).toBe(edit.targetId);
          expect(entry?.version).toBe(edit.answers[0].body.appliedVersion);
        } else {
          expect(entry, `refused edit ${edit.editId} has an audit entry`).toBeUndefined();
        }
      }
    });

    it('keeps each audit trail gapless, newest first, and ends it in the target as it is now', () => {
      for (const seeded of plan.targets) {
        const trail = histories.get(seeded.id) ?? [];
        const oldestFirst = [...trail].reverse();
        expect(
          oldestFirst.map((entry) => entry.version),
          seeded.id,
        ).toEqual(oldestFirst.map((_, index) => seeded.version + index + 1));

        // Replaying the applied changes in trail order over the seeded copy gives the final target: nothing lost.
        const replayed: Record<string, unknown> = { ...seeded };
        for (const entry of oldestFirst) {
          for (const change of entry.changes) replayed[change.field] = change.after;
        }
        const final = finals.get(seeded.id) as Target;
        expect(final.version).toBe(seeded.version + oldestFirst.length);
        expect({ metricStatus: final.metricStatus, status: final.status }).toEqual({
          metricStatus: replayed.metricStatus,
          status: replayed.status,
        });
      }
    });
  });
}
