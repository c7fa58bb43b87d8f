// The two loads of `npm run bench:server`: autocannon on loopback against a running server.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { wrkLoad } from './server-wrk.mjs';

/**
 * Runs autocannon and resolves with its result; `options` are autocannon's. Progress is not printed: the bench prints
 * its own lines.
 */
function run(options) {
  return new Promise((resolve, reject) => {
    const errorKinds = new Map();
    const instance = autocannon(options, (error, result) => {
      process.off('SIGINT', stop);
      if (error) reject(error);
      else resolve({ ...result, errorKinds: Object.fromEntries(errorKinds) });
    });
    instance.on('reqError', (error) => {
      const kind = error?.code ?? error?.message ?? String(error);
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    });
    // Ctrl-C during the run stops the load instead of leaving the server process behind.
    const stop = () => instance.stop();
    process.once('SIGINT', stop);
  });
}

/** The figures of one run: throughput and latency (ms), and what came back. */
function summarise(result) {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  return {
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    statuses,
    errors: result.errors,
    errorKinds: result.errorKinds,
    timeouts: result.timeouts,
    bytesPerResponse: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    durationSeconds: result.duration,
  };
}

/**
 * GET /api/plans/:planId/targets, the whole plan, as a signed-in browser asks for it (session cookie, and the
 * Accept-Encoding a browser sends). With wrk when it is installed (see server-wrk.mjs), else autocannon.
 */
export async function readLoad({ url, planId, session, connections, seconds, useWrk }) {
  const target = `${url}/api/plans/${encodeURIComponent(planId)}/targets`;
  const headers = { cookie: session.cookie, 'accept-encoding': 'gzip, deflate, br' };
  if (useWrk) return wrkLoad({ url: target, headers, connections, seconds });
  return { ...summarise(await run({ url: target, connections, duration: seconds, headers })), tool: 'autocannon' };
}

/**
 * The same GET as a browser repeats it: with the ETag of the answer it has (If-None-Match), so an unchanged plan is
 * answered 304 with no body.
 */
export async function revalidationLoad({ url, planId, session, connections, seconds }) {
  const target = `${url}/api/plans/${encodeURIComponent(planId)}/targets`;
  const first = await fetch(target, { headers: { cookie: session.cookie, 'accept-encoding': 'gzip' } });
  await first.arrayBuffer();
  const etag = first.headers.get('ETag');
  if (!etag) return null;
  const headers = { cookie: session.cookie, 'accept-encoding': 'gzip, deflate, br', 'if-none-match': etag };
  return { ...summarise(await run({ url: target, connections, duration: seconds, headers })), tool: 'autocannon' };
}

/**
 * PATCH of random targets, each request a new edit (fresh editId) changing the metric status; as fast as the answers
 * come, or at `overallRate` requests per second. `known` (target id → version) carries what was seen between runs. The base version is the
 * version this bench last saw for the target (1 at first, then from each 200's target or 409's current copy): right
 * unless another connection changed the target in between, so most answers are 200 (applied) and the rest 409
 * (conflict); both are counted as answered writes.
 */
export async function writeLoad({ url, targetIds, session, connections, seconds, overallRate, known = new Map() }) {
  let sequence = 0;
  const result = await run({
    url,
    connections,
    duration: seconds,
    // With a rate, autocannon sends that many requests per second in all, whatever the answers' speed.
    ...(overallRate ? { overallRate } : {}),
    requests: [
      {
        method: 'PATCH',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
        setupRequest: (request, context) => {
          const targetId = targetIds[Math.floor(Math.random() * targetIds.length)];
          context.targetId = targetId;
          sequence += 1;
          const body = { editId: randomUUID(), baseVersion: known.get(targetId) ?? 1, changes: { metricStatus: `Kuormitustesti ${sequence}` } };
          return { ...request, path: `/api/targets/${encodeURIComponent(targetId)}`, body: JSON.stringify(body) };
        },
        onResponse: (status, body, context) => {
          if (status !== 200 && status !== 409) return;
          const match = /"version":(\d+)/.exec(body);
          if (match) known.set(context.targetId, Math.max(known.get(context.targetId) ?? 1, Number(match[1])));
        },
      },
    ],
  });
  return { ...summarise(result), tool: 'autocannon' };
}
