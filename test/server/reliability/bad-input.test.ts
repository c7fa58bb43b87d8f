// Issue 7, reliability: what a careless or hostile client sends to the real server over HTTP. Oversized bodies are
// refused with 413, malformed JSON with 400, unknown fields with 422, and SQL-looking text is stored as plain text.
// (Which role may call which endpoint is the contract suite's scan, test/server/contract-*.)
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../../mocks/seed/users';
import type { Target } from '../../../src/domain/target';
import { ApiClient, type SpawnedServer } from '../spawn-server';
import { backendsUnderTest, type BackendDatabase } from './backends';
import { rawRequest, type RawRequest } from './raw-http';
import { changedValue, EDITOR, historyPath, PASSWORD, planOf, seededServer, targetPath, type HistoryAnswer, type UpdateAnswer } from './fixtures';

const MB = 1024 * 1024;
const MEASURE_PATH = '/api/measures/measure-91';
const ADMIN = demoUsers.find((user) => user.role === 'admin')?.id ?? 'anni-admin';

/** Text that would change the query if it were pasted into SQL instead of bound as a parameter. */
const SQL_LOOKING = [
  "Robert'); DROP TABLE targets; --",
  "' OR '1'='1",
  '1; DELETE FROM audit WHERE 1 = 1; --',
  "x' UNION SELECT password_hash FROM credentials --",
  "%' AND data::text LIKE '%",
  '$1 $$ ; -- /* */ " ` \\ \\\\',
];

const editBody = (baseVersion: number, changes: Record<string, unknown>) => ({ editId: randomUUID(), baseVersion, changes });

