// `npm run bench:server`: the real server under load (issue 7). Seeds a database with a generated 2,000-target plan,
// starts the server process on it (SQLite; PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set, in a
// throwaway schema so nothing else there is touched) and loads it on loopback for a fixed time with 100 connections:
//
//   reads         GET /api/plans/:planId/targets (the whole plan), as fast as answers come; wrk when installed
//                 (Debian package `wrk`), else autocannon, which is itself the bottleneck for 190 KB answers
//   revalidation  the same GET with the answer's ETag (If-None-Match), as a browser repeats it: 304, no body
//   writes        PATCH of random targets, as fast as answers come (autocannon)
//   writes@goal   the same PATCHes at the goal's rate (500/s), for the latency at that rate without queueing
//
// Prints one line per figure with its goal and `met` or `missed`, and writes bench-results/server.json. A benchmark,
// not a test: a missed goal does not fail it. The load generator shares the machine's cores with the server, and the
// server's own CPU time per request is printed too, as other work on the machine does not change it much.
//
//   node test/bench/server.mjs [--seconds=10] [--connections=100] [--only=sqlite,postgres] [--no-wrk]
import { availableParallelism, cpus, loadavg } from 'node:os';
import { register } from 'tsx/esm/api';
import { withCpu } from './server-cpu.mjs';
import { readLoad, revalidationLoad, writeLoad } from './server-load.mjs';
import { hasWrk } from './server-wrk.mjs';
import { measured, notMeasured, printFigures, spec, writeJson } from './report.mjs';

// The server's own modules (seeding, the process helper) are TypeScript.
register();
const { ApiClient, seedDatabase, spawnServer } = await import('../server/spawn-server.ts');
const { postgresBackend, sqliteBackend } = await import('../server/reliability/backends.ts');
const { generateLargePlan } = await import('../../mocks/seed/large-plan.ts');
const { demoUsers, DEMO_MANAGER_ID } = await import('../../mocks/seed/users.ts');

const args = Object.fromEntries(process.argv.slice(2).map((arg) => [arg.replace(/^--/, '').split('=')[0], arg.split('=')[1] ?? true]));
const SECONDS = Number(args.seconds ?? 10);
const CONNECTIONS = Number(args.connections ?? 100);
const USE_WRK = !args['no-wrk'] && hasWrk();
const PLAN_SIZE = 2000;
const PASSWORD = 'server-bench-password';
const RESULTS = 'bench-results/server.json';
const GOALS = { reads: { rate: 2000, p99: 50 }, writes: { rate: 500, p99: 100 } };

const postgresUrl = process.env.DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || undefined;
const BACKENDS = [
  { id: 'sqlite', name: 'SQLite', backend: sqliteBackend },
  { id: 'postgres', name: 'PostgreSQL', backend: postgresUrl ? postgresBackend(postgresUrl) : null },
].filter(({ id }) => !args.only || String(args.only).split(',').includes(id));

/** The figures of one database, by load. */
function specsFor(name) {
  const targets = `GET targets (${PLAN_SIZE.toLocaleString('en-GB')})`;
  return {
    reads: {
      rate: spec(`${name}-reads-rate`, `${name} ${targets} throughput`, 'req/s', { op: '>=', value: GOALS.reads.rate }, 0),
      p50: spec(`${name}-reads-p50`, `${name} ${targets} latency p50`, 'ms', null, 1),
      p99: spec(`${name}-reads-p99`, `${name} ${targets} latency p99`, 'ms', { op: '<=', value: GOALS.reads.p99 }, 1),
      cpu: spec(`${name}-reads-cpu`, `${name} ${targets} server CPU per request`, 'ms', null, 2),
    },
    revalidation: {
      rate: spec(`${name}-revalidation-rate`, `${name} ${targets} revalidated (304) throughput`, 'req/s', null, 0),
      p99: spec(`${name}-revalidation-p99`, `${name} ${targets} revalidated (304) latency p99`, 'ms', null, 1),
    },
    writes: {
      rate: spec(`${name}-writes-rate`, `${name} PATCH target throughput`, 'req/s', { op: '>=', value: GOALS.writes.rate }, 0),
      p50: spec(`${name}-writes-p50`, `${name} PATCH target latency p50`, 'ms', null, 1),
      p99: spec(`${name}-writes-p99`, `${name} PATCH target latency p99`, 'ms', { op: '<=', value: GOALS.writes.p99 }, 1),
      cpu: spec(`${name}-writes-cpu`, `${name} PATCH target server CPU per request`, 'ms', null, 2),
    },
    writesAtGoal: {
      p50: spec(`${name}-writes-at-goal-p50`, `${name} PATCH target at ${GOALS.writes.rate} req/s latency p50`, 'ms', null, 1),
      p99: spec(`${name}-writes-at-goal-p99`, `${name} PATCH target at ${GOALS.writes.rate} req/s latency p99`, 'ms', { op: '<=', value: GOALS.writes.p99 }, 1),
    },
  };
}

