import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { apiFromPage, DEMO_PEOPLE, signInAndOpen } from './sign-in';

const DETAIL_1212 = '/plans/vantaa-kasvatus-2021/targets/vantaa-2021-12-12';
/** The target page's own "Mittarien tilanne" text, not the same words in its change history. */
const metricStatusText = (page: Page, text: string) => page.locator('section[aria-labelledby="metric-status"]').getByText(text);
/** The "not yet synced" marker beside the target's status badge. */
const notSyncedMarker = (page: Page) => page.locator('.target-detail__status [data-sync-state="pending"]');

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

async function editTarget(page: Page, status: string, metricStatus: string) {
  await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
  const form = page.getByRole('form', { name: /Päivitä tavoitteen 12\.12 edistyminen/ });
  await form.getByRole('radio', { name: status }).check();
  await form.getByRole('textbox', { name: 'Mittarien tilanne' }).fill(metricStatus);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Muutos on tallennettu tälle laitteelle')).toBeVisible();
}

/** The demo server's copy, read through its API (the page must be online). */
async function serverCopy(page: Page): Promise<ServerTarget> {
  return (await apiFromPage<{ target: ServerTarget }>(page, '/api/targets/vantaa-2021-12-12')).body.target;
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
    version: 2,
    status: 'partially',
    metricStatus: 'Junassa kirjattu tilanne.',
    updatedBy: DEMO_PEOPLE.responsibleForAll,
  });

  // A device with no local copy gets the new values from the server.
  await forgetLocalCopy(page);
  await page.goto(DETAIL_1212);
  await expect(metricStatusText(page, 'Junassa kirjattu tilanne.')).toBeVisible();
  await expect(page.getByText(/Versio 2/)).toBeVisible();
  await expect(notSyncedMarker(page)).toHaveCount(0);
});

test('a colleague’s change made meanwhile shows both versions, and the chosen result is what the server keeps', async ({
  page,
  context,
}) => {
  await openOnline(page, DETAIL_1212);
  await context.setOffline(true);
  await editTarget(page, 'Toteutuu täysin', 'Oma tilanne offline-tilassa.');
  // The colleague saves on another device while this one is offline.
  await page.evaluate(() =>
    window.__tavoitevahtiDemo?.colleagueEdit(
      'vantaa-2021-12-12',
      { status: 'partially', metricStatus: 'Kollegan tilanne.' },
      'Riikka Åstrand',
    ),
  );

  await context.setOffline(false);
  const conflict = page.getByRole('region', { name: /Ristiriita/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText(/Riikka Åstrand tallensi palvelimelle uudemman version/)).toBeVisible();
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
    .toMatchObject({ version: 3, status: 'partially', metricStatus: 'Oma tilanne offline-tilassa.' });
});

test('an edit still waiting when the page is closed is there when it is opened again, and then syncs', async ({
  context,
}) => {
  const first = await context.newPage();
  await openOnline(first, DETAIL_1212);
  await context.setOffline(true);
  await editTarget(first, 'Toteutuu täysin', 'Kirjattu ennen kannen sulkemista.');
  await first.close();

  const second = await context.newPage();
  await second.goto(DETAIL_1212);
  await expect(notSyncedMarker(second)).toBeVisible();
  await expect(metricStatusText(second, 'Kirjattu ennen kannen sulkemista.')).toBeVisible();

  await context.setOffline(false);
  await expect(notSyncedMarker(second)).toHaveCount(0);
  expect(await serverCopy(second)).toMatchObject({ version: 2, status: 'fully', metricStatus: 'Kirjattu ennen kannen sulkemista.' });
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
  const patches: string[] = [];
  for (const page of [first, second]) {
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patches.push(request.url());
    });
  }

  await editTarget(first, 'Toteutuu osittain', 'Näkyy toisessakin välilehdessä.');
  await expect(metricStatusText(second, 'Näkyy toisessakin välilehdessä.')).toBeVisible();
  await expect(notSyncedMarker(second)).toHaveCount(0);
  await expect.poll(() => serverCopy(second)).toMatchObject({ version: 2, metricStatus: 'Näkyy toisessakin välilehdessä.' });
  expect(patches).toHaveLength(1);
});