for (const { backend, skip } of backendsUnderTest()) {
  describe.skipIf(skip)(`bad input to the server on ${backend.name}`, () => {
    const plan = planOf(10);
    const [first, second, third] = plan.targets as [Target, Target, Target];
    let database: BackendDatabase;
    let server: SpawnedServer;
    let manager: ApiClient;

    const versionOf = async (targetId: string) => (await manager.get<{ target: Target }>(targetPath(targetId))).body.target.version;

    beforeAll(async () => {
      database = await backend.create();
      server = await seededServer(database, plan);
      manager = await ApiClient.signedIn(server.url, EDITOR, PASSWORD);
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    }, 20_000);

    describe('bodies over 1 MB', () => {
      const oversized = () => JSON.stringify(editBody(first.version, { metricStatus: 'x'.repeat(MB + 1) }));
      const patchFirst = (extra: Partial<RawRequest> = {}) =>
        rawRequest({
          url: server.url,
          method: 'PATCH',
          path: targetPath(first.id),
          headers: { ...manager.sessionHeaders(), 'Content-Type': 'application/json' },
          body: oversized(),
          ...extra,
        });

      it('refuses an oversized edit with 413 and leaves the target as it was', async () => {
        const answer = await patchFirst();
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.text)).toMatchObject({ error: 'payloadTooLarge' });
        expect(await versionOf(first.id)).toBe(first.version);
      });

      it('refuses an oversized body sent without a length (chunked) with 413', async () => {
        const answer = await patchFirst({ chunked: true });
        expect(answer.status).toBe(413);
        expect(await versionOf(first.id)).toBe(first.version);
      });

      it('refuses an oversized sign-in with 413 without a session', async () => {
        const body = JSON.stringify({ username: EDITOR, password: 'p'.repeat(MB + 1) });
        const answer = await rawRequest({ url: server.url, method: 'POST', path: '/api/session', headers: { 'Content-Type': 'application/json' }, body });
        expect(answer.status).toBe(413);
      });

      it('reads a body just under the limit and judges it by its content', async () => {
        const answer = await manager.call('PATCH', targetPath(first.id), JSON.stringify(editBody(1, { metricStatus: 'x'.repeat(MB - 1024) })));
        expect(answer.status).toBe(422);
      });

      // A refused body is not read, so the server may close the connection, but then it must say so
      // (Connection: close), or the client's next request on that kept-alive connection fails as a network error.
      it.each([false, true])('answers the next request on the same connection after a 413 (chunked: %s)', async (chunked) => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
          const refused = await patchFirst({ agent, chunked });
          expect(refused.status).toBe(413);
          const next = rawRequest({ url: server.url, method: 'GET', path: targetPath(first.id), headers: manager.sessionHeaders(), agent });
          await expect(next.then((answer) => answer.status)).resolves.toBe(200);
        } finally {
          agent.destroy();
        }
      });
    });

    describe('malformed JSON', () => {
      const malformed = ['{"baseVersion": 1, "changes": {', '', 'not json', '{"baseVersion": 1}}', "{'baseVersion': 1}"];

      it.each([
        { method: 'PATCH', what: 'a target', path: () => targetPath(first.id) },
        { method: 'PATCH', what: 'a measure', path: () => MEASURE_PATH },
        { method: 'POST', what: 'a new theme', path: () => `/api/plans/${plan.plan.id}/themes` },
        { method: 'POST', what: 'a review', path: () => `/api/targets/${first.id}/review` },
      ])('answers $method of $what with 400 and changes nothing', async ({ method, path }) => {
        for (const body of malformed) {
          const answer = await manager.call<{ error: string }>(method, path(), body);
          expect(answer.status, `${JSON.stringify(body)} → ${JSON.stringify(answer.body)}`).toBe(400);
          expect(answer.body.error).toBe('badRequest');
        }
        expect(await versionOf(first.id)).toBe(first.version);
      });

      it('answers a malformed sign-in with 400', async () => {
        const response = await fetch(`${server.url}/api/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"username": "maija-manageri", "password": ',
        });
        expect(response.status).toBe(400);
      });
    });

    describe('unknown fields', () => {
      it('refuses an unknown field among the changes with 422 naming it', async () => {
        const answer = await manager.patch<{ fieldErrors: { field: string; code: string }[] }>(
          targetPath(second.id),
          editBody(second.version, { metricStatus: 'ok', priority: 'high' }),
        );
        expect(answer.status).toBe(422);
        expect(answer.body.fieldErrors).toContainEqual(expect.objectContaining({ field: 'priority', code: 'unknownField' }));
        expect(await versionOf(second.id)).toBe(second.version);
      });

      it('refuses changes to fields only the server sets with 422', async () => {
        for (const changes of [{ version: 99 }, { planId: 'another-plan' }, { updatedBy: 'Someone Else' }, { id: 'x' }]) {
          const answer = await manager.patch(targetPath(second.id), editBody(second.version, changes));
          expect(answer.status, JSON.stringify(changes)).toBe(422);
        }
        expect(await versionOf(second.id)).toBe(second.version);
      });

      it('refuses an unknown field beside the changes with 422', async () => {
        const answer = await manager.patch(targetPath(second.id), { ...editBody(second.version, { metricStatus: 'ok' }), approved: true });
        expect(answer.status, JSON.stringify(answer.body).slice(0, 200)).toBe(422);
        expect(await versionOf(second.id)).toBe(second.version);
      });

      it("refuses an unknown field among a measure's changes with 422", async () => {
        const measure = await manager.get<{ item: { version: number } }>(MEASURE_PATH);
        const answer = await manager.patch(MEASURE_PATH, editBody(measure.body.item.version, { description: 'ok', secret: 1 }));
        expect(answer.status).toBe(422);
      });

      it("refuses an unknown field beside a measure's changes with 422", async () => {
        const measure = await manager.get<{ item: { version: number } }>(MEASURE_PATH);
        const answer = await manager.patch(MEASURE_PATH, { ...editBody(measure.body.item.version, { description: 'ok' }), force: true });
        expect(answer.status, JSON.stringify(answer.body).slice(0, 200)).toBe(422);
      });

      it('refuses an unknown field in a sign-in (400, saying no more than a wrong password would)', async () => {
        const response = await fetch(`${server.url}/api/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: ADMIN, password: PASSWORD, role: 'admin' }),
        });
        expect(response.status).toBe(400);
      });
    });

    describe('SQL-looking text', () => {
      it('stores it as text, exactly as sent, and shows it in the history', async () => {
        const [title, metricStatus, keyActions, person, baseline, metric] = SQL_LOOKING as [string, string, string, string, string, string];
        const changes = { title, metricStatus, keyActions, responsiblePersons: [person, 'Maija Manageri'], baseline, metric };
        const editId = "'; DROP TABLE applied_edits; --";
        const answer = await manager.patch<UpdateAnswer>(targetPath(third.id), { editId, baseVersion: third.version, changes });
        expect(answer.status).toBe(200);

        const stored = (await manager.get<{ target: Target }>(targetPath(third.id))).body.target;
        expect(stored).toMatchObject({ ...changes, version: third.version + 1 });
        const listed = await manager.get<{ targets: Target[] }>(`/api/plans/${plan.plan.id}/targets`);
        expect(listed.body.targets).toHaveLength(plan.targets.length);
        expect(listed.body.targets.find((target) => target.id === third.id)).toMatchObject(changes);
        const history = await manager.get<HistoryAnswer>(historyPath(third.id));
        expect(changedValue(history.body.entries[0] as HistoryAnswer['entries'][number], 'title')).toBe(title);

        // The edit id is text too: the resend is recognised, not applied again.
        const resent = await manager.patch<UpdateAnswer>(targetPath(third.id), { editId, baseVersion: third.version, changes });
        expect(resent.status).toBe(200);
        expect(resent.body.appliedVersion).toBe(third.version + 1);
        expect(await versionOf(third.id)).toBe(third.version + 1);
      });

      it('treats SQL-looking ids in the address as ids that do not exist', async () => {
        for (const id of ["' OR '1'='1", `${first.id}' --`, '1; DROP TABLE targets']) {
          expect((await manager.get(targetPath(id))).status).toBe(404);
          expect((await manager.get(`/api/plans/${encodeURIComponent(id)}/targets`)).status).toBe(404);
          expect((await manager.patch(targetPath(id), editBody(1, { metricStatus: 'x' }))).status).toBe(404);
        }
        expect((await manager.get<{ targets: Target[] }>(`/api/plans/${plan.plan.id}/targets`)).body.targets).toHaveLength(plan.targets.length);
      });

      it('does not sign anyone in with an SQL-looking username or password', async () => {
        for (const [username, password] of [
          ["' OR '1'='1' --", 'anything-long-enough'],
          [EDITOR, "' OR '1'='1' --"],
          [`${EDITOR}' --`, 'anything-long-enough'],
        ]) {
          const response = await fetch(`${server.url}/api/session`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username, password }),
          });
          expect(response.status, username).toBe(401);
        }
      });
    });
  });
}
