import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import type { E2eProjectMetadata } from './test/e2e/sign-in';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Parallel runs (e.g. two people's suites on one machine) each pick their own ports, build folders and database.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
// The "server" project: the real server (server/main.ts) serving the remote build
// (`VITE_API_MODE=remote vite build --outDir dist-server`) on a fresh SQLite database seeded with the demo people.
const serverPort = Number(process.env.E2E_SERVER_PORT ?? 4175);
const serverStaticDir = process.env.E2E_SERVER_OUT_DIR ?? 'dist-server';
const serverDatabase = process.env.E2E_SERVER_DB ?? join(tmpdir(), `tavoitevahti-e2e-${serverPort}.sqlite`);
const serverPassword = process.env.E2E_SERVER_PASSWORD ?? 'e2e-salasana-tavoitevahti';

const DEMO_PROJECT = 'chromium';
const SERVER_PROJECT = 'server';
/** The specs that run against the real server; offline-editing.spec.ts runs against both (see its helpers). */
const SERVER_SPECS = ['**/e2e/server/**/*.spec.ts', '**/e2e/offline-editing.spec.ts'];

/**
 * Projects named with --project on the command line: a run of one project starts only its own web server,
 * so the demo suite needs no server build and the other way round. With no --project both start.
 */
function selectedProjects(argv: readonly string[]): string[] {
  return argv.flatMap((arg, index) => {
    if (arg.startsWith('--project=')) return [arg.slice('--project='.length)];
    if (arg === '--project' && argv[index + 1]) return [argv[index + 1] as string];
    return [];
  });
}
const selected = selectedProjects(process.argv);
const runs = (project: string) => selected.length === 0 || selected.some((name) => name === project || name.includes('*'));

const chromiumUse = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

/** End-to-end tests drive Debian's Chromium against the built bundle served by `vite preview`, and against the real server. */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env.E2E_RESULTS_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: DEMO_PROJECT,
      testIgnore: ['**/e2e/server/**'],
      metadata: { apiMode: 'demo' } satisfies E2eProjectMetadata,
      use: chromiumUse,
    },
    {
      name: SERVER_PROJECT,
      testMatch: SERVER_SPECS,
      metadata: { apiMode: 'server', password: serverPassword } satisfies E2eProjectMetadata,
      // Chromium takes Secure cookies from http://localhost (not from 127.0.0.1), so the server keeps COOKIE_SECURE on.
      use: { ...chromiumUse, baseURL: `http://localhost:${serverPort}` },
    },
  ],
  webServer: [
    ...(runs(DEMO_PROJECT)
      ? [
          {
            name: 'demo',
            command: `npx --no-install vite preview --port ${port} --strictPort --outDir ${outDir}`,
            url: `http://localhost:${port}`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
    ...(runs(SERVER_PROJECT)
      ? [
          {
            name: 'server',
            // A fresh database on every start: the seed gives every test run the same plan and people.
            command: `rm -f '${serverDatabase}' '${serverDatabase}-wal' '${serverDatabase}-shm' && exec node --import tsx server/main.ts`,
            url: `http://127.0.0.1:${serverPort}/api/health`,
            env: {
              PORT: String(serverPort),
              HOST: '127.0.0.1',
              SQLITE_FILE: serverDatabase,
              // Empty: never PostgreSQL here, even when the environment names one for the contract tests.
              DATABASE_URL: '',
              STATIC_DIR: serverStaticDir,
              TAVOITEVAHTI_SEED: 'builtin',
              TAVOITEVAHTI_DEMO_PASSWORD: serverPassword,
              TAVOITEVAHTI_API_ONLY: '',
            },
            stdout: 'pipe' as const,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
