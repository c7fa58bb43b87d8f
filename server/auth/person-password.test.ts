import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoUsers } from '../../mocks/seed/users';
import { openSqliteStorage, type SqliteServerStorage } from '../storage/sqlite-storage';
import { UsernameTakenError } from '../storage/server-storage';
import { verifyPassword } from './passwords';
import { setPersonPassword } from './person-password';

const NEW_PASSWORD = 'uusi pitkä salasana';
const session = (token: string, userId: string) => ({ token, userId, createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z' });

describe('setting a person’s password', () => {
  let folder: string;
  let storage: SqliteServerStorage;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tavoitevahti-person-password-'));
    storage = openSqliteStorage(join(folder, 'store.sqlite'));
    await storage.reset([], {}, demoUsers);
  });
  afterEach(async () => {
    await storage.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the username a person already has, and gives one without a username their id', async () => {
    await storage.putCredential({ userId: 'katri-kalske', username: 'Katri', passwordHash: 'old' });
    expect(await setPersonPassword(storage, 'katri-kalske', NEW_PASSWORD)).toBe('Katri');
    expect(await setPersonPassword(storage, 'timo-aronkyto', NEW_PASSWORD)).toBe('timo-aronkyto');
    const katri = await storage.getCredentialByUsername('katri');
    expect(katri?.userId).toBe('katri-kalske');
    expect(await verifyPassword(NEW_PASSWORD, katri?.passwordHash ?? '')).toBe(true);
    expect((await storage.getCredentialByUserId('timo-aronkyto'))?.username).toBe('timo-aronkyto');
  });

  it('ends the person’s sessions except the one to keep, and nobody else’s', async () => {
    for (const token of ['katri-phone', 'katri-laptop']) await storage.putSession(session(token, 'katri-kalske'));
    await storage.putSession(session('anni', 'anni-admin'));
    await setPersonPassword(storage, 'katri-kalske', NEW_PASSWORD, 'katri-laptop');
    expect(await storage.getSession('katri-phone')).toBeUndefined();
    expect(await storage.getSession('katri-laptop')).toBeDefined();
    expect(await storage.getSession('anni')).toBeDefined();
  });

  it('changes nothing when the person’s id is already another person’s username', async () => {
    await storage.putCredential({ userId: 'anni-admin', username: 'katri-kalske', passwordHash: 'anni' });
    await storage.putSession(session('katri', 'katri-kalske'));
    await expect(setPersonPassword(storage, 'katri-kalske', NEW_PASSWORD)).rejects.toBeInstanceOf(UsernameTakenError);
    expect(await storage.getCredentialByUserId('katri-kalske')).toBeUndefined();
    expect(await storage.getSession('katri')).toBeDefined();
  });
});
