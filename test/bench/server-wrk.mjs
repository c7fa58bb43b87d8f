// wrk (Debian package `wrk`), used for the read load when it is installed: autocannon turns every response body into
// a string in JavaScript (about 3–4 ms of CPU per 190 KB answer here), so on a 2-core machine it measures itself, not
// the server. wrk is written in C and reads the same answers for a few microseconds each.
import { execFile, execFileSync } from 'node:child_process';

/** True when `wrk` can be run. */
export function hasWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // `wrk --version` prints its version and exits with 1; only a missing program is a failure.
    return error?.code !== 'ENOENT' && error?.status !== 127;
  }
}

const MS_PER_UNIT = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const toMs = (text) => {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  return match ? Number(match[1]) * MS_PER_UNIT[match[2]] : Number.NaN;
};

/** wrk's --latency report as the same summary server-load.mjs makes from autocannon's. */
function parse(output, seconds) {
  const percentile = (p) => toMs(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '');
  const requests = Number(/(\d+) requests in ([\d.]+)(\w+),\s+([\d.]+)(\w+) read/.exec(output)?.[1] ?? Number.NaN);
  const bytes = /requests in [\d.]+\w+,\s+([\d.]+)(B|KB|MB|GB) read/.exec(output);
  const totalBytes = bytes ? Number(bytes[1]) * { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[bytes[2]] : 0;
  const nonSuccess = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const [connect, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  const errorKinds = Object.fromEntries(Object.entries({ connect, read, write, timeout }).filter(([, count]) => count > 0));
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN),
    latencyMs: { p50: percentile(50), p90: percentile(90), p99: percentile(99) },
    requests,
    // wrk counts answers, not codes: 2xx/3xx together, the rest apart.
    statuses: { '2xx/3xx': requests - nonSuccess, ...(nonSuccess ? { other: nonSuccess } : {}) },
    errors: connect + read + write + timeout,
    errorKinds,
    timeouts: timeout,
    bytesPerResponse: requests ? Math.round(totalBytes / requests) : 0,
    durationSeconds: seconds,
    tool: 'wrk',
  };
}

/** One wrk thread (the server needs the other core), `connections` connections, for `seconds`. */
export function wrkLoad({ url, headers = {}, connections, seconds }) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', ...headerArgs, url];
  return new Promise((resolve, reject) => {
    execFile('wrk', args, { encoding: 'utf8', timeout: (seconds + 30) * 1000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`wrk failed: ${stderr || error.message}`));
      else resolve(parse(stdout, seconds));
    });
  });
}
