import { setupServer } from 'msw/node';
import type { PlanData } from '../src/domain/plan-data';
import { createFaultInjector } from './fault-injection';
import { createHandlers } from './handlers';
import { createColleagueEdit } from './service/colleague-edit';
import { createDemoServices } from './service/demo-services';
import { seedRecordsFor } from './seed/datasets';
import { demoUsers } from './seed/users';
import { createMemoryStorage } from './storage/memory-storage';
import { vantaa2020Illustrative } from './seed/vantaa-2020-illustrative';
import { vantaa2021 } from './seed/vantaa-2021';

/** The built-in report and its illustrative previous year, as the demo starts with. */
export const DEFAULT_TEST_PLANS = [vantaa2021, vantaa2020Illustrative];
/** The in-memory store behind the test server; tests reset it with the plans they need. */
export const testStorage = createMemoryStorage(DEFAULT_TEST_PLANS, seedRecordsFor(), demoUsers);
export const testServices = createDemoServices(testStorage, { now: () => new Date('2026-11-23T09:00:00.000Z') });
export const testService = testServices.targets;
/** Tests make the next requests fail with `testFaults.failNext('serverError')` and the like. */
export const testFaults = createFaultInjector(() => 1);
export const server = setupServer(...createHandlers(testServices, { faults: testFaults }));

/** Puts the test server back to its seed (by default the built-in report), dropping every edit, session and fault. */
export async function resetTestServer(plans: readonly PlanData[] = DEFAULT_TEST_PLANS): Promise<void> {
  server.resetHandlers();
  testFaults.reset();
  await testStorage.reset(plans, seedRecordsFor(), demoUsers);
}

/** A session for `userId` on the test server: the token a client would send. */
export async function testSessionFor(userId: string): Promise<string> {
  const result = await testServices.auth.signIn({ userId });
  if (result.status !== 201) throw new Error(`No test session for ${userId}: ${JSON.stringify(result.body)}`);
  return (result.body as { token: string }).token;
}

/** A colleague's edit made straight in the server store, as if from another device. */
export const colleagueEdit = createColleagueEdit(testStorage, testService);
