import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFromServer } from './server-api';
import { apiFromPage, apiMode, DEMO_PEOPLE, signInAndOpen } from './sign-in';
import { metricStatusText, notSyncedMarker, saveProgress, targetPath } from './target-page';

// Runs in the demo project and in the "server" project (the real server, shared by all its tests: versions
// are counted from what the server had when a test began, not from the seed's 1).
const TARGET_1212 = 'vantaa-2021-12-12';
const DETAIL_1212 = targetPath(TARGET_1212);

interface ServerTarget {
  version: number;
  status: string;
  metricStatus: string;
  updatedBy: string;
}

/** Opens `url`, signing in first as Katri Kalske (responsible for 12.12) unless this browser already has. */
async function openOnline(page: Page, url: string, { signIn = true } = {}) {
  if (signIn) await signInAndOpen(page, url, DEMO_PEOPLE.responsibleForAll);
  else await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeVisible();
  // Offline reloads are served by the app's service worker, so it must be in control first.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const editTarget = (page: Page, status: string, metricStatus: string) => saveProgress(page, '12.12', status, metricStatus);

/**
 * The server's copy. The demo's server runs in the page, so it is read there (the page must be online);
 * the real server is asked by a manager's session of its own, as another computer would see it.
 */
async function serverCopy(page: Page): Promise<ServerTarget> {
  const path = `/api/targets/${TARGET_1212}`;
  if (apiMode() === 'server') return (await readFromServer<{ target: ServerTarget }>(DEMO_PEOPLE.manager, path)).target;
  return (await apiFromPage<{ target: ServerTarget }>(page, path)).body.target;
}

/**
 * A colleague saves 12.12 on another device while this one is offline; answers the colleague's name.
 * The demo's server lives in this browser, so its hook plays the colleague; against the real server a
 * manager really does it, signed in in a second browser.
 */
async function colleagueSaves(page: Page, browser: Browser, status: { value: string; label: string }, metricStatus: string) {
  if (apiMode() === 'demo') {
    await page.evaluate(
      ({ targetId, status, metricStatus }) =>
        window.__tavoitevahtiDemo?.colleagueEdit(targetId, { status, metricStatus }, 'Riikka Åstrand'),
      { targetId: TARGET_1212, status: status.value, metricStatus },
    );
    return 'Riikka Åstrand';
  }
  const otherBrowser = await browser.newContext();
  try {
    const colleaguePage = await otherBrowser.newPage();
    await signInAndOpen(colleaguePage, DETAIL_1212, DEMO_PEOPLE.manager);
    await editTarget(colleaguePage, status.label, metricStatus);
    await expect(notSyncedMarker(colleaguePage)).toHaveCount(0);
  } finally {
    await otherBrowser.close();
  }
  return DEMO_PEOPLE.manager;
}

/** Deletes the app's own database (not the demo server's), as on a device that never opened the app. */
async function forgetLocalCopy(page: Page) {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('tavoitevahti');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not delete the local database'));
        request.onblocked = () => reject(new Error('the local database is still open'));
      }),
  );
}

