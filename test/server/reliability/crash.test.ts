// Issue 7, reliability: the server process is killed (SIGKILL, no clean shutdown) in the middle of a write load and
// started again on the same database. Nothing it confirmed is lost, nothing is half-written, and a resent edit is not
// applied a second time.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/domain/audit';
import type { Target } from '../../../src/domain/target';
import { ApiClient, spawnServer, type ApiAnswer, type SpawnedServer } from '../spawn-server';
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
  targetPath,
  type HistoryAnswer,
  type UpdateAnswer,
} from './fixtures';

const WRITERS = 8;
const TARGETS = 40;
/** The kill comes at a random moment after this many confirmed edits (or after the time limit). */
const MIN_CONFIRMED_BEFORE_KILL = 120;
const MAX_LOAD_MS = 10_000;

interface SentEdit {
  editId: string;
  targetId: string;
  body: { editId: string; baseVersion: number; changes: { metricStatus: string } };
  /** The answer, or undefined when the connection broke before one came (it may or may not have been applied). */
  answer?: ApiAnswer<UpdateAnswer>;
}

const confirmed = (edit: SentEdit) => edit.answer !== undefined && edit.answer.status >= 200 && edit.answer.status < 300;
const unanswered = (edit: SentEdit) => edit.answer === undefined;

/** Writers that keep editing (from the version they last saw) until the connection breaks. */
async function writeUntilCrash(clients: ApiClient[], targetIds: readonly string[], onConfirmed: () => void): Promise<SentEdit[]> {
  const sent: SentEdit[] = [];
  await Promise.all(
    clients.map(async (client, writer) => {
      const seen = new Map<string, number>();
      for (let i = 0; ; i++) {
        const targetId = pickOne(targetIds);
        const editId = randomUUID();
        const edit: SentEdit = {
          editId,
          targetId,
          body: { editId, baseVersion: seen.get(targetId) ?? 1, changes: { metricStatus: `writer ${writer} edit ${i} (${editId})` } },
        };
        sent.push(edit);
        try {
          edit.answer = await client.patch<UpdateAnswer>(targetPath(targetId), edit.body);
        } catch {
          return; // The server is gone: this writer stops, its last edit unanswered.
        }
        const version = edit.answer.body.target?.version ?? edit.answer.body.current?.version;
        if (version) seen.set(targetId, version);
        if (confirmed(edit)) onConfirmed();
      }
    }),
  );
  return sent;
}

