import type { ServiceStorage } from '../../mocks/service/storage';

/** A person's sign-in name and password hash; the hash's format is the auth layer's business. */
export interface Credential {
  userId: string;
  username: string;
  passwordHash: string;
}

/**
 * The real server's store: the service's storage plus what only a real server keeps (credentials), on SQLite or
 * PostgreSQL. Behaves like the memory store (mocks/storage/memory-storage.ts): copies returned, lists in insertion
 * order, audit and reviews oldest first. `reset` keeps the credentials of the people who are still in the new list.
 */
export interface ServerStorage extends ServiceStorage {
  /** The username is compared case-insensitively. */
  getCredentialByUsername(username: string): Promise<Credential | undefined>;
  getCredentialByUserId(userId: string): Promise<Credential | undefined>;
  /** Inserts or replaces by userId; the user must exist. Throws UsernameTakenError when another person has the name. */
  putCredential(credential: Credential): Promise<void>;
  /** Removes sessions that expired before `now` (ISO date-time); returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
  /** Removes a person's sessions, all but `keepToken` when it is given; returns how many. */
  deleteUserSessions(userId: string, keepToken: string | null): Promise<number>;
  /** A number that grows with every change to any plan, theme, goal or target (from any server process). */
  dataRevision(): Promise<number>;
  /** No plans and no users: a new database, to be seeded. */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
  readonly kind: 'sqlite' | 'postgres';
}

/** Another person already signs in with this username (compared case-insensitively). */
export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`The username "${username}" is already in use.`);
    this.name = 'UsernameTakenError';
  }
}

/** The form a username is compared in: Unicode-normalised and lower-cased, the same in both databases. */
export function usernameKey(username: string): string {
  return username.normalize('NFC').toLowerCase();
}

/** The same error the memory store throws when a theme, goal or target names a plan that does not exist. */
export function noPlanError(planId: string): Error {
  return new Error(`No plan ${planId}`);
}

/** Row fields of a credential, as both databases store them. */
export interface CredentialRow {
  user_id: string;
  username: string;
  password_hash: string;
}

export const credentialFromRow = (row: CredentialRow): Credential => ({
  userId: row.user_id,
  username: row.username,
  passwordHash: row.password_hash,
});
