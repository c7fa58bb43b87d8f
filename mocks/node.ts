import { setupServer } from 'msw/node';
import type { PlanData } from '../src/domain/plan-data';
import { createFaultInjector } from './fault-injection';
import { createHandlers } from './handlers';
import { createColleagueEdit } from './service/colleague-edit';
import { createRecordService } from './service/record-service';
import { createTargetService } from './service/target-service';
import { seedRecordsFor } from './seed/datasets';
import { createMemoryStorage } from './storage/memory-storage';
import { vantaa2020Illustrative } from './seed/vantaa-2020-illustrative';
import { vantaa2021 } from './seed/vantaa-2021';

/** The in-memory store behind the test server; tests reset it with the plans they need. */
/** The built-in report and its illustrative previous year, as the demo starts with. */
export const DEFAULT_TEST_PLANS = [vantaa2021, vantaa2020Illustrative];
export const testStorage = createMemoryStorage(DEFAULT_TEST_PLANS, seedRecordsFor());
export const testService = createTargetService(testStorage, { now: () => new Date('2026-11-23T09:00:00.000Z') });
/** Tests make the next requests fail with `testFaults.failNext('serverError')` and the like. */
export const testFaults = createFaultInjector(() => 1);
export const server = setupServer(...createHandlers(testService, createRecordService(testStorage), { faults: testFaults }));

/** Puts the test server back to its seed (by default the built-in report), dropping every edit and fault. */
export async function resetTestServer(plans: readonly PlanData[] = DEFAULT_TEST_PLANS): Promise<void> {
  server.resetHandlers();
  testFaults.reset();
  await testStorage.reset(plans, seedRecordsFor());
}

/** A colleague's edit made straight in the server store, as if from another device. */
export const colleagueEdit = createColleagueEdit(testStorage, testService);