test('an edit made offline survives an offline reload and syncs when the network returns', async ({ page, context }) => {
  await openOnline(page, DETAIL_1212);
  const before = await serverCopy(page);
  await context.setOffline(true);
  await expect(page.getByText('Ei verkkoyhteyttä').first()).toBeVisible();
  await editTarget(page, 'Toteutuu osittain', 'Junassa kirjattu tilanne.');
  await expect(notSyncedMarker(page)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeVisible();
  await expect(notSyncedMarker(page)).toBeVisible();
  await expect(metricStatusText(page, 'Junassa kirjattu tilanne.')).toBeVisible();
  await expect(page.locator('.target-detail__status').getByText('Toteutuu osittain')).toBeVisible();
  await expect(page.locator('.app-header').getByText('1 tallentamatta palvelimelle').first()).toBeVisible();

  await context.setOffline(false);
  await expect(notSyncedMarker(page)).toHaveCount(0);
  // The server records the person who made the edit offline, not whoever happens to send it.
  expect(await serverCopy(page)).toMatchObject({
    version: before.version + 1,
    status: 'partially',
    metricStatus: 'Junassa kirjattu tilanne.',
    updatedBy: DEMO_PEOPLE.responsibleForAll,
  });

  // A device with no local copy gets the new values from the server.
  await forgetLocalCopy(page);
  await page.goto(DETAIL_1212);
  await expect(metricStatusText(page, 'Junassa kirjattu tilanne.')).toBeVisible();
  await expect(page.getByText(new RegExp(`Versio ${before.version + 1}\\b`))).toBeVisible();
  await expect(notSyncedMarker(page)).toHaveCount(0);
});

test('a colleague’s change made meanwhile shows both versions, and the chosen result is what the server keeps', async ({
  page,
  context,
  browser,
}) => {
  await openOnline(page, DETAIL_1212);
  const before = await serverCopy(page);
  await context.setOffline(true);
  await editTarget(page, 'Toteutuu täysin', 'Oma tilanne offline-tilassa.');
  const colleague = await colleagueSaves(page, browser, { value: 'partially', label: 'Toteutuu osittain' }, 'Kollegan tilanne.');

  await context.setOffline(false);
  const conflict = page.getByRole('region', { name: /Ristiriita/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText(new RegExp(`${colleague} tallensi palvelimelle uudemman version`))).toBeVisible();
  await expect(conflict.getByText('Kollegan tilanne.')).toBeVisible();
  await expect(conflict.getByText('Oma tilanne offline-tilassa.')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await conflict.getByRole('radio', { name: /Tila: Palvelimen/ }).check();
  await conflict.getByRole('radio', { name: /Mittarien tilanne: Oma/ }).check();
  await conflict.getByRole('button', { name: 'Tallenna valinnat' }).click();

  await expect(conflict).toHaveCount(0);
  await expect(notSyncedMarker(page)).toHaveCount(0);
  await expect
    .poll(() => serverCopy(page))
    .toMatchObject({ version: before.version + 2, status: 'partially', metricStatus: 'Oma tilanne offline-tilassa.' });
});

test('an edit still waiting when the page is closed is there when it is opened again, and then syncs', async ({
  context,
}) => {
  const first = await context.newPage();
  await openOnline(first, DETAIL_1212);
  const before = await serverCopy(first);
  await context.setOffline(true);
  await editTarget(first, 'Toteutuu täysin', 'Kirjattu ennen kannen sulkemista.');
  await first.close();

  const second = await context.newPage();
  await second.goto(DETAIL_1212);
  await expect(notSyncedMarker(second)).toBeVisible();
  await expect(metricStatusText(second, 'Kirjattu ennen kannen sulkemista.')).toBeVisible();

  await context.setOffline(false);
  await expect(notSyncedMarker(second)).toHaveCount(0);
  expect(await serverCopy(second)).toMatchObject({
    version: before.version + 1,
    status: 'fully',
    metricStatus: 'Kirjattu ennen kannen sulkemista.',
  });
});

test('the edit form and the sync panel pass the accessibility checks', async ({ page }) => {
  await openOnline(page, DETAIL_1212);
  await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
  await expect(page.getByRole('form', { name: /Päivitä tavoitteen 12\.12 edistyminen/ })).toBeVisible();
  const withForm = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(withForm.violations.map((violation) => violation.id)).toEqual([]);

  const statusButton = page.locator('.app-header button[aria-controls]');
  await statusButton.click();
  await expect(statusButton).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Kaikki muutokset on tallennettu palvelimelle.')).toBeVisible();
  const withPanel = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(withPanel.violations.map((violation) => violation.id)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('sync-panel.png'), fullPage: false });
});

test('another open tab sees an edit at once, and only one tab sends it', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openOnline(first, DETAIL_1212);
  await openOnline(second, DETAIL_1212, { signIn: false });
  const before = await serverCopy(first);
  const patches: string[] = [];
  for (const page of [first, second]) {
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patches.push(request.url());
    });
  }

  await editTarget(first, 'Toteutuu osittain', 'Näkyy toisessakin välilehdessä.');
  await expect(metricStatusText(second, 'Näkyy toisessakin välilehdessä.')).toBeVisible();
  await expect(notSyncedMarker(second)).toHaveCount(0);
  await expect.poll(() => serverCopy(second)).toMatchObject({ version: before.version + 1, metricStatus: 'Näkyy toisessakin välilehdessä.' });
  expect(patches).toHaveLength(1);
});
