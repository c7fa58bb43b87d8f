import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from '../page-checks';
import { DEMO_PEOPLE, signInAndOpen } from '../sign-in';

// Project "server" only: a person added on the users page can sign in once the admin has set their password there.
test('the admin adds a person, sets their password on the users page, and the person signs in with it', async ({ page }, testInfo) => {
  // The server's database lasts for the whole run, so the name is new each time.
  const name = `Pekka Testinen ${Date.now()}`;
  const password = 'kevät-aamun-salasana-42';
  await signInAndOpen(page, '/admin/users', DEMO_PEOPLE.admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät ja roolit' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Nimi' }).fill(name);
  await page.getByRole('textbox', { name: 'Tehtävä tai asema' }).fill('Koulutussuunnittelija (kuvitteellinen)');
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await expect(page.getByRole('status').getByText(/Aseta seuraavaksi hänen salasanansa/)).toBeVisible();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.getByRole('button', { name: `Aseta salasana henkilölle ${name}` }).click();
  // Too short first: refused on the page, with the rule, and nothing sent.
  await expect(page.getByLabel('Uusi salasana', { exact: true })).toBeFocused();
  await page.getByLabel('Uusi salasana', { exact: true }).fill('lyhyt');
  await page.getByLabel('Salasana uudelleen').fill('lyhyt');
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(page.getByText('Salasanassa on oltava vähintään 12 merkkiä.')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'admin-set-password-errors');

  await page.getByLabel('Uusi salasana', { exact: true }).fill(password);
  await page.getByLabel('Salasana uudelleen').fill(password);
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  const saved = page.getByRole('status').getByText(/^Salasana asetettu\. Henkilö .* kirjautuu käyttäjätunnuksella (\S+)\.$/);
  await expect(saved).toBeVisible();
  const username = /käyttäjätunnuksella (\S+)\.$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(username).not.toBe('');
  await expect(row.getByRole('button', { name: `Aseta salasana henkilölle ${name}` })).toBeFocused();

  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Käyttäjätunnus' }).fill(username);
  await page.getByLabel('Salasana', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText(`Kirjautunut: ${name} (vastuuhenkilö)`)).toBeVisible();
});
