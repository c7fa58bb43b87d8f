import { describe, expect, it } from 'vitest';
import type { ContractTarget } from './contract-target';
import { TARGET_1212 } from './endpoints';

/** Sessions as every carrier has them, whatever the way of signing in: who is signed in, signing out, made-up sessions. */
export function sessionContract(target: ContractTarget) {
  describe('sessions', () => {
    it('answers who is signed in', async () => {
      const session = await target.signIn('riikka-astrand');
      const current = await target.call('GET', '/api/session', { as: session });
      expect(current.status).toBe(200);
      expect(current.body).toMatchObject({ user: { id: 'riikka-astrand', name: 'Riikka Åstrand', role: 'responsible' }, expiresAt: expect.any(String) as unknown });
      expect(Date.parse(current.body.expiresAt as string)).toBeGreaterThan(Date.now());
    });

    it('answers 401 for GET /api/session without a session', async () => {
      expect((await target.call('GET', '/api/session', { as: null })).status).toBe(401);
    });

    it('forgets a session when its owner signs out, and only that one', async () => {
      const leaving = await target.signIn('katri-kalske');
      const staying = await target.signIn('katri-kalske');
      expect((await target.call('GET', '/api/plans', { as: leaving })).status).toBe(200);
      expect((await target.signOut(leaving)).status).toBe(200);
      expect((await target.call('GET', '/api/plans', { as: leaving })).status).toBe(401);
      expect((await target.call('GET', '/api/session', { as: leaving })).status).toBe(401);
      expect((await target.call('PATCH', TARGET_1212, { as: leaving, body: { baseVersion: 1, changes: { status: 'fully' } } })).status).toBe(401);
      expect((await target.call('GET', '/api/plans', { as: staying })).status).toBe(200);
    });

    it('refuses a made-up session with 401', async () => {
      const forged = target.forgedSession();
      expect((await target.call('GET', '/api/plans', { as: forged })).status).toBe(401);
      expect((await target.call('PATCH', TARGET_1212, { as: forged, body: { baseVersion: 1, changes: { status: 'fully' } } })).status).toBe(401);
    });

    it('lets two people work at once, each as themselves', async () => {
      const [riikka, maija] = await Promise.all([target.signIn('riikka-astrand'), target.signIn('maija-manageri')]);
      const [mine, theirs] = await Promise.all([
        target.call('GET', '/api/session', { as: riikka }),
        target.call('GET', '/api/session', { as: maija }),
      ]);
      expect(mine.body.user).toMatchObject({ id: 'riikka-astrand' });
      expect(theirs.body.user).toMatchObject({ id: 'maija-manageri' });
    });
  });
}
