import { seedRecordsFor } from '../mocks/seed/datasets';
import { demoUsers } from '../mocks/seed/users';
import { vantaa2020Illustrative } from '../mocks/seed/vantaa-2020-illustrative';
import { vantaa2021 } from '../mocks/seed/vantaa-2021';
import { hashPassword } from './auth/passwords';
import type { RecordKind } from '../mocks/service/storage';
import type { ServerStorage } from './storage/server-storage';

/**
 * Fills an empty database with the built-in dataset: the Vantaa 2021 report, its illustrative previous
 * year, the measures and projects, and the people named in them. People get no password (an admin sets
 * them on the Users page, or with `npm run server:set-password`) unless `demoPassword` is given, for demos and tests.
 */
export async function seedIfEmpty(storage: ServerStorage, { demoPassword }: { demoPassword?: string | undefined }): Promise<boolean> {
  // "Empty" means no plans: an administrator created with `server:create-admin` before the first start is kept.
  const passwordHash = demoPassword ? await hashPassword(demoPassword) : null;
  return storage.atomically(async () => {
    if ((await storage.listPlans()).length > 0) return false;
    for (const plan of [vantaa2021, vantaa2020Illustrative]) await storage.addPlan(plan);
    for (const [kind, records] of Object.entries(seedRecordsFor()) as [RecordKind, { id: string }[]][]) {
      for (const record of records) await storage.putRecord(kind, record);
    }
    for (const user of demoUsers) {
      if (await storage.getUser(user.id)) continue;
      await storage.putUser(user);
      if (passwordHash) await storage.putCredential({ userId: user.id, username: user.id, passwordHash });
    }
    return true;
  });
}
