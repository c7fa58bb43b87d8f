import { afterAll, beforeAll, describe } from 'vitest';
import { defineContractSuite } from '../contract';
import { serverOnlyContract } from '../contract/server-only';
import { createServerTarget } from '../contract/server-target';

// The real server (Hono) on a SQLite file in a temporary folder, against the shared contract and its own hardening.
const target = createServerTarget({ name: 'server on SQLite' });

describe('server on SQLite', () => {
  beforeAll(() => target.start());
  afterAll(() => target.stop());
  defineContractSuite(target);
  serverOnlyContract(target);
});
