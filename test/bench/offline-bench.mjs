// `npm run bench`: measures the local-first write path and prints one line per figure with its goal.
// A benchmark, not a test: it never fails on a missed goal and nothing here runs in `npm test`.
// It builds the demo app with zero API latency into bench-results/dist (never touching dist/), serves it
// with `vite preview` on port 4180, drives Debian's Chromium and writes bench-results/offline.json.
// The functions passed to page.evaluate and page.waitForFunction run in the page:
/* global window, document */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const RESULTS_DIR = 'bench-results';
const OUT_DIR = `${RESULTS_DIR}/dist`;
const PORT = 4180;
const BASE_URL = `http://localhost:${PORT}`;
const PLAN_ID = 'vantaa-kasvatus-2021';
const TARGET_ID = 'vantaa-2021-12-12';
const SAVES = 30;
const BARE_PUTS = 30;
const EDITS = 1000;
const SYNC_WAIT_LIMIT_MS = 180_000;
const GOALS = { saveMs: 20, ratio: 3, syncS: 5 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value, digits = 2) => Number(value.toFixed(digits));
const verdict = (met) => (met ? 'met' : 'missed');

function build() {
  console.log(`Building the demo app (VITE_DEMO_LATENCY_MS=0) into ${OUT_DIR} …`);
  const result = spawnSync('npx', ['--no-install', 'vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_API_MODE: 'demo', VITE_DEMO_LATENCY_MS: '0' },
  });
  if (result.status !== 0) throw new Error('The build failed.');
}

/** Starts `vite preview` in its own process group, so stopping it also stops the node behind npx. */
async function startPreview() {
  const server = spawn('npx', ['--no-install', 'vite', 'preview', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const stop = () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}): ${stderr.trim()}`);
    try {
      if ((await fetch(BASE_URL)).ok) return stop;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s.`);
}

async function openApp(page, path) {
  await page.goto(`${BASE_URL}${path}`);
  await page.waitForFunction(() => window.__tavoitevahtiBench !== undefined, null, { timeout: 30_000 });
}

const waitForEmptyOutbox = (page, timeout = 30_000) =>
  page.waitForFunction(async () => (await window.__tavoitevahtiBench.outboxCount()) === 0, null, { polling: 20, timeout });

/** Saves through the edit form as a user would, waiting for each edit to sync before the next one. */
async function measureSaves(page) {
  await openApp(page, `/plans/${PLAN_ID}/targets/${TARGET_ID}`);
  const open = page.getByRole('button', { name: 'Päivitä edistyminen' });
  for (let index = 1; index <= SAVES; index += 1) {
    await open.click();
    await page.getByRole('textbox', { name: 'Mittarien tilanne' }).fill(`Mittarien tilanne, suorituskykytesti ${index}.`);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await open.waitFor();
    await waitForEmptyOutbox(page);
  }
  const saveMs = await page.evaluate(() =>
    performance.getEntriesByName('tavoitevahti:save-durable').map((entry) => entry.duration),
  );
  if (saveMs.length !== SAVES) throw new Error(`Expected ${SAVES} save measures, found ${saveMs.length}.`);
  const barePutMs = await page.evaluate(
    ({ n, targetId }) => window.__tavoitevahtiBench.barePutMs(n, targetId),
    { n: BARE_PUTS, targetId: TARGET_ID },
  );
  return { saveMs, barePutMs };
}

/** Queues the edits offline (the engine does nothing then), goes online and times until the outbox is empty. */
async function measureSync(page, context) {
  await openApp(page, '/');
  await page.waitForFunction(() => document.querySelectorAll('tr[data-target-code]').length === 8, null, { timeout: 30_000 });
  await waitForEmptyOutbox(page);
  await context.setOffline(true);
  await page.waitForFunction(() => navigator.onLine === false);
  const queueStartedAt = Date.now();
  await page.evaluate(({ n, planId }) => window.__tavoitevahtiBench.queueEdits(n, planId), { n: EDITS, planId: PLAN_ID });
  const queueMs = Date.now() - queueStartedAt;
  const queued = await page.evaluate(() => window.__tavoitevahtiBench.outboxCount());
  await page.evaluate((bufferSize) => {
    // Keeps every PATCH's timing (the browser keeps 250 by default): its round trip through the service worker
    // and the in-page demo API, for the diagnosis line.
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
  return { queued, queueMs, ...timing };
}

async function main() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  build();
  const stopPreview = await startPreview();
  let browser = null;
  const onSignal = () => {
    stopPreview();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));

    console.log(`Saving ${SAVES} edits through the form …`);
    const { saveMs, barePutMs } = await measureSaves(page);
    console.log(`Syncing ${EDITS} pending edits …`);
    const sync = await measureSync(page, context);

    const saveMedian = median(saveMs);
    const putMedian = median(barePutMs);
    const ratio = saveMedian / putMedian;
    const synced = sync.queued - sync.remaining;
    const syncS = sync.ms / 1000;
    const editsPerS = synced / syncS;
    const syncMet = sync.remaining === 0 && syncS <= GOALS.syncS;
    const figures = [
      `save to durable (median of ${SAVES}): ${round(saveMedian)} ms (goal ≤ ${GOALS.saveMs} ms, ${verdict(saveMedian <= GOALS.saveMs)})`,
      `save / bare Dexie put (median ${round(putMedian)} ms of ${BARE_PUTS}): ${round(ratio)} × (goal ≤ ${GOALS.ratio} ×, ${verdict(ratio <= GOALS.ratio)})`,
      `sync ${sync.queued} pending edits: ${round(syncS)} s${sync.remaining ? ` (${sync.remaining} still pending after ${SYNC_WAIT_LIMIT_MS / 1000} s)` : ''} (goal ≤ ${GOALS.syncS} s, ${verdict(syncMet)})`,
      `sync throughput: ${round(editsPerS, 1)} edits/s (goal ≥ ${EDITS / GOALS.syncS} edits/s, ${verdict(syncMet && editsPerS >= EDITS / GOALS.syncS)})`,
    ];
    // Not a goal: how much of the sync time the requests themselves take (they are sent one at a time).
    const patchMedian = sync.patchMs.length ? median(sync.patchMs) : NaN;
    const diagnosis = `  (reference, no goal) PATCH round trip during the sync: median ${round(patchMedian)} ms over ${sync.patchMs.length} requests, ${round((sync.patchMs.reduce((sum, ms) => sum + ms, 0) / 1000))} s in total`;
    console.log(`\n${figures.join('\n')}\n${diagnosis}`);

    const report = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      chromium: browser.version(),
      saveToDurableMs: { goal: GOALS.saveMs, median: saveMedian, p90: percentile(saveMs, 90), samples: saveMs },
      barePutMs: { median: putMedian, p90: percentile(barePutMs, 90), samples: barePutMs },
      saveToBarePutRatio: { goal: GOALS.ratio, value: ratio },
      sync: { goalS: GOALS.syncS, edits: sync.queued, seconds: syncS, editsPerSecond: editsPerS, stillPending: sync.remaining, queueingMs: sync.queueMs },
      patchRoundTripMs: { median: patchMedian, p90: sync.patchMs.length ? percentile(sync.patchMs, 90) : null, count: sync.patchMs.length },
      figures,
    };
    writeFileSync(`${RESULTS_DIR}/offline.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${RESULTS_DIR}/offline.json`);
  } finally {
    await browser?.close();
    stopPreview();
  }
}

main().catch((error) => {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
