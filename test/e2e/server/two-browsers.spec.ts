import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from '../page-checks';
import { openServerSession, readFromServer } from '../server-api';
import { DEMO_PEOPLE, serverAccount, signInAndOpen } from '../sign-in';
import { metricStatusText, notSyncedMarker, PLAN_2021, saveProgress, targetPath } from '../target-page';

// Project "server" only: two browsers, each with its own session, share one truth through the real server.
const TARGET_81 = 'vantaa-2021-8-1';
const DETAIL_81 = targetPath(TARGET_81);

interface ServerTarget {
  version: number;
  metricStatus: string;
  updatedBy: string;
}

/** Signs `person` in on the plan's list and opens 8.1 from it, as people usually get to a target. */
async function openFromList(page: Page, person: string) {
  await signInAndOpen(page, PLAN_2021, person);
  await page.getByRole('link', { name: /Avaa tavoite 8\.1/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^8\.1 / })).toBeVisible();
}

const serverCopy = async () =>
  (await readFromServer<{ target: ServerTarget }>(DEMO_PEOPLE.admin, `/api/targets/${TARGET_81}`)).target;

test('a responsible person’s update in one browser reaches a manager in another, and the manager’s back', async ({ browser }, testInfo) => {
  const katriBrowser = await browser.newContext();
  const maijaBrowser = await browser.newContext();
  const katri = await katriBrowser.newPage();
  const maija = await maijaBrowser.newPage();

  // Both have the target open, each signed in with their own password.
  await openFromList(katri, DEMO_PEOPLE.responsibleForAll);
  await openFromList(maija, DEMO_PEOPLE.manager);
  const before = await serverCopy();

  const katrisUpdate = 'Oppivelvollisuuden valvonnan yhteistyörakenteet ovat käytössä kaikilla palvelualueilla.';
  await saveProgress(katri, '8.1', 'Toteutuu osittain', katrisUpdate);
  await expect(notSyncedMarker(katri)).toHaveCount(0);
  expect(await serverCopy()).toMatchObject({ version: before.version + 1, metricStatus: katrisUpdate, updatedBy: 'Katri Kalske' });

  // Maija's browser has never seen the update; after a reload it comes from the server.
  await maija.reload();
  await expect(metricStatusText(maija, katrisUpdate)).toBeVisible();
  await expect(maija.getByText(new RegExp(`Versio ${before.version + 1}\\b`))).toBeVisible();
  await expect(maija.locator('.target-detail__status').getByText('Toteutuu osittain')).toBeVisible();
  await saveScreenshot(maija, testInfo, 'target-after-server-round-trip');

  // …and her review queue lists it, with who changed what.
  await maija.goto(`${PLAN_2021}/review`);
  await expect(maija.getByRole('heading', { level: 1, name: 'Arviointijono' })).toBeVisible();
  const item = maija.locator(`article[data-target-code="8.1"]`);
  await expect(item.getByText('Muuttanut: Katri Kalske')).toBeVisible();
  await expect(item.getByRole('row', { name: /^Mittarien tilanne/ }).getByRole('cell').nth(1)).toHaveText(katrisUpdate);
  await expectNoAxeViolations(maija);

  // The other way round: the manager's change reaches Katri's browser.
  const maijasUpdate = 'Tarkennettu strategiapäällikön toimesta.';
  await maija.goto(DETAIL_81);
  await saveProgress(maija, '8.1', 'Toteutuu täysin', maijasUpdate);
  await expect(notSyncedMarker(maija)).toHaveCount(0);
  await katri.reload();
  await expect(metricStatusText(katri, maijasUpdate)).toBeVisible();
  await expect(katri.getByText(new RegExp(`Versio ${before.version + 2}\\b`))).toBeVisible();
  expect(await serverCopy()).toMatchObject({ version: before.version + 2, metricStatus: maijasUpdate, updatedBy: 'Maija Manageri' });

  await katriBrowser.close();
  await maijaBrowser.close();
});

test('a wrong password is refused with a sentence saying so, and the password sign-in page passes axe', async ({ page }, testInfo) => {
  await page.goto(PLAN_2021);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  // The real server has accounts: no list of people to pick from.
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'password-sign-in');

  const { username, password } = serverAccount(DEMO_PEOPLE.responsibleForAll);
  await page.getByRole('textbox', { name: 'Käyttäjätunnus' }).fill(username);
  await page.getByLabel('Salasana', { exact: true }).fill(`${password}-väärin`);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Kirjaudu sisään' }).getByRole('alert')).toHaveText(
    'Käyttäjätunnus tai salasana on väärin.',
  );
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'password-sign-in-wrong-password');

  // The right password then signs her in and opens the page she asked for.
  await page.getByLabel('Salasana', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText('Kirjautunut: Katri Kalske (vastuuhenkilö)')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${PLAN_2021}$`));
});

// A target opened straight from a link (its plan's list never opened on this device) is kept fresh by the sync too.
test('a target opened straight from a link shows a change saved elsewhere after a reload', async ({ page }) => {
  const targetId = 'vantaa-2021-5-1';
  await signInAndOpen(page, targetPath(targetId), DEMO_PEOPLE.responsibleForAll);
  await expect(page.getByRole('heading', { level: 1, name: /^5\.1 / })).toBeVisible();

  const elsewhere = await openServerSession(DEMO_PEOPLE.manager);
  const { target } = await elsewhere.get<{ target: ServerTarget }>(`/api/targets/${targetId}`);
  const metricStatus = 'Esiselvitys tehty toisella koneella.';
  const saved = await elsewhere.send('PATCH', `/api/targets/${targetId}`, {
    baseVersion: target.version,
    editId: crypto.randomUUID(),
    changes: { metricStatus },
  });
  await elsewhere.close();
  expect(saved.status).toBe(200);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Muutoshistoria' }).getByText(metricStatus)).toBeVisible();
  await expect(metricStatusText(page, metricStatus)).toBeVisible({ timeout: 5_000 });
});
