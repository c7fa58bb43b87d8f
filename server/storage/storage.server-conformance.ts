import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoUsers } from '../../mocks/seed/users';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import { makeGoal, makePlan, makeTarget, makeTheme } from '../../test/factories';
import { migrations } from './migrations';
import { UsernameTakenError, type ServerStorage } from './server-storage';
import { audit, increment, session, type StoreFactory } from './storage.conformance';

/** A database a server store can be opened on again, as after a restart. */
export interface ServerStoreFactory extends StoreFactory<ServerStorage> {
  /** Opens the database the last `open` opened, as a restarted server would. */
  reopen(): Promise<ServerStorage>;
  /** Runs the migrations against that database again; returns the versions applied. */
  migrateAgain(): Promise<number[]>;
  /** The versions recorded in its schema_migrations. */
  schemaVersions(): Promise<number[]>;
  /** Two stores may work on the database at once (two server processes); false where they share one event loop. */
  sharedByInstances: boolean;
}

const onePlan = () => ({ plan: makePlan(), themes: [makeTheme()], goals: [makeGoal()], targets: [makeTarget()] });
const credential = (userId: string, username: string) => ({ userId, username, passwordHash: `scrypt$${userId}` });

/** What the real server's stores do beyond the service storage: credentials, transactions, durability. */
export function describeServerStorage(name: string, factory: ServerStoreFactory) {
  describe(`${name}: server storage`, () => {
    let storage: ServerStorage;
    const opened: ServerStorage[] = [];
    beforeEach(async () => {
      storage = await factory.open();
      opened.push(storage);
    });
    afterEach(async () => {
      for (const store of opened.splice(0)) await factory.close(store);
    });
    const reopen = async () => {
      const again = await factory.reopen();
      opened.push(again);
      return again;
    };

    it('finds a credential by username whatever its case, and by person', async () => {
      await storage.reset([], {}, demoUsers);
      await storage.putCredential(credential('anni-admin', 'Anni.Admin'));
      await storage.putCredential(credential('riikka-astrand', 'Riikka.Åstrand'));
      expect(await storage.getCredentialByUsername('anni.admin')).toEqual(credential('anni-admin', 'Anni.Admin'));
      expect(await storage.getCredentialByUsername('ANNI.ADMIN')).toEqual(credential('anni-admin', 'Anni.Admin'));
      expect((await storage.getCredentialByUsername('riikka.åSTRAND'))?.userId).toBe('riikka-astrand');
      expect(await storage.getCredentialByUserId('riikka-astrand')).toEqual(credential('riikka-astrand', 'Riikka.Åstrand'));
      expect(await storage.getCredentialByUsername('anni')).toBeUndefined();
      expect(await storage.getCredentialByUserId('katri-kalske')).toBeUndefined();
    });

    it('replaces a credential by person and keeps usernames unique', async () => {
      await storage.reset([], {}, demoUsers);
      await storage.putCredential(credential('anni-admin', 'anni'));
      await storage.putCredential({ userId: 'anni-admin', username: 'pääkäyttäjä', passwordHash: 'new-hash' });
      expect(await storage.getCredentialByUsername('anni')).toBeUndefined();
      expect(await storage.getCredentialByUserId('anni-admin')).toEqual({ userId: 'anni-admin', username: 'pääkäyttäjä', passwordHash: 'new-hash' });
      await storage.putCredential(credential('katri-kalske', 'anni'));
      const taken = storage.putCredential(credential('timo-aronkyto', 'PÄÄKÄYTTÄJÄ'));
      await expect(taken).rejects.toBeInstanceOf(UsernameTakenError);
      expect(await storage.getCredentialByUserId('timo-aronkyto')).toBeUndefined();
      expect((await storage.getCredentialByUsername('Pääkäyttäjä'))?.userId).toBe('anni-admin');
      await expect(storage.putCredential(credential('nobody', 'nobody'))).rejects.toThrow('No user nobody');
    });

    it('commits the rest of an atomic block in which a username was found taken', async () => {
      await storage.reset([], {}, demoUsers);
      await storage.putCredential(credential('anni-admin', 'anni'));
      const outcome = await storage.atomically(async () => {
        await storage.putUser({ ...demoUsers[0]!, title: 'Uusi nimike' });
        try {
          await storage.putCredential(credential('katri-kalske', 'Anni'));
          return 'saved';
        } catch (error) {
          if (!(error instanceof UsernameTakenError)) throw error;
          await storage.putCredential(credential('katri-kalske', 'katri'));
          return 'taken';
        }
      });
      expect(outcome).toBe('taken');
      expect((await storage.getUser(demoUsers[0]!.id))?.title).toBe('Uusi nimike');
      expect((await storage.getCredentialByUsername('KATRI'))?.userId).toBe('katri-kalske');
    });

    it('reset keeps the credentials of the people who stay', async () => {
      await storage.reset([], {}, demoUsers);
      await storage.putCredential(credential('anni-admin', 'anni'));
      await storage.putCredential(credential('katri-kalske', 'katri'));
      await storage.reset([vantaa2021], {}, demoUsers.filter((user) => user.id !== 'katri-kalske'));
      expect(await storage.getCredentialByUsername('anni')).toEqual(credential('anni-admin', 'anni'));
      expect(await storage.getCredentialByUsername('katri')).toBeUndefined();
    });

    it('is empty with no plans and no people', async () => {
      expect(await storage.isEmpty()).toBe(true);
      await storage.putUser(demoUsers[0]!);
      expect(await storage.isEmpty()).toBe(false);
      await storage.reset([]);
      expect(await storage.isEmpty()).toBe(true);
      await storage.reset([vantaa2021]);
      expect(await storage.isEmpty()).toBe(false);
    });

    it('raises the data revision with every change to plan data, and only then', async () => {
      await storage.reset([onePlan()]);
      const start = await storage.dataRevision();
      const target = (await storage.getTarget('target-1'))!;
      await storage.putTarget({ ...target, version: target.version + 1 });
      const afterTarget = await storage.dataRevision();
      expect(afterTarget).toBeGreaterThan(start);
      await storage.putSession(session('any', '2030-01-01T00:00:00.000Z'));
      await storage.putUser(demoUsers[0]!);
      expect(await storage.dataRevision()).toBe(afterTarget);
      await storage.putTheme({ ...(await storage.listThemes(target.planId))[0]!, title: 'Uusi nimi' });
      expect(await storage.dataRevision()).toBeGreaterThan(afterTarget);
    });

    it('removes expired sessions only', async () => {
      await storage.putSession(session('old', '2022-01-01T00:00:00.000Z'));
      await storage.putSession(session('new', '2030-01-01T00:00:00.000Z'));
      expect(await storage.deleteExpiredSessions('2025-06-01T00:00:00.000Z')).toBe(1);
      expect(await storage.getSession('old')).toBeUndefined();
      expect(await storage.getSession('new')).toEqual(session('new', '2030-01-01T00:00:00.000Z'));
    });

    it('removes one person’s sessions, keeping the one asked for and everyone else’s', async () => {
      const katrisSession = (token: string) => ({ ...session(token), userId: 'katri-kalske' });
      for (const token of ['anni-1', 'anni-2', 'anni-3']) await storage.putSession(session(token));
      await storage.putSession(katrisSession('katri-1'));
      expect(await storage.deleteUserSessions('anni-admin', 'anni-2')).toBe(2);
      expect(await storage.getSession('anni-1')).toBeUndefined();
      expect(await storage.getSession('anni-3')).toBeUndefined();
      expect(await storage.getSession('anni-2')).toEqual(session('anni-2'));
      expect(await storage.getSession('katri-1')).toEqual(katrisSession('katri-1'));
      expect(await storage.deleteUserSessions('anni-admin', null)).toBe(1);
      expect(await storage.getSession('anni-2')).toBeUndefined();
      expect(await storage.deleteUserSessions('nobody', null)).toBe(0);
      expect(await storage.getSession('katri-1')).toEqual(katrisSession('katri-1'));
    });

    it('leaves nothing of a block that throws', async () => {
      await storage.reset([onePlan()]);
      await expect(
        storage.atomically(async () => {
          await storage.putTarget(makeTarget({ version: 2, title: 'puolivalmis' }));
          await storage.addAudit(audit({ id: 'half' }));
          await storage.putUser(demoUsers[0]!);
          throw new Error('kesken');
        }),
      ).rejects.toThrow('kesken');
      expect(await storage.getTarget('target-1')).toEqual(makeTarget());
      expect(await storage.listPlanAudit('plan-1')).toEqual([]);
      expect(await storage.listUsers()).toEqual([]);
    });

    it('keeps a write made outside a block that rolls back, and hides the block from outside reads', async () => {
      await storage.reset([onePlan()]);
      let wrote!: () => void;
      const written = new Promise<void>((resolve) => (wrote = resolve));
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const block = storage.atomically(async () => {
        await storage.putTarget(makeTarget({ version: 2 }));
        expect((await storage.getTarget('target-1'))?.version).toBe(2);
        wrote();
        await finished;
        throw new Error('peruttu');
      });
      await written;
      expect((await storage.getTarget('target-1'))?.version).toBe(1);
      const outside = storage.putUser(demoUsers[1]!);
      finish();
      await expect(block).rejects.toThrow('peruttu');
      await outside;
      expect(await storage.listUsers()).toEqual([demoUsers[1]]);
      expect((await storage.getTarget('target-1'))?.version).toBe(1);
    });

    it('runs a block started inside a block as part of it', async () => {
      await storage.reset([onePlan()]);
      const version = await storage.atomically(async () => {
        await increment(storage, 'target-1');
        return increment(storage, 'target-1');
      });
      expect(version).toBe(3);
    });

    // Only where two stores can share a database from one process (PostgreSQL): SQLite waits for its lock
    // synchronously, so two SQLite stores in one event loop would block each other (two processes are fine).
    if (factory.sharedByInstances) it('serialises blocks of two stores on the same database (two servers)', async () => {
      await storage.reset([onePlan()]);
      const second = await reopen();
      await Promise.all(Array.from({ length: 50 }, (_, index) => increment(index % 2 ? storage : second, 'target-1')));
      expect((await storage.getTarget('target-1'))?.version).toBe(51);
    });

    it('serialises keyed blocks of one key, and keyed blocks with unkeyed ones', async () => {
      await storage.reset([onePlan()]);
      const key = { key: 'target:target-1' };
      await Promise.all(Array.from({ length: 40 }, (_, index) => increment(storage, 'target-1', index % 4 === 0 ? undefined : key)));
      expect((await storage.getTarget('target-1'))?.version).toBe(41);
    });

    // Where blocks can run side by side at all (PostgreSQL): two keys do not wait for each other.
    if (factory.sharedByInstances) it('runs keyed blocks of different keys side by side', async () => {
      await storage.reset([onePlan()]);
      let releaseFirst = () => {};
      const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
      let secondRan = false;
      const first = storage.atomically(() => firstMayFinish, { key: 'target:a' });
      // Were the keys serialised, the second block would wait for the first, which waits for the second: a timeout.
      await storage.atomically(async () => {
        secondRan = true;
        releaseFirst();
      }, { key: 'target:b' });
      await first;
      expect(secondRan).toBe(true);
    });

    it('keeps the data over a restart and migrates only once', async () => {
      await storage.reset([vantaa2021], { measures: [{ id: 'm-1' }] }, demoUsers);
      await storage.putCredential(credential('anni-admin', 'anni'));
      await storage.addAudit(audit({ id: 'a1', planId: vantaa2021.plan.id }));
      await storage.close();
      const again = await reopen();
      expect(await again.listTargets(vantaa2021.plan.id)).toEqual(vantaa2021.targets);
      expect(await again.listRecords('measures')).toEqual([{ id: 'm-1' }]);
      expect(await again.listUsers()).toEqual(demoUsers);
      expect(await again.getCredentialByUsername('Anni')).toEqual(credential('anni-admin', 'anni'));
      expect((await again.listPlanAudit(vantaa2021.plan.id)).map((entry) => entry.id)).toEqual(['a1']);
      expect(await factory.migrateAgain()).toEqual([]);
      expect(await factory.schemaVersions()).toEqual(migrations.map((migration) => migration.version));
    });
  });
}
