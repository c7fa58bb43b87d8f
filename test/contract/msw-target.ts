import { resetTestServer, testSessionFor } from '../../mocks/node';
import { requestInit, sessionCache, sessionOf, toAnswer, type ContractSession, type ContractTarget } from './contract-target';

const bearer = (userId: string, token: string): ContractSession => ({ userId, headers: { Authorization: `Bearer ${token}` } });

/**
 * The demo API's MSW handlers, as the test server of the `components` project (test/setup.ts) answers them:
 * a real fetch to this page's origin, signed in with a bearer token of a demo person.
 */
export function createMswTarget(): ContractTarget {
  const origin = () => globalThis.location?.origin ?? 'http://localhost';
  const cached = sessionCache(async (userId) => bearer(userId, await testSessionFor(userId)));
  const target: ContractTarget = {
    name: 'MSW',
    kind: 'msw',
    async call(method, path, call) {
      const session = await sessionOf(call.as, cached.get);
      return toAnswer(await fetch(new URL(path, origin()), requestInit(method, session, call)));
    },
    async signIn(userId) {
      // The demo's own sign-in: pick a person, get a bearer token.
      const answer = await target.call('POST', '/api/session', { as: null, body: { userId } });
      if (answer.status !== 201) throw new Error(`MSW: no session for ${userId}: ${answer.status} ${answer.text}`);
      return bearer(userId, answer.body.token as string);
    },
    signOut: (session) => target.call('DELETE', '/api/session', { as: session }),
    forgedSession: () => bearer('nobody', 'made-up-token'),
    async reset() {
      cached.clear();
      await resetTestServer();
    },
  };
  return target;
}
