import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the WAL is copied back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1_000;

// Plain CommonJS, evaluated in the worker: its own connection to the same file, checkpointing on a timer.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Moves SQLite's WAL checkpoints off the request thread. With automatic checkpoints, the COMMIT that crosses the
 * WAL's size threshold copies pages and fsyncs in the event loop, stalling every request for milliseconds; a
 * PASSIVE checkpoint in a worker never blocks the writer or the readers. Call after `wal_autocheckpoint = 0`.
 */
export function startCheckpointer(file: string): { stop: () => Promise<void> } {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, intervalMs: CHECKPOINT_INTERVAL_MS, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  worker.on('message', (problem: string) => console.warn(`SQLite checkpoint failed: ${problem}`));
  worker.unref();
  return {
    stop: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      // Unreferenced so that it never keeps a process alive by itself; while stopping, the process must wait for it.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
