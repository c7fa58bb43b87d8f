// Cold start of the target list on a second visit (the data already in the app's IndexedDB), for a
// generated plan of n targets, and in the same page the floor: a bare IndexedDB read of the same rows.
/* global indexedDB */
import { installListReadiness, readListReady, settle, signInAndOpen, VIEWPORT } from './browser.mjs';
import { measured, notMeasured, spec } from './report.mjs';
import { BASE_URL } from './serve.mjs';
import { median, round } from './stats.mjs';

export const COLD_START_RUNS = 5;
const GOAL_MS = { 2000: 1000, 10000: 2000 };
const FLOOR_RATIO_GOAL = 3;
const APP_DATABASE = 'tavoitevahti';

const label = (n) => n.toLocaleString('en-GB');
export const listUrl = (n) => `${BASE_URL}/plans/large-${n}?dataset=large&n=${n}`;

export function coldStartSpecs(n) {
  return [
    spec(`coldStart${n}Ms`, `cold start, ${label(n)} targets (median of ${COLD_START_RUNS})`, 'ms', { op: '<=', value: GOAL_MS[n] }, 0),
    spec(`floor${n}Ms`, `floor, bare IndexedDB read of the ${label(n)} targets (median of ${COLD_START_RUNS})`, 'ms', null, 1),
    spec(`coldStartFloorRatio${n}`, `cold start ÷ floor, ${label(n)} targets`, '×', { op: '<=', value: FLOOR_RATIO_GOAL }, 1),
  ];
}

/**
 * The floor, in the page: opens the app's database without Dexie (it is already at its current version)
 * and reads the plan's targets through the `planId` index of `targets`, as the app's read path does.
 */
function readTargetsBare({ databaseName, planId }) {
  const request = (idbRequest) =>
    new Promise((resolve, reject) => {
      idbRequest.onsuccess = () => resolve(idbRequest.result);
      idbRequest.onerror = () => reject(idbRequest.error);
    });
  const startedAt = performance.now();
  const open = indexedDB.open(databaseName);
  open.onupgradeneeded = () => open.transaction.abort();
  return request(open).then(async (db) => {
    const openedAt = performance.now();
    try {
      const rows = await request(db.transaction('targets', 'readonly').objectStore('targets').index('planId').getAll(planId));
      const readAt = performance.now();
      return { openMs: openedAt - startedAt, readMs: readAt - openedAt, totalMs: readAt - startedAt, rows: rows.length };
    } finally {
      db.close();
    }
  });
}

/**
 * Signs in on a new context, lets the first visit store the plan locally, then reloads the list
 * COLD_START_RUNS times. Answers the figures and the still open page, for the sections that go on with it.
 */
export async function measureColdStart(browser, scope, n) {
  const [coldSpec, floorSpec, ratioSpec] = coldStartSpecs(n);
  const context = scope.track(await browser.newContext({ viewport: VIEWPORT }));
  await installListReadiness(context);
  const page = await context.newPage();
  const url = listUrl(n);
  const firstVisitStartedAt = Date.now();
  await signInAndOpen(page, url, { timeout: 180_000 });
  await readListReady(page, 180_000);
  await settle(page, 1000, 60_000).catch(() => undefined);
  const firstVisitMs = Date.now() - firstVisitStartedAt;

  const runs = [];
  for (let run = 0; run < COLD_START_RUNS; run += 1) {
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await readListReady(page, 60_000);
    // The floor is read once the app's own start-up work is done, or after 10 s at most.
    await settle(page, 700, 10_000).catch(() => undefined);
    const floor = await page.evaluate(readTargetsBare, { databaseName: APP_DATABASE, planId: `large-${n}` });
    runs.push({ readyMs: ready.ms, source: ready.source, floor });
  }
  const coldMs = median(runs.map((run) => run.readyMs));
  const floorMs = median(runs.map((run) => run.floor.totalMs));
  const rowsRead = runs[0].floor.rows;
  const sources = [...new Set(runs.map((run) => run.source))].join('+');
  const readyBy = sources === 'mark' ? 'the list-ready mark' : sources === 'dom' ? 'rows and an enabled search box in the DOM' : sources;
  const wrongRows = rowsRead === n ? null : `the app's database held ${rowsRead} targets of plan large-${n}, not ${n}`;
  const figures = [
    measured(coldSpec, coldMs, `runs ${runs.map((run) => round(run.readyMs, 0)).join(', ')} ms; ready = ${readyBy}`),
    wrongRows
      ? notMeasured(floorSpec, wrongRows)
      : measured(floorSpec, floorMs, `open + getAll by planId; the read alone ${round(median(runs.map((run) => run.floor.readMs)))} ms`),
    wrongRows ? notMeasured(ratioSpec, wrongRows) : measured(ratioSpec, coldMs / floorMs),
  ];
  return { figures, details: { n, firstVisitMs, runs }, page, context };
}
