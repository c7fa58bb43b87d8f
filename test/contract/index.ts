import { beforeEach, describe } from 'vitest';
import { accessContract } from './access';
import { auditAndReviewContract } from './audit-review';
import type { ContractTarget } from './contract-target';
import { readContract } from './reads';
import { sessionContract } from './sessions';
import { structureContract } from './structure';
import { writeContract } from './writes';

export type { ContractTarget } from './contract-target';

/**
 * The API contract (issue 7), written once and run against every carrier: the MSW handlers (test/api), the real
 * server on SQLite and on PostgreSQL (test/server). Every test starts from the built-in dataset.
 */
export function defineContractSuite(target: ContractTarget) {
  describe(`API contract on ${target.name}`, () => {
    beforeEach(() => target.reset());
    readContract(target);
    accessContract(target);
    writeContract(target);
    auditAndReviewContract(target);
    structureContract(target);
    sessionContract(target);
  });
}
