// Lighthouse (desktop preset) on the Vantaa plan's list and summary pages, signed in: Chromium is launched
// by Playwright with a remote-debugging port and a profile of its own, the person signs in there, and
// Lighthouse runs against the same browser without resetting its storage, so it shares the session.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ADMIN, CHROMIUM_FLAGS, CHROMIUM_PATH, signInAndOpen, VIEWPORT } from './browser.mjs';
import { measured, notMeasured, spec } from './report.mjs';
import { BASE_URL } from './serve.mjs';

const PAGES = [
  { key: 'List', name: 'list page', path: '/plans/vantaa-kasvatus-2021' },
  { key: 'Summary', name: 'summary page', path: '/plans/vantaa-kasvatus-2021/summary' },
];
const CATEGORIES = [
  { id: 'performance', key: 'Performance', goal: { op: '>=', value: 95 } },
  { id: 'accessibility', key: 'Accessibility', goal: { op: '=', value: 100 } },
  { id: 'best-practices', key: 'BestPractices', goal: { op: '>=', value: 95 } },
];

export const lighthouseSpecs = PAGES.flatMap((page) =>
  CATEGORIES.map((category) => spec(`lighthouse${page.key}${category.key}`, `Lighthouse ${category.id}, ${page.name} (desktop)`, 'points', category.goal, 0)),
);

/** A TCP port nobody listens on at the moment of asking. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The audits of a category that did not get full marks, by id. */
const failedAudits = (lhr, categoryId) =>
  lhr.categories[categoryId].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
    .map((ref) => ref.id);

export async function measureLighthouse(scope) {
  process.env.CHROME_PATH = CHROMIUM_PATH;
  const [{ default: lighthouse }, { default: desktopConfig }] = await Promise.all([
    import('lighthouse'),
    import('lighthouse/core/config/desktop-config.js'),
  ]);
  const port = await freePort();
  const profileDir = mkdtempSync(join(tmpdir(), 'tavoitevahti-lighthouse-'));
  scope.onCleanup(() => rmSync(profileDir, { recursive: true, force: true }));
  const context = scope.track(
    await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`],
      viewport: VIEWPORT,
    }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await signInAndOpen(page, `${BASE_URL}${PAGES[0].path}`, { person: ADMIN });
  // Nothing of the app keeps running beside the tab Lighthouse opens.
  await page.goto('about:blank');

  const figures = [];
  const details = { version: null, pages: {} };
  for (const target of PAGES) {
    const pageSpecs = lighthouseSpecs.filter((figure) => figure.key.startsWith(`lighthouse${target.key}`));
    try {
      const result = await lighthouse(
        `${BASE_URL}${target.path}`,
        { port, output: 'json', logLevel: 'error', disableStorageReset: true, onlyCategories: CATEGORIES.map((c) => c.id) },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse gave no result');
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      details.version = lhr.lighthouseVersion;
      details.pages[target.path] = {
        finalUrl: lhr.finalDisplayedUrl,
        metrics: Object.fromEntries(
          ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
            id,
            lhr.audits[id]?.displayValue ?? null,
          ]),
        ),
        failedAudits: Object.fromEntries(CATEGORIES.map((c) => [c.id, failedAudits(lhr, c.id)])),
        inspectorIssues: (lhr.audits['inspector-issues']?.details?.items ?? []).map((item) => item.issueType),
      };
      if (new URL(lhr.finalDisplayedUrl).pathname !== target.path) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not the page`);
      CATEGORIES.forEach((category, index) => {
        const score = lhr.categories[category.id].score;
        const failed = details.pages[target.path].failedAudits[category.id];
        const note = failed.length > 0 ? `below full marks: ${failed.slice(0, 6).join(', ')}${failed.length > 6 ? ', …' : ''}` : undefined;
        figures.push(score === null ? notMeasured(pageSpecs[index], 'Lighthouse gave no score') : measured(pageSpecs[index], Math.round(score * 100), note));
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      figures.push(...pageSpecs.map((figure) => notMeasured(figure, reason)));
    }
  }
  return { figures, details };
}
