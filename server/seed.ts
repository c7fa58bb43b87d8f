import { seedRecordsFor } from '../mocks/seed/datasets';
import { demoUsers } from '../mocks/seed/users';
import { vantaa2020Illustrative } from '../mocks/seed/vantaa-2020-illustrative';
import { vantaa2021 } from '../mocks/seed/vantaa-2021';
import { hashPassword } from './auth/passwords';
import type { ServerStorage } from './storage/server-storage';

/**
 * Fills an empty database with the built-in dataset: the Vantaa 2021 report, its illustrative previous
 * year, the measures and projects, and the people named in them. People get no password (an admin sets
 * them, see `npm run server:set-password`) unless `demoPassword` is given, for demos and tests.
 */
export async function seedIfEmpty(storage: ServerStorage, { demoPassword }: { demoPassword?: string | undefined }): Promise<boolean> {
  if (!(await storage.isEmpty())) return false;
  await storage.reset([vantaa2021, vantaa2020Illustrative], seedRecordsFor(), demoUsers);
  if (demoPassword) {
    const passwordHash = await hashPassword(demoPassword);
    for (const user of demoUsers) await storage.putCredential({ userId: user.id, username: user.id, passwordHash });
  }
  return true;
}