const allSpecs = (specs) => Object.values(specs).flatMap((load) => Object.values(load));

const describeStatuses = (statuses) =>
  Object.entries(statuses)
    .map(([code, count]) => `${count} × ${code}${code === '409' ? ' (conflict)' : ''}`)
    .join(', ');

/**
 * The figures of one load (those of `specs` it has). Answers other than `expected` make them "not measured"; requests
 * that failed or timed out (after 10 s) are not in the percentiles, so with any the p99 counts as missed.
 */
function loadFigures(specs, result, expected, what = '') {
  if (!result) return Object.values(specs).map((figure) => notMeasured(figure, 'the server sent no ETag'));
  const unexpected = Object.keys(result.statuses).filter((code) => !expected.includes(code));
  const errors = result.errors
    ? `, ${result.errors} errors (${Object.entries(result.errorKinds).map(([kind, count]) => `${count} × ${kind}`).join(', ')})`
    : '';
  const note = `${result.tool}: ${result.requests} requests${what}: ${describeStatuses(result.statuses)}${errors}`;
  if (unexpected.length > 0 || !result.statuses[expected[0]]) {
    return Object.values(specs).map((figure) => notMeasured(figure, `unexpected answers: ${note}`));
  }
  const figures = [];
  if (specs.rate) figures.push(measured(specs.rate, result.requestsPerSecond, note));
  if (specs.p50) figures.push(measured(specs.p50, result.latencyMs.p50, specs.rate ? undefined : note));
  if (specs.p99) {
    const p99 = measured(specs.p99, result.latencyMs.p99);
    figures.push(result.errors ? { ...p99, status: specs.p99.goal ? 'missed' : p99.status, note: `${result.errors} requests failed or timed out and are not in the percentiles` } : p99);
  }
  if (specs.cpu) {
    const cpu = result.serverCpuMsPerRequest;
    const generator = result.loadGeneratorCpuMsPerRequest;
    figures.push(
      cpu === null
        ? notMeasured(specs.cpu, 'no /proc')
        : measured(
            specs.cpu,
            cpu,
            `so at most ~${Math.round(1000 / cpu).toLocaleString('en-GB')} req/s on one core` +
              (generator === null || result.tool === 'wrk' ? '' : `; ${result.tool} used ${generator.toFixed(2)} ms per request`),
          ),
    );
  }
  return figures;
}

