// `npm run bench`: the benchmark of issue 6 (`npm run bench:offline`: issue 3's offline write figures).
// Builds the demo app (zero API latency) into bench-results/dist, serves it with `vite preview` on port 4180,
// drives Debian's Chromium and prints one line per figure with its goal and `met` or `missed`, plus
// bench-results/bench.json. A benchmark, not a test: a missed goal does not fail it, and a figure that
// cannot be measured is printed as "not measured: reason" while the rest go on.
//
//   node test/bench/run.mjs [--only=first-view,cold-2000,cold-10000,lighthouse,offline] [--skip-build]
import { availableParallelism, loadavg } from 'node:os';
import { launchChromium } from './browser.mjs';
import { coldStartSpecs, measureColdStart } from './cold-start.mjs';
import { filterSpecs, measureFilterLatency } from './filter-latency.mjs';
import { firstViewSpecs, measureFirstView } from './first-view.mjs';
import { lighthouseSpecs, measureLighthouse } from './lighthouse.mjs';
import { measureOffline, offlineSpecs } from './offline.mjs';
import { measurePageWeight, pageWeightSpecs } from './page-weight.mjs';
import { notMeasured, printFigures, writeJson } from './report.mjs';
import { BUILD_DIR, buildDemo, RESULTS_DIR, startPreview } from './serve.mjs';

/** Groups of steps; the steps of a group share a browser context (`state`) and run in order. */
const GROUPS = [
  { id: 'first-view', steps: [{ title: 'first-view JS', specs: firstViewSpecs, timeoutMs: 90_000, run: (b, scope) => measureFirstView(b(), scope) }] },
  { id: 'cold-2000', steps: [coldStartStep(2000, 180_000)] },
  {
    id: 'cold-10000',
    steps: [
      coldStartStep(10000, 300_000),
      { title: 'DOM size and JS heap', specs: pageWeightSpecs, timeoutMs: 60_000, run: (b, scope, state) => measurePageWeight(state.page) },
      { title: 'filter latency', specs: filterSpecs, timeoutMs: 150_000, run: (b, scope, state) => measureFilterLatency(state.page) },
    ],
  },
  { id: 'lighthouse', steps: [{ title: 'Lighthouse', specs: lighthouseSpecs, timeoutMs: 240_000, run: (b, scope) => measureLighthouse(scope) }] },
  // Issue 3's figures take two minutes more; `npm run bench:offline` (or --only=…,offline) runs them.
  { id: 'offline', byDefault: false, steps: [{ title: 'offline writes and sync', specs: offlineSpecs, timeoutMs: 240_000, run: (b, scope) => measureOffline(b(), scope) }] },
];

function coldStartStep(n, timeoutMs) {
  return {
    title: `cold start, ${n.toLocaleString('en-GB')} targets`,
    specs: coldStartSpecs(n),
    timeoutMs,
    run: async (b, scope, state) => {
      const result = await measureColdStart(b(), scope, n);
      state.page = result.page;
      return { figures: result.figures, details: result.details };
    },
  };
}

/** Browser contexts and clean-ups of one group, closed when the group ends or a step times out. */
class Scope {
  contexts = [];
  cleanups = [];
  track(context) {
    this.contexts.push(context);
    return context;
  }
  onCleanup(cleanup) {
    this.cleanups.push(cleanup);
  }
  async close() {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => undefined);
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // Best effort.
      }
    }
  }
}

const reasonOf = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);

function withTimeout(promise, timeoutMs) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runGroup(group, getBrowser) {
  const scope = new Scope();
  const state = {};
  const results = [];
  let failure = null;
  for (const step of group.steps) {
    if (failure) {
      results.push({ title: step.title, figures: step.specs.map((s) => notMeasured(s, `skipped, as ${failure}`)) });
      continue;
    }
    const startedAt = Date.now();
    console.log(`▶ ${step.title} (at most ${step.timeoutMs / 1000} s) …`);
    try {
      const result = await withTimeout(step.run(getBrowser, scope, state), step.timeoutMs);
      results.push({ title: step.title, seconds: (Date.now() - startedAt) / 1000, ...result });
    } catch (error) {
      const reason = reasonOf(error);
      console.log(`  ✗ ${step.title}: ${reason}`);
      failure = `${step.title} failed`;
      results.push({ title: step.title, seconds: (Date.now() - startedAt) / 1000, error: reason, figures: step.specs.map((s) => notMeasured(s, reason)) });
      // Ends whatever the step left running (a timed-out step's page calls fail once its context is closed).
      await scope.close();
    }
  }
  await scope.close();
  return results;
}

function parseArgs(argv) {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const unknown = (only ?? []).filter((id) => !GROUPS.some((group) => group.id === id));
  if (unknown.length > 0) throw new Error(`Unknown --only part(s): ${unknown.join(', ')}; known: ${GROUPS.map((g) => g.id).join(', ')}`);
  const groups = only ? GROUPS.filter((group) => only.includes(group.id)) : GROUPS.filter((group) => group.byDefault !== false);
  return { groups, only, skipBuild: argv.includes('--skip-build') };
}

async function main() {
  const { groups, only, skipBuild } = parseArgs(process.argv.slice(2));
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0];
  if (!skipBuild) buildDemo();
  const stopPreview = await startPreview();
  let browser = null;
  let launchError = null;
  const getBrowser = () => {
    if (!browser) throw new Error(`Chromium did not start: ${reasonOf(launchError)}`);
    return browser;
  };
  const onSignal = () => {
    stopPreview();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const results = [];
  let chromiumVersion = null;
  try {
    browser = await launchChromium().catch((error) => {
      launchError = error;
      return null;
    });
    chromiumVersion = browser?.version() ?? null;
    for (const group of groups) results.push(...(await runGroup(group, getBrowser)));
  } finally {
    await browser?.close().catch(() => undefined);
    stopPreview();
  }
  const figures = results.flatMap((result) => result.figures);
  printFigures(figures);
  const load = { atStart: loadAtStart, atEnd: loadavg()[0], cores: availableParallelism() };
  if (Math.max(load.atStart, load.atEnd) > load.cores) {
    console.log(`Note: the machine was busy (load average ${load.atStart.toFixed(1)} at the start, ${load.atEnd.toFixed(1)} at the end, on ${load.cores} cores); the times are inflated.`);
  }
  const jsonPath = `${RESULTS_DIR}/${only ? `bench-${only.join('+')}` : 'bench'}.json`;
  writeJson(jsonPath, {
    measuredAt: new Date().toISOString(),
    seconds: (Date.now() - startedAt) / 1000,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: load,
    build: { dir: BUILD_DIR, env: { VITE_API_MODE: 'demo', VITE_DEMO_LATENCY_MS: '0' } },
    units: { KB: 1024, MB: 1024 * 1024 },
    figures,
    steps: results.map(({ title, seconds, error, details }) => ({ title, seconds, error, details })),
  });
  console.log(`Written to ${jsonPath} in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`);
}

main().catch((error) => {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
