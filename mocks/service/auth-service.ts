import { sessionRequestSchema, type SessionResponse } from '../../src/api/contract';
import type { User } from '../../src/domain/user';
import { failure, ok, type ApiResult } from './api-result';
import type { ServiceStorage } from './storage';

/** How long a demo session lasts: long enough for offline work over a holiday. */
export const SESSION_DAYS = 30;

export type Authentication = { actor: User } | { refusal: ApiResult };

export const unauthorized = () => failure(401, 'unauthorized', 'Et ole kirjautunut sisään tai istuntosi on vanhentunut. Kirjaudu sisään.');

/** Sessions: signing in as one of the demo's people, and checking the bearer token of every request. */
export function createAuthService(storage: ServiceStorage, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());

  /** Opens a session for `user` (checked by the caller): a random token, valid for SESSION_DAYS. */
  async function startSession(user: User): Promise<{ token: string; expiresAt: string }> {
    const createdAt = now();
    const expiresAt = new Date(createdAt.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000).toISOString();
    const token = randomToken();
    await storage.putSession({ token, userId: user.id, createdAt: createdAt.toISOString(), expiresAt });
    return { token, expiresAt };
  }

  async function endSession(token: string | null): Promise<void> {
    if (token) await storage.deleteSession(token);
  }

  /** The person and expiry of a session token, or a 401 answer when it is missing, unknown or expired. */
  async function sessionOf(token: string | null): Promise<{ actor: User; expiresAt: string } | { refusal: ApiResult }> {
    if (!token) return { refusal: unauthorized() };
    const session = await storage.getSession(token);
    if (!session || Date.parse(session.expiresAt) <= now().getTime()) return { refusal: unauthorized() };
    const user = await storage.getUser(session.userId);
    return user ? { actor: user, expiresAt: session.expiresAt } : { refusal: unauthorized() };
  }

  return {
    startSession,
    endSession,
    sessionOf,

    async listUsers(): Promise<ApiResult> {
      const users = await storage.listUsers();
      return ok({ users });
    },

    async signIn(body: unknown): Promise<ApiResult<SessionResponse> | ApiResult> {
      const parsed = sessionRequestSchema.safeParse(body);
      if (!parsed.success) return failure(400, 'badRequest', 'Valitse henkilö, jona kirjaudut sisään.');
      const user = await storage.getUser(parsed.data.userId);
      if (!user) return failure(401, 'unknownUser', 'Tällaista käyttäjää ei ole. Valitse henkilö luettelosta.');
      const { token, expiresAt } = await startSession(user);
      return { status: 201, body: { token, user, expiresAt } };
    },

    async signOut(authorization: string | null): Promise<ApiResult> {
      await endSession(bearerToken(authorization));
      return ok({ signedOut: true });
    },

    async currentSession(authorization: string | null): Promise<ApiResult> {
      const session = await sessionOf(bearerToken(authorization));
      return 'refusal' in session ? session.refusal : ok({ user: session.actor, expiresAt: session.expiresAt });
    },

    /** The person behind the request's bearer token, or a 401 answer. */
    authenticate: (authorization: string | null): Promise<Authentication> => sessionOf(bearerToken(authorization)),
  };
}

/** 256 random bits, URL-safe: a session token nobody can guess. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

export type AuthService = ReturnType<typeof createAuthService>;

/** 403 with a sentence saying what the role does not allow. */
export const forbidden = (what: string) => failure(403, 'forbidden', `Sinulla ei ole oikeutta: ${what}.`);
