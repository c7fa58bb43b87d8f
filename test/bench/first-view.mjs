// First-view JS: the JavaScript files the page loads before the target list is ready, gzipped (level 9,
// each file on its own, from the build folder). Measured in the browser on a signed-in visit of the
// Vantaa plan's list, then split with the build manifest into the app's part and the demo API's part.
/* global window */
import { join } from 'node:path';
import {
  APP_WORKER_FILE,
  DEMO_WORKER_FILES,
  demoEntryKeys,
  FIRST_VIEW_GOAL_KB,
  readManifest,
  sizesOf,
  staticClosure,
  staticFirstView,
  sumGzip,
} from './bundle-graph.mjs';
import { installListReadiness, readListReady, settle, signInAndOpen, VIEWPORT } from './browser.mjs';
import { measured, spec } from './report.mjs';
import { BASE_URL, BUILD_DIR } from './serve.mjs';
import { KB } from './stats.mjs';

const LIST_PATH = '/plans/vantaa-kasvatus-2021';

export const firstViewSpecs = [
  spec('firstViewAppKb', 'first view JS, app (without the demo API)', 'KB gzip', { op: '<=', value: FIRST_VIEW_GOAL_KB }),
  spec('firstViewDemoKb', 'first view JS, demo API (what only the demo loads before the list: MSW, mocks/, seed data, their imports, bench hooks)', 'KB gzip'),
  spec('firstViewWorkerKb', 'first view JS, offline-shell service worker (before the list only in the demo build)', 'KB gzip'),
  spec('firstViewTotalKb', 'first view JS, embedded default total', 'KB gzip'),
  spec('firstViewStaticKb', 'first view JS, app, static import graph (npm run bench:bundle)', 'KB gzip', { op: '<=', value: FIRST_VIEW_GOAL_KB }),
];
const [appSpec, demoSpec, workerSpec, totalSpec, staticSpec] = firstViewSpecs;

/** The build-relative JS files the page fetched before `readyMs` (from the page's Resource Timing). */
async function jsLoadedBefore(page, readyMs) {
  const urls = await page.evaluate(
    (ready) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < ready)
        .map((entry) => new URL(entry.name, window.location.href))
        .filter((url) => url.origin === window.location.origin && url.pathname.endsWith('.js'))
        .map((url) => url.pathname),
    readyMs,
  );
  return [...new Set(urls.map((pathname) => pathname.replace(/^\//, '')))];
}

/**
 * Splits the loaded files: the app's part is what index.html's entry, and any route chunk the page loaded,
 * import statically; the rest (reached only through the demo API's or the bench hooks' dynamic import) is
 * the demo's. A file the manifest does not know counts as the app's.
 */
function classify(manifest, loadedFiles) {
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const demoEntries = new Set(demoEntryKeys(manifest));
  const loadedEntries = loadedFiles
    .map((file) => keyOfFile.get(file))
    .filter((key) => key && (manifest[key].isEntry || manifest[key].isDynamicEntry) && !demoEntries.has(key));
  const appKeys = staticClosure(manifest, loadedEntries);
  const isApp = (file) => !keyOfFile.has(file) || appKeys.has(keyOfFile.get(file));
  return { app: loadedFiles.filter(isApp), demo: loadedFiles.filter((file) => !isApp(file)) };
}

const kb = (bytes) => bytes / KB;

export async function measureFirstView(browser, scope) {
  const context = scope.track(await browser.newContext({ viewport: VIEWPORT }));
  await installListReadiness(context);
  const signInPage = await context.newPage();
  await signInAndOpen(signInPage, `${BASE_URL}${LIST_PATH}`);
  await readListReady(signInPage);
  await settle(signInPage);

  // A second visit in a new tab, signed in: the files the list needs, whether they come from the network or a cache.
  const page = await context.newPage();
  await page.goto(`${BASE_URL}${LIST_PATH}`, { waitUntil: 'commit' });
  const ready = await readListReady(page);
  const loaded = await jsLoadedBefore(page, ready.ms);
  const manifest = readManifest(BUILD_DIR);
  const split = classify(manifest, loaded);
  const app = sizesOf(BUILD_DIR, split.app);
  // MSW waits for its service worker before the app renders: its scripts are part of the demo's first view.
  const demo = sizesOf(BUILD_DIR, [...split.demo, ...(split.demo.length > 0 ? DEMO_WORKER_FILES : [])]);
  const worker = split.demo.length > 0 ? sizesOf(BUILD_DIR, [APP_WORKER_FILE]) : [];
  const staticView = staticFirstView(BUILD_DIR);
  const staticFiles = new Set(staticView.app.map((chunk) => chunk.file));
  const onlyMeasured = split.app.filter((file) => !staticFiles.has(file));
  const onlyStatic = [...staticFiles].filter((file) => !split.app.includes(file));
  const shortName = (file) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
  const staticNote =
    onlyMeasured.length + onlyStatic.length === 0
      ? 'the same files as measured'
      : [
          onlyMeasured.length > 0 && `the page also loads, by dynamic import, ${onlyMeasured.map(shortName).join(', ')}`,
          onlyStatic.length > 0 && `the graph has ${onlyStatic.map(shortName).join(', ')} that the page did not load before the list was ready`,
        ]
          .filter(Boolean)
          .join('; ');

  const chunkFigures = [
    ...app.map((chunk) => ({ chunk, part: 'app' })),
    ...demo.map((chunk) => ({ chunk, part: 'demo' })),
    ...worker.map((chunk) => ({ chunk, part: 'service worker' })),
  ].map(({ chunk, part }) =>
    measured(spec(`chunk:${chunk.file}`, `  chunk ${chunk.file} [${part}]`, 'KB gzip'), kb(chunk.gzipBytes), `${(chunk.bytes / KB).toFixed(1)} KB raw`),
  );
  const total = sumGzip(app) + sumGzip(demo) + sumGzip(worker);
  return {
    figures: [
      measured(appSpec, kb(sumGzip(app)), `${app.length} files, list ready at ${ready.ms.toFixed(0)} ms (${ready.source})`),
      measured(demoSpec, kb(sumGzip(demo)), `${demo.length} files`),
      measured(workerSpec, kb(sumGzip(worker))),
      measured(totalSpec, kb(total)),
      measured(staticSpec, kb(sumGzip(staticView.app)), staticNote),
      ...chunkFigures,
    ],
    details: { loaded, app, demo, worker, staticApp: staticView.app, gzipLevel: 9, buildDir: join(BUILD_DIR) },
  };
}
