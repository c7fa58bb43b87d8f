import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { CSRF_HEADER } from '../../src/api/contract';
import { serverAccount } from './sign-in';

/**
 * The real server's API as another computer sees it: a session of its own (cookie and CSRF token),
 * opened by signing `person` in with their password, with no browser and no local copy in between.
 */
export interface ServerSession {
  get: <Body>(path: string) => Promise<Body>;
  /** A write with the session's CSRF token; answers the status and JSON body. */
  send: <Body>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, data: unknown) => Promise<{ status: number; body: Body }>;
  close: () => Promise<void>;
}

export async function openServerSession(person: string): Promise<ServerSession> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('The project has no baseURL');
  const api: APIRequestContext = await request.newContext({ baseURL });
  const signedIn = await api.post('/api/session', { data: serverAccount(person) });
  expect(signedIn.status(), `signing in ${person} to the server`).toBe(201);
  // The session answer's token is the CSRF token that pairs with the cookie (server/auth/session-cookie.ts).
  const { token } = (await signedIn.json()) as { token: string };
  return {
    async get<Body>(path: string) {
      const response = await api.get(path);
      expect(response.status(), `GET ${path}`).toBe(200);
      return (await response.json()) as Body;
    },
    async send<Body>(method: string, path: string, data: unknown) {
      const response = await api.fetch(path, { method, data, headers: { [CSRF_HEADER]: token } });
      return { status: response.status(), body: (await response.json()) as Body };
    },
    close: () => api.dispose(),
  };
}

/** Reads one path of the server's API in a session of `person`'s own, then closes it. */
export async function readFromServer<Body>(person: string, path: string): Promise<Body> {
  const session = await openServerSession(person);
  try {
    return await session.get<Body>(path);
  } finally {
    await session.close();
  }
}
