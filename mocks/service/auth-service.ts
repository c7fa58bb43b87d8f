import { sessionRequestSchema, type SessionResponse } from '../../src/api/contract';
import type { User } from '../../src/domain/user';
import { failure, ok, type ApiResult } from './api-result';
import type { ServiceStorage } from './storage';

/** How long a demo session lasts: long enough for offline work over a holiday. */
export const SESSION_DAYS = 30;

export type Authentication = { actor: User } | { refusal: ApiResult };

const unauthorized = () => failure(401, 'unauthorized', 'Et ole kirjautunut sisään tai istuntosi on vanhentunut. Kirjaudu sisään.');

/** Sessions: signing in as one of the demo's people, and checking the bearer token of every request. */
export function createAuthService(storage: ServiceStorage, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());

  return {
    async listUsers(): Promise<ApiResult> {
      const users = await storage.listUsers();
      return ok({ users });
    },

    async signIn(body: unknown): Promise<ApiResult<SessionResponse> | ApiResult> {
      const parsed = sessionRequestSchema.safeParse(body);
      if (!parsed.success) return failure(400, 'badRequest', 'Valitse henkilö, jona kirjaudut sisään.');
      const user = await storage.getUser(parsed.data.userId);
      if (!user) return failure(401, 'unknownUser', 'Tällaista käyttäjää ei ole. Valitse henkilö luettelosta.');
      const createdAt = now();
      const expiresAt = new Date(createdAt.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000).toISOString();
      const token = crypto.randomUUID();
      await storage.putSession({ token, userId: user.id, createdAt: createdAt.toISOString(), expiresAt });
      return { status: 201, body: { token, user, expiresAt } };
    },

    async signOut(authorization: string | null): Promise<ApiResult> {
      const token = bearerToken(authorization);
      if (token) await storage.deleteSession(token);
      return ok({ signedOut: true });
    },

    async currentSession(authorization: string | null): Promise<ApiResult> {
      const token = bearerToken(authorization);
      const session = token ? await storage.getSession(token) : undefined;
      const authentication = await this.authenticate(authorization);
      if ('refusal' in authentication || !session) return unauthorized();
      return ok({ user: authentication.actor, expiresAt: session.expiresAt });
    },

    /** The person behind the request's bearer token, or a 401 answer. */
    async authenticate(authorization: string | null): Promise<Authentication> {
      const token = bearerToken(authorization);
      if (!token) return { refusal: unauthorized() };
      const session = await storage.getSession(token);
      if (!session || Date.parse(session.expiresAt) <= now().getTime()) return { refusal: unauthorized() };
      const user = await storage.getUser(session.userId);
      return user ? { actor: user } : { refusal: unauthorized() };
    },
  };
}

function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

export type AuthService = ReturnType<typeof createAuthService>;

/** 403 with a sentence saying what the role does not allow. */
export const forbidden = (what: string) => failure(403, 'forbidden', `Sinulla ei ole oikeutta: ${what}.`);
