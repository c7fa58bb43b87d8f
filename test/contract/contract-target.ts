/**
 * What the contract suite (test/contract) needs from a carrier of the API: the MSW handlers, or the real
 * server on SQLite or PostgreSQL. Each carrier signs people in its own way (demo: a bearer token for a
 * person's id; real server: username + password → HTTP-only cookie and a CSRF token); the suite only says who.
 */

/** A signed-in session: the headers that show it on a request (Authorization, or Cookie + X-CSRF-Token). */
export interface ContractSession {
  userId: string;
  headers: Readonly<Record<string, string>>;
}

export interface ContractCall {
  /** A demo person's id (a cached session of theirs), a particular session, or null for no session at all. */
  as: string | ContractSession | null;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with Content-Type: application/json (for malformed and oversized bodies). */
  rawBody?: string;
  /** Added to the request last; null leaves a header out (e.g. the session's X-CSRF-Token). */
  headers?: Readonly<Record<string, string | null>>;
}

export interface ContractAnswer {
  status: number;
  /** The JSON body, or {} when the answer had none or it was not JSON (see `text`). */
  body: Record<string, unknown>;
  headers: Headers;
  text: string;
}

export interface ContractTarget {
  /** Shown in the test names: "MSW", "server on SQLite", "server on PostgreSQL". */
  readonly name: string;
  readonly kind: 'msw' | 'server';
  call(method: string, path: string, options: ContractCall): Promise<ContractAnswer>;
  /** A new session for `userId`, signed in the carrier's own way (not the cached one `as: userId` uses). */
  signIn(userId: string): Promise<ContractSession>;
  signOut(session: ContractSession): Promise<ContractAnswer>;
  /** A session nobody signed in: a made-up token in the carrier's own form. */
  forgedSession(): ContractSession;
  /** Back to the built-in dataset and its people; every edit, session and cached session is dropped. */
  reset(): Promise<void>;
}

/** Reads an answer whether or not its body is JSON. */
export async function toAnswer(response: Response): Promise<ContractAnswer> {
  const text = await response.text();
  let body: Record<string, unknown> = {};
  if (text !== '') {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      // Not JSON: the caller reads `text`.
    }
  }
  return { status: response.status, body, headers: response.headers, text };
}

/** The request a client would send: JSON in and out, the session's headers, then the call's own headers. */
export function requestInit(method: string, session: ContractSession | null, call: ContractCall): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const hasBody = call.body !== undefined || call.rawBody !== undefined;
  if (hasBody) headers['Content-Type'] = 'application/json';
  Object.assign(headers, session?.headers ?? {});
  for (const [name, value] of Object.entries(call.headers ?? {})) {
    const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing) delete headers[existing];
    if (value !== null) headers[name] = value;
  }
  return { method, headers, body: call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body)) };
}

/** Sessions by person, kept until the next reset so a test signs each person in once. */
export function sessionCache(signIn: (userId: string) => Promise<ContractSession>) {
  const sessions = new Map<string, Promise<ContractSession>>();
  return {
    get(userId: string): Promise<ContractSession> {
      let session = sessions.get(userId);
      if (!session) {
        session = signIn(userId);
        sessions.set(userId, session);
        // A failed sign-in is not remembered: the next call tries again and reports its own error.
        session.catch(() => sessions.delete(userId));
      }
      return session;
    },
    clear: () => sessions.clear(),
  };
}

export const sessionOf = (as: ContractCall['as'], cached: (userId: string) => Promise<ContractSession>) =>
  as === null ? Promise.resolve(null) : typeof as === 'string' ? cached(as) : Promise.resolve(as);