for (const { backend, skip } of backendsUnderTest()) {
  describe.skipIf(skip)(`a server killed during writes on ${backend.name}`, () => {
    const plan = planOf(TARGETS);
    const targetIds = plan.targets.map((target) => target.id);
    let database: BackendDatabase;
    let restarted: SpawnedServer | undefined;
    let reader: ApiClient;
    let sent: SentEdit[] = [];
    let killOutput = '';
    const trails = new Map<string, AuditEntry[]>();
    const afterRestart = new Map<string, Target>();

    const readState = async () => {
      const state = { trails: new Map<string, AuditEntry[]>(), targets: new Map<string, Target>() };
      for (const targetId of targetIds) {
        const history = await reader.get<HistoryAnswer>(historyPath(targetId));
        const current = await reader.get<{ target: Target }>(targetPath(targetId));
        expect([history.status, current.status]).toEqual([200, 200]);
        state.trails.set(targetId, [...history.body.entries].reverse());
        state.targets.set(targetId, current.body.target);
      }
      return state;
    };

    beforeAll(async () => {
      database = await backend.create();
      const first = await seededServer(database, plan);
      const clients = await Promise.all(Array.from({ length: WRITERS }, () => ApiClient.signedIn(first.url, EDITOR, PASSWORD)));

      // Kill at a random moment once enough edits are confirmed, while every writer has a request in flight
      // (a timer rather than an answer's arrival, so the kill can fall between a commit and its answer).
      let confirmedCount = 0;
      let killing: Promise<void> | undefined;
      const kill = () => {
        killing ??= first.kill('SIGKILL');
      };
      const timeLimit = setTimeout(kill, MAX_LOAD_MS);
      sent = await writeUntilCrash(clients, targetIds, () => {
        confirmedCount += 1;
        if (confirmedCount === MIN_CONFIRMED_BEFORE_KILL) setTimeout(kill, randomInt(0, 200));
      });
      clearTimeout(timeLimit);
      await killing;
      killOutput = first.output();

      restarted = await spawnServer(database);
      reader = await ApiClient.signedIn(restarted.url, EDITOR, PASSWORD);
      const state = await readState();
      for (const [id, trail] of state.trails) trails.set(id, trail);
      for (const [id, target] of state.targets) afterRestart.set(id, target);

      const values = new Set([...trails.values()].flat().map((entry) => changedValue(entry, 'metricStatus')));
      const inFlight = sent.filter(unanswered);
      console.info(
        `crash test on ${backend.name}: ${sent.filter(confirmed).length} edits confirmed and ${sent.filter((edit) => edit.answer?.status === 409).length} ` +
          `refused before the kill; ${inFlight.length} in flight, of which ${inFlight.filter((edit) => values.has(edit.body.changes.metricStatus)).length} ` +
          'had been committed',
      );
    }, 60_000);

    afterAll(async () => {
      await restarted?.stop();
      await database?.drop();
    }, 20_000);

    it('was killed in the middle of the load', () => {
      expect(sent.filter(confirmed).length, killOutput).toBeGreaterThanOrEqual(MIN_CONFIRMED_BEFORE_KILL);
      expect(sent.filter(unanswered).length).toBeGreaterThan(0);
      expect(sent.every((edit) => unanswered(edit) || edit.answer?.status === 200 || edit.answer?.status === 409)).toBe(true);
    });

    it('keeps every edit it confirmed, with the version it confirmed', () => {
      const entryOf = new Map([...trails.values()].flat().map((entry) => [changedValue(entry, 'metricStatus'), entry]));
      for (const edit of sent.filter(confirmed)) {
        const entry = entryOf.get(edit.body.changes.metricStatus);
        expect(entry, `confirmed edit ${edit.editId} is missing after the restart`).toBeDefined();
        expect(entry?.entityId).toBe(edit.targetId);
        expect(entry?.version).toBe(edit.answer?.body.appliedVersion);
      }
    });

    it('has no half-applied edit: each target is the end of its gapless audit trail', () => {
      const sentValues = new Set(sent.filter((edit) => confirmed(edit) || unanswered(edit)).map((edit) => edit.body.changes.metricStatus));
      for (const seeded of plan.targets) {
        const trail = trails.get(seeded.id) ?? [];
        const target = afterRestart.get(seeded.id) as Target;
        expect(trail.map((entry) => entry.version)).toEqual(trail.map((_, index) => seeded.version + index + 1));
        expect(target.version, seeded.id).toBe(seeded.version + trail.length);
        expect(target.metricStatus).toBe(trail.length ? changedValue(trail[trail.length - 1] as AuditEntry, 'metricStatus') : seeded.metricStatus);
        // Every entry is an edit that was confirmed or still in flight at the kill, never a refused one.
        for (const entry of trail) expect(sentValues.has(changedValue(entry, 'metricStatus') as string)).toBe(true);
      }
    });

    it('answers a resent confirmed edit as applied before, without applying it again', async () => {
      const resends = sent.filter(confirmed);
      const answers = await Promise.all(resends.map((edit) => reader.patch<UpdateAnswer>(targetPath(edit.targetId), edit.body)));
      answers.forEach((answer, index) => {
        expect(answer.status).toBe(200);
        expect(answer.body.appliedVersion).toBe(resends[index]?.answer?.body.appliedVersion);
      });
      const now = await readState();
      for (const targetId of targetIds) {
        expect(now.targets.get(targetId)?.version, targetId).toBe(afterRestart.get(targetId)?.version);
        expect(now.trails.get(targetId)).toHaveLength(trails.get(targetId)?.length ?? 0);
      }
    });

    it('applies an edit that was in flight at the kill at most once when it is resent', async () => {
      const inFlight = sent.filter(unanswered);
      const trailValues = new Map([...trails.values()].flat().map((entry) => [changedValue(entry, 'metricStatus'), entry]));
      for (const edit of inFlight) {
        const answer = await reader.patch<UpdateAnswer>(targetPath(edit.targetId), edit.body);
        const committedBefore = trailValues.get(edit.body.changes.metricStatus);
        if (committedBefore) {
          // Committed just before the kill, answer lost: the resend is recognised by its editId.
          expect(answer.status).toBe(200);
          expect(answer.body.appliedVersion).toBe(committedBefore.version);
        } else {
          // Never committed: it is a new edit now, applied if its base version is still current.
          expect([200, 409]).toContain(answer.status);
        }
      }
      const now = await readState();
      const values = [...now.trails.values()].flat().map((entry) => changedValue(entry, 'metricStatus'));
      expect(new Set(values).size).toBe(values.length);
    });
  });
}
