import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { apiFromPage, DEMO_PEOPLE, signInAndOpen } from './sign-in';

const MEASURE_91 = '/measures/measure-91';
const MEASURE_TITLE = '91 Yhteistyö koulujen ja oppilaitosten kanssa';
/** The "not yet synced" marker under the measure's title. */
const notSyncedMarker = (page: Page) => page.locator('.target-detail__status [data-sync-state="pending"]');
const progressField = (page: Page) => page.getByLabel('Toimenpiteen tiedot').locator('[data-progress]');

test('a manager updates measure 91 offline; the edit survives an offline reload and syncs when the network returns', async ({
  page,
  context,
}, testInfo) => {
  await signInAndOpen(page, MEASURE_91, DEMO_PEOPLE.manager);
  await expect(page.getByRole('heading', { level: 1, name: MEASURE_TITLE })).toBeVisible();
  // Offline reloads are served by the app's service worker, so it must be in control first.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await page.getByRole('button', { name: 'Muokkaa toimenpidettä' }).click();
  const form = page.getByRole('form', { name: 'Muokkaa toimenpidettä 91' });
  await expect(form.getByRole('radio', { name: 'Ajallaan' })).toBeChecked();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'measure-edit-form');

  await context.setOffline(true);
  await expect(page.getByText('Ei verkkoyhteyttä').first()).toBeVisible();
  await form.getByRole('radio', { name: 'Myöhässä' }).check();
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Muutos on tallennettu tälle laitteelle')).toBeVisible();
  await expect(notSyncedMarker(page)).toBeVisible();
  await expect(progressField(page)).toHaveText('Myöhässä');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: MEASURE_TITLE })).toBeVisible();
  await expect(notSyncedMarker(page)).toBeVisible();
  await expect(progressField(page)).toHaveText('Myöhässä');
  await expect(page.locator('.app-header').getByText('1 tallentamatta palvelimelle').first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'measure-edited-offline');

  // The sync panel names the waiting edit as a measure, not as a target.
  await page.getByRole('button', { name: /synkronoitu/ }).click();
  const panel = page.getByRole('region', { name: 'Palvelimelle tallentamattomat muutokset' });
  await expect(panel.getByRole('link', { name: 'Toimenpide 91: Yhteistyö koulujen ja oppilaitosten kanssa' })).toBeVisible();
  await expect(panel.getByText('Eteneminen', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  await context.setOffline(false);
  await expect(notSyncedMarker(page)).toHaveCount(0);
  await expect(page.getByText(/Versio 2/)).toBeVisible();
  // The server records the manager who made the edit offline.
  const { body } = await apiFromPage<{ item: { version: number; progress: string; updatedBy: string } }>(page, '/api/measures/measure-91');
  expect(body.item).toMatchObject({ version: 2, progress: 'late', updatedBy: DEMO_PEOPLE.manager });
});

test('a board member reads measure 91 and a project but is offered no editing, and the API refuses them', async ({ page }) => {
  await signInAndOpen(page, MEASURE_91, DEMO_PEOPLE.viewer);
  await expect(page.getByText(/Sinulla on lukuoikeus tähän toimenpiteeseen/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Muokkaa toimenpidettä' })).toHaveCount(0);

  await page.goto('/projects/6aika-pedtech');
  await expect(page.getByText(/Sinulla on lukuoikeus tähän hankkeeseen/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Muokkaa hanketta' })).toHaveCount(0);

  const refused = await apiFromPage(page, '/api/projects/6aika-pedtech', { method: 'PATCH', body: { baseVersion: 1, changes: { goals: 'x' } } });
  expect(refused.status).toBe(403);
});
