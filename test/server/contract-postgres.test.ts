import { afterAll, beforeAll, describe } from 'vitest';
import { defineContractSuite } from '../contract';
import { serverOnlyContract } from '../contract/server-only';
import { createPostgresSchema, createServerTarget } from '../contract/server-target';

// The real server on PostgreSQL, against the same contract. CI starts a throwaway cluster with
// .ci/start-postgres.sh and sets TEST_DATABASE_URL; this file uses a schema of its own in that database.
const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl) {
  console.warn(
    'PostgreSQL is not available: TEST_DATABASE_URL is not set, so the contract suite on PostgreSQL is skipped. ' +
      'Start one with `.ci/start-postgres.sh` and export the TEST_DATABASE_URL it prints.',
  );
}

describe.skipIf(!databaseUrl)('server on PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>> | null = null;
  let databaseUrlForFile = '';
  const target = createServerTarget({ name: 'server on PostgreSQL', databaseUrl: () => databaseUrlForFile });

  beforeAll(async () => {
    schema = await createPostgresSchema(databaseUrl ?? '', 'contract');
    databaseUrlForFile = schema.url;
    await target.start();
  });
  afterAll(async () => {
    await target.stop();
    await schema?.drop();
  });
  defineContractSuite(target);
  serverOnlyContract(target);
});
