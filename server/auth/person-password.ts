import type { ServerStorage } from '../storage/server-storage';
import { hashPassword } from './passwords';

/** The username a person signs in with: the one they already have, else their id (as the built-in people's). */
async function usernameOf(storage: ServerStorage, userId: string): Promise<string> {
  return (await storage.getCredentialByUserId(userId))?.username ?? userId;
}

/**
 * Gives an existing person a new password (checked by the caller) and answers the username they sign in with.
 * Their sessions end, except `keepSession` (an admin setting their own password stays signed in), so a reset
 * also shuts out whoever knew the old one. Throws UsernameTakenError when that username is another person's.
 */
export async function setPersonPassword(storage: ServerStorage, userId: string, password: string, keepSession: string | null = null): Promise<string> {
  // Hashed before the block: scrypt takes tens of milliseconds, and the block holds the database's write lock.
  const passwordHash = await hashPassword(password);
  return storage.atomically(async () => {
    const username = await usernameOf(storage, userId);
    await storage.putCredential({ userId, username, passwordHash });
    await storage.deleteUserSessions(userId, keepSession);
    return username;
  });
}
