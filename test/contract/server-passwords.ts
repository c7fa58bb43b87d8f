import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../server/auth/session-cookie';
import { adminPaths } from '../../src/api/contract-admin';
import { MEASURE, PEOPLE } from './endpoints';
import { DEMO_PASSWORD, type ServerContractTarget } from './server-target';

const { admin, manager, responsible } = PEOPLE;
const KATRI = 'katri-kalske';
const NEW_PASSWORD = 'uusi pitkä salasana 2026';
const katrisPassword = adminPaths.userPassword(KATRI);

/** PUT /api/admin/users/:id/password: an admin sets a person's password on the real server (the demo has none). */
export function adminPasswordContract(target: ServerContractTarget) {
  describe(`setting passwords on ${target.name}`, () => {
    beforeEach(() => target.reset());
    // Checking that an old password fails counts against this address in the sign-in limiter: start the next file afresh.
    afterAll(() => target.restart());
    const katriStillSignsInWithTheOldPassword = async () => expect((await target.signInWithPassword(KATRI, DEMO_PASSWORD)).status).toBe(201);

    it('lets an admin set a password: the person signs in with it, not the old one, and their sessions end', async () => {
      const katrisOldSession = await target.signIn(KATRI);
      const answer = await target.call('PUT', katrisPassword, { as: admin, body: { password: NEW_PASSWORD } });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body).toEqual({ username: KATRI });
      expect((await target.signInWithPassword(KATRI, NEW_PASSWORD)).status).toBe(201);
      expect((await target.signInWithPassword(KATRI, DEMO_PASSWORD)).status).toBe(401);
      expect((await target.call('GET', MEASURE, { as: katrisOldSession })).status).toBe(401);
      expect((await target.call('GET', MEASURE, { as: admin })).status).toBe(200);
    });

    it('keeps the admin signed in when they set their own password, and ends their other sessions', async () => {
      const otherDevice = await target.signIn(admin);
      const answer = await target.call('PUT', adminPaths.userPassword(admin), { as: admin, body: { password: NEW_PASSWORD } });
      expect(answer).toMatchObject({ status: 200, body: { username: admin } });
      expect((await target.call('GET', MEASURE, { as: admin })).status).toBe(200);
      expect((await target.call('GET', MEASURE, { as: otherDevice })).status).toBe(401);
    });

    it.each([manager, responsible])('refuses %s with 403, and changes nothing', async (who) => {
      const answer = await target.call('PUT', katrisPassword, { as: who, body: { password: NEW_PASSWORD } });
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/oikeutta/) as unknown });
      await katriStillSignsInWithTheOldPassword();
    });

    it('refuses a call without a session with 401', async () => {
      const answer = await target.call('PUT', katrisPassword, { as: null, body: { password: NEW_PASSWORD } });
      expect(answer).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
      await katriStillSignsInWithTheOldPassword();
    });

    it('refuses the admin’s call without the CSRF token with 403', async () => {
      const answer = await target.call('PUT', katrisPassword, { as: admin, body: { password: NEW_PASSWORD }, headers: { [CSRF_HEADER]: null } });
      expect(answer).toMatchObject({ status: 403, body: { error: 'csrf' } });
      await katriStillSignsInWithTheOldPassword();
    });

    it('refuses a short password with 422, saying why, and changes nothing', async () => {
      const answer = await target.call('PUT', katrisPassword, { as: admin, body: { password: 'lyhyt' } });
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual({
        error: 'validation',
        message: 'Salasanassa on oltava vähintään 12 merkkiä.',
        fieldErrors: [{ field: 'password', code: 'tooShort', limit: 12 }],
      });
      await katriStillSignsInWithTheOldPassword();
    });

    it('refuses an unknown field with 422 and a body that is not JSON with 400', async () => {
      const extra = await target.call('PUT', katrisPassword, { as: admin, body: { password: NEW_PASSWORD, username: 'katri' } });
      expect(extra.status).toBe(422);
      expect(extra.body).toMatchObject({ error: 'validation', fieldErrors: [{ field: 'username', code: 'unknownField' }] });
      expect((await target.call('PUT', katrisPassword, { as: admin, rawBody: 'password=x' })).status).toBe(400);
      await katriStillSignsInWithTheOldPassword();
    });

    it('answers 404 for a person who does not exist', async () => {
      const answer = await target.call('PUT', adminPaths.userPassword('ei-ketaan'), { as: admin, body: { password: NEW_PASSWORD } });
      expect(answer).toMatchObject({ status: 404, body: { error: 'notFound' } });
      expect((await target.signInWithPassword('ei-ketaan', NEW_PASSWORD)).status).toBe(401);
    });
  });
}
