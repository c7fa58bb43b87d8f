// The local-first write path (issue 3's figures): save to durable through the edit form, that against a bare
// Dexie put, and syncing 1,000 edits queued offline. Signed in as the admin: the sync engine sends only then.
// The page is reached through window.__tavoitevahtiBench (src/offline/bench-probe.ts, demo build only).
/* global window, document */
import { signInAndOpen, VIEWPORT } from './browser.mjs';
import { measured, spec } from './report.mjs';
import { BASE_URL } from './serve.mjs';
import { median, percentile, round } from './stats.mjs';

const PLAN_ID = 'vantaa-kasvatus-2021';
const TARGET_ID = 'vantaa-2021-12-12';
const SAVES = 30;
const BARE_PUTS = 30;
const EDITS = 1000;
const SYNC_WAIT_LIMIT_MS = 120_000;
const SYNC_GOAL_S = 5;

export const offlineSpecs = [
  spec('saveToDurableMs', `save to durable (median of ${SAVES} saves through the form)`, 'ms', { op: '<=', value: 20 }, 2),
  spec('saveToBarePutRatio', `save ÷ bare Dexie put (median of ${BARE_PUTS} puts)`, '×', { op: '<=', value: 3 }, 2),
  spec('sync1000S', `sync ${EDITS.toLocaleString('en-GB')} pending edits`, 's', { op: '<=', value: SYNC_GOAL_S }, 2),
  spec('syncEditsPerS', 'sync throughput', 'edits/s', { op: '>=', value: EDITS / SYNC_GOAL_S }, 1),
  spec('patchRoundTripMs', 'PATCH round trip during the sync (median)', 'ms', null, 2),
];
const [saveSpec, ratioSpec, syncSpec, throughputSpec, patchSpec] = offlineSpecs;

const waitForProbe = (page) => page.waitForFunction(() => window.__tavoitevahtiBench !== undefined, null, { timeout: 30_000 });
const waitForEmptyOutbox = (page, timeout = 30_000) =>
  page.waitForFunction(async () => (await window.__tavoitevahtiBench.outboxCount()) === 0, null, { polling: 20, timeout });

/** Saves through the edit form as a user would, waiting for each edit to sync before the next one. */
async function measureSaves(page) {
  await signInAndOpen(page, `${BASE_URL}/plans/${PLAN_ID}/targets/${TARGET_ID}`);
  await waitForProbe(page);
  const open = page.getByRole('button', { name: 'Päivitä edistyminen' });
  for (let index = 1; index <= SAVES; index += 1) {
    await open.click();
    await page.getByRole('textbox', { name: 'Mittarien tilanne' }).fill(`Mittarien tilanne, suorituskykytesti ${index}.`);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await open.waitFor();
    await waitForEmptyOutbox(page);
  }
  const saveMs = await page.evaluate(() => performance.getEntriesByName('tavoitevahti:save-durable').map((entry) => entry.duration));
  if (saveMs.length !== SAVES) throw new Error(`expected ${SAVES} save measures (tavoitevahti:save-durable), found ${saveMs.length}`);
  const barePutMs = await page.evaluate(({ n, targetId }) => window.__tavoitevahtiBench.barePutMs(n, targetId), { n: BARE_PUTS, targetId: TARGET_ID });
  return { saveMs, barePutMs };
}

/** Queues the edits offline (the engine sends nothing then), goes online and times until the outbox is empty. */
async function measureSync(page, context) {
  await page.goto(`${BASE_URL}/plans/${PLAN_ID}`);
  await waitForProbe(page);
  await page.waitForFunction(() => document.querySelectorAll('tr[data-target-code]').length === 8, null, { timeout: 30_000 });
  await waitForEmptyOutbox(page);
  await context.setOffline(true);
  await page.waitForFunction(() => navigator.onLine === false);
  await page.evaluate(({ n, planId }) => window.__tavoitevahtiBench.queueEdits(n, planId), { n: EDITS, planId: PLAN_ID });
  const queued = await page.evaluate(() => window.__tavoitevahtiBench.outboxCount());
  await page.evaluate((bufferSize) => {
    // Keeps every PATCH's timing (the browser keeps 250 by default) for the round-trip figure.
    performance.setResourceTimingBufferSize(bufferSize);
    performance.clearResourceTimings();
    window.__benchOnlineAt = new Promise((resolve) => window.addEventListener('online', () => resolve(performance.now()), { once: true }));
  }, EDITS * 2 + 100);
  await context.setOffline(false);
  const timing = await page.evaluate(async (limitMs) => {
    const onlineAt = await window.__benchOnlineAt;
    let remaining = await window.__tavoitevahtiBench.outboxCount();
    while (remaining > 0 && performance.now() - onlineAt < limitMs) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      remaining = await window.__tavoitevahtiBench.outboxCount();
    }
    const patchMs = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'fetch' && /\/api\/targets\//.test(entry.name))
      .map((entry) => entry.duration);
    return { ms: performance.now() - onlineAt, remaining, patchMs };
  }, SYNC_WAIT_LIMIT_MS);
  return { queued, ...timing };
}

export async function measureOffline(browser, scope) {
  const context = scope.track(await browser.newContext({ viewport: VIEWPORT }));
  const page = await context.newPage();
  console.log(`  saving ${SAVES} edits through the form …`);
  const { saveMs, barePutMs } = await measureSaves(page);
  console.log(`  syncing ${EDITS} pending edits …`);
  const sync = await measureSync(page, context);
  const saveMedian = median(saveMs);
  const putMedian = median(barePutMs);
  const syncS = sync.ms / 1000;
  const synced = sync.queued - sync.remaining;
  const stillPending = sync.remaining > 0 ? `${sync.remaining} still pending after ${SYNC_WAIT_LIMIT_MS / 1000} s` : undefined;
  return {
    figures: [
      measured(saveSpec, saveMedian, `p90 ${round(percentile(saveMs, 90), 2)} ms`),
      measured(ratioSpec, saveMedian / putMedian, `bare put median ${round(putMedian, 2)} ms`),
      sync.remaining > 0 ? { ...measured(syncSpec, syncS), status: 'missed', note: stillPending } : measured(syncSpec, syncS, `${sync.queued} edits`),
      measured(throughputSpec, synced / syncS),
      measured(patchSpec, median(sync.patchMs), `${sync.patchMs.length} requests, ${round(sync.patchMs.reduce((sum, ms) => sum + ms, 0) / 1000, 2)} s in total, sent one at a time`),
    ],
    details: { saveMs, barePutMs, sync: { ...sync, patchMs: undefined, patchCount: sync.patchMs.length } },
  };
}
