// Reads a Vite build's manifest (build.manifest in vite.config.ts) to tell which chunks the first view
// loads: the entry chunk of index.html and its static imports, transitively. Dynamic imports are not
// followed; the demo API is such a dynamic import (src/main.tsx), so it is reported on its own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 9;
/** Issue 6's goal for the first view's JavaScript without the demo API: 180 KB = 180 × 1024 bytes, gzipped. */
export const FIRST_VIEW_GOAL_KB = 180;

/** Gzipped size in bytes of one file, compressed on its own at level 9. */
export function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: GZIP_LEVEL }).length;
}

export function readManifest(buildDir) {
  const path = join(buildDir, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build with build.manifest enabled (vite.config.ts) first, e.g. npm run build.`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The manifest key of index.html's entry chunk. */
export function htmlEntryKey(manifest) {
  if (manifest['index.html']?.isEntry) return 'index.html';
  const key = Object.keys(manifest).find((candidate) => manifest[candidate].isEntry);
  if (!key) throw new Error('The manifest has no entry chunk.');
  return key;
}

/** The given chunks and every chunk they import statically, transitively (manifest keys). */
export function staticClosure(manifest, keys) {
  const seen = new Set();
  const pending = [...keys];
  while (pending.length > 0) {
    const key = pending.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    pending.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

/** Dynamic entries that only the demo build loads: the demo API (mocks/) and the benchmark hooks. */
export function demoEntryKeys(manifest) {
  return Object.keys(manifest).filter((key) => {
    const source = manifest[key].src ?? key;
    return manifest[key].isDynamicEntry && (source.startsWith('mocks/') || source === 'src/offline/bench-probe.ts');
  });
}

/** Files (relative to the build folder) of the given manifest keys that are JavaScript, sorted. */
export function jsFiles(manifest, keys) {
  return [...new Set([...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js')))].sort();
}

/** Every file with its raw and gzipped size, largest gzipped first. */
export function sizesOf(buildDir, files) {
  return files
    .map((file) => {
      const path = join(buildDir, file);
      return { file, bytes: readFileSync(path).length, gzipBytes: gzipSize(path) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
}

export const sumGzip = (chunks) => chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);

/** The service worker scripts the demo build registers before the app renders (MSW waits for its worker). */
export const DEMO_WORKER_FILES = ['mockServiceWorker.js'];
export const APP_WORKER_FILE = 'service-worker.js';

/**
 * The static first view of a build: `app` (index.html's entry and its static imports), `demo` (the chunks
 * only the demo API's dynamic entries need, plus MSW's worker script) and `worker` (the app's own service worker).
 * `alsoLoaded` names dynamic entries (source paths, e.g. src/offline/sync-engine.ts) that the first view is
 * known to load as well; their static imports are then counted too.
 */
export function staticFirstView(buildDir, alsoLoaded = []) {
  const manifest = readManifest(buildDir);
  const unknown = alsoLoaded.filter((source) => !manifest[source]?.isDynamicEntry);
  if (unknown.length > 0) throw new Error(`Not a dynamic entry of this build: ${unknown.join(', ')}`);
  const appKeys = staticClosure(manifest, [htmlEntryKey(manifest), ...alsoLoaded]);
  // The demo's part is what only the demo needs: chunks it shares with any route or lazy module of the app are not in it.
  const demoEntries = demoEntryKeys(manifest);
  const appEntries = Object.keys(manifest).filter((key) => (manifest[key].isEntry || manifest[key].isDynamicEntry) && !demoEntries.includes(key));
  const usedByApp = staticClosure(manifest, appEntries);
  const demoKeys = [...staticClosure(manifest, demoEntries)].filter((key) => !usedByApp.has(key));
  const present = (files) => files.filter((file) => existsSync(join(buildDir, file)));
  return {
    manifest,
    app: sizesOf(buildDir, jsFiles(manifest, appKeys)),
    demo: sizesOf(buildDir, [...jsFiles(manifest, demoKeys), ...present(DEMO_WORKER_FILES)]),
    worker: sizesOf(buildDir, present([APP_WORKER_FILE])),
  };
}
