// Builds the demo app for the benchmark and serves it with `vite preview` on a port of its own.
import { spawn, spawnSync } from 'node:child_process';

export const RESULTS_DIR = 'bench-results';
export const BUILD_DIR = `${RESULTS_DIR}/dist`;
export const PORT = 4180;
export const BASE_URL = `http://localhost:${PORT}`;

/** The demo build with zero API latency, into bench-results/dist; dist/ is never touched. */
export function buildDemo({ timeoutMs = 300_000 } = {}) {
  console.log(`Building the demo app (VITE_API_MODE=demo, VITE_DEMO_LATENCY_MS=0) into ${BUILD_DIR} …`);
  const result = spawnSync('npx', ['--no-install', 'vite', 'build', '--outDir', BUILD_DIR, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
    timeout: timeoutMs,
    env: { ...process.env, VITE_API_MODE: 'demo', VITE_DEMO_LATENCY_MS: '0' },
  });
  if (result.error) throw new Error(`The build could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`The build failed (exit ${result.status ?? result.signal}).`);
}

/**
 * Starts `vite preview` in its own process group, so that stopping it also stops the node behind npx.
 * Answers a function that stops it; throws when the server does not answer within 30 s.
 */
export async function startPreview() {
  const server = spawn('npx', ['--no-install', 'vite', 'preview', '--outDir', BUILD_DIR, '--port', String(PORT), '--strictPort'], {
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
  throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s (is port ${PORT} taken?).`);
}