/** Seeds, starts, loads and stops one database's server; returns its figures and details. */
async function benchBackend({ id, name, backend }) {
  const specs = specsFor(name);
  if (!backend) {
    const reason = 'no PostgreSQL: DATABASE_URL and TEST_DATABASE_URL are not set (see .ci/start-postgres.sh)';
    return { figures: allSpecs(specs).map((figure) => notMeasured(figure, reason)), details: { id, skipped: reason } };
  }
  const database = await backend.create();
  let server;
  try {
    const plan = generateLargePlan({ n: PLAN_SIZE });
    const started = performance.now();
    await seedDatabase({ ...database, plans: [plan], users: demoUsers, password: PASSWORD });
    server = await spawnServer(database);
    console.log(`${name}: seeded ${PLAN_SIZE} targets and started the server in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const client = await ApiClient.signedIn(server.url, DEMO_MANAGER_ID, PASSWORD);
    const session = { cookie: client.sessionHeaders().Cookie, csrfToken: client.sessionHeaders()['X-CSRF-Token'] };
    // Warm-up: the first requests pay for JIT compilation, the database's caches and the server's answer cache.
    for (let i = 0; i < 20; i++) await client.get(`/api/plans/${plan.plan.id}/targets`);

    const load = { connections: CONNECTIONS, seconds: SECONDS, url: server.url, session, planId: plan.plan.id };
    const targetIds = plan.targets.map((target) => target.id);
    const known = new Map();
    const loads = {};
    const step = async (key, title, work) => {
      console.log(`${name}: ${title}, ${CONNECTIONS} connections for ${SECONDS} s…`);
      loads[key] = await withCpu(server.pid, work);
    };
    const loadBefore = loadavg()[0];
    await step('reads', `reads (${USE_WRK ? 'wrk' : 'autocannon'})`, () => readLoad({ ...load, useWrk: USE_WRK }));
    await step('revalidation', 'revalidated reads', () => revalidationLoad(load));
    await step('writes', 'writes', () => writeLoad({ ...load, targetIds, known }));
    await step('writesAtGoal', `writes at ${GOALS.writes.rate}/s`, () => writeLoad({ ...load, targetIds, known, overallRate: GOALS.writes.rate }));
    const loadAfter = loadavg()[0];
    if (Object.values(loads).some((result) => result?.errors)) {
      console.error(`${name}: some requests failed; the server's last lines:\n${server.output().split('\n').slice(-10).join('\n')}`);
    }
    const kb = Math.round((loads.reads.bytesPerResponse ?? 0) / 1024);
    return {
      figures: [
        ...loadFigures(specs.reads, loads.reads, ['200', '2xx/3xx'].filter((code) => code in loads.reads.statuses), `, ${kb} KB each`),
        ...loadFigures(specs.revalidation, loads.revalidation, ['304']),
        ...loadFigures(specs.writes, loads.writes, ['200', '409']),
        ...loadFigures(specs.writesAtGoal, loads.writesAtGoal, ['200', '409'], ` at ${loads.writesAtGoal.requestsPerSecond.toFixed(0)} req/s`),
      ],
      details: { id, ...loads, loadAverage: { before: loadBefore, after: loadAfter } },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`${name}: ${error instanceof Error ? error.stack : error}`);
    return { figures: allSpecs(specs).map((figure) => notMeasured(figure, reason)), details: { id, failed: reason } };
  } finally {
    await server?.stop();
    await database.drop();
  }
}

async function main() {
  const loadAtStart = loadavg()[0];
  const startedAt = new Date().toISOString();
  console.log(
    `Server benchmark: ${PLAN_SIZE}-target plan, ${CONNECTIONS} connections, ${SECONDS} s per load, reads with ${USE_WRK ? 'wrk' : 'autocannon (no wrk installed)'}, ` +
      `on ${availableParallelism()} cores (load average ${loadAtStart.toFixed(2)})`,
  );
  const figures = [];
  const details = [];
  for (const entry of BACKENDS) {
    const result = await benchBackend(entry);
    figures.push(...result.figures);
    details.push(result.details);
  }
  printFigures(figures);
  const load = { atStart: loadAtStart, atEnd: loadavg()[0], cores: availableParallelism(), cpu: cpus()[0]?.model };
  console.log(
    `Load average ${load.atStart.toFixed(2)} at the start, ${load.atEnd.toFixed(2)} at the end (${load.cores} cores; the load generator runs on the same machine).`,
  );
  console.log('PATCH base version: the version last seen for the target, so 200 (applied) unless another connection changed it first, then 409 (conflict); both count as answered writes.');
  writeJson(RESULTS, {
    startedAt,
    node: process.version,
    planSize: PLAN_SIZE,
    connections: CONNECTIONS,
    secondsPerLoad: SECONDS,
    readTool: USE_WRK ? 'wrk' : 'autocannon',
    writeBaseVersion: 'the version last seen for the target: 200 when nobody changed it in between, else 409; both count as answered',
    load,
    figures,
    details,
  });
  console.log(`Figures written to ${RESULTS}`);
}

await main();
