// CPU time a process has used, from /proc (Linux): with other work on the machine, the server's CPU time per request
// says more about its own cost than the wall-clock throughput does.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on every Linux architecture in use). */
const TICKS_PER_SECOND = 100;

/** User + system CPU milliseconds used so far by `pid`, or null where /proc is not available. */
export function cpuMilliseconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime] = [Number(fields[11]), Number(fields[12])];
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Runs `work` and adds the CPU milliseconds per request (`requests`, counted by `work`) of the server process and of
 * this process (the load generator), which share the machine's cores.
 */
export async function withCpu(serverPid, work) {
  const serverBefore = cpuMilliseconds(serverPid);
  const clientBefore = process.cpuUsage();
  const result = await work();
  const client = process.cpuUsage(clientBefore);
  const serverAfter = cpuMilliseconds(serverPid);
  const serverCpuMs = serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore;
  const clientCpuMs = (client.user + client.system) / 1000;
  const perRequest = (ms) => (ms !== null && result.requests ? ms / result.requests : null);
  return {
    ...result,
    serverCpuMs,
    serverCpuMsPerRequest: perRequest(serverCpuMs),
    loadGeneratorCpuMs: clientCpuMs,
    loadGeneratorCpuMsPerRequest: perRequest(clientCpuMs),
  };
}
