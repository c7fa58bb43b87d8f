import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { DEMO_PEOPLE, signInAndOpen } from './sign-in';

const PLAN = '/plans/vantaa-kasvatus-2021';
const DETAIL_171 = `${PLAN}/targets/vantaa-2021-17-1`;
const COMMENT = 'Kerro mittarien tilanteessa myös, kuinka moni koulu käyttää etäopetusmalleja.';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
}

/** Signs in from the sign-in page the app is showing, then opens `path` through the address bar. */
async function signInAs(page: Page, person: string, path: string) {
  await page.getByRole('radio', { name: new RegExp(person) }).check();
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText(new RegExp(`Kirjautunut: ${person}`))).toBeVisible();
  await page.goto(path);
}

test('a manager returns a responsible person’s update with a comment, which she then sees on her own targets', async ({ page }, testInfo) => {
  // Riikka Åstrand updates her target 17.1; the history on the page shows her change once it has reached the server.
  await signInAndOpen(page, DETAIL_171, DEMO_PEOPLE.responsible);
  await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
  const form = page.getByRole('form', { name: /Päivitä tavoitteen 17\.1/ });
  await form.getByRole('radio', { name: 'Toteutuu osittain' }).check();
  await form.getByRole('textbox', { name: 'Mittarien tilanne' }).fill('Etäopetusmalleja on käytössä noin 85.');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  const history = page.getByRole('region', { name: 'Muutoshistoria' });
  await expect(history.getByText(/^Riikka Åstrand, \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/)).toBeVisible();
  await expect(history.getByRole('row', { name: /^Tila/ })).toContainText('Toteutuu täysin');
  await expect(history.getByRole('row', { name: /^Tila/ })).toContainText('Toteutuu osittain');
  await saveScreenshot(page, testInfo, 'target-history');
  await expect(page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Omat tavoitteet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Arviointijono' })).toHaveCount(0);
  await signOut(page);

  // Maija Manageri finds it in her review queue with the change field by field, and returns it.
  await signInAs(page, DEMO_PEOPLE.manager, PLAN);
  await page.getByRole('navigation', { name: 'Suunnitelman osiot' }).getByRole('link', { name: 'Arviointijono' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Arviointijono' })).toBeVisible();
  const item = page.locator('article[data-target-code="17.1"]');
  await expect(item.getByText('Muuttanut: Riikka Åstrand')).toBeVisible();
  const statusRow = item.getByRole('row', { name: /^Tila/ });
  await expect(statusRow.getByRole('cell')).toHaveText(['Toteutuu täysin', 'Toteutuu osittain']);
  await expect(item.getByRole('row', { name: /^Mittarien tilanne/ }).getByRole('cell').nth(1)).toHaveText('Etäopetusmalleja on käytössä noin 85.');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'review-queue');

  await item.getByRole('button', { name: 'Palauta kommentilla' }).click();
  const returnForm = item.getByRole('form', { name: 'Palauta kommentilla: 17.1' });
  await returnForm.getByRole('button', { name: 'Lähetä palautus' }).click();
  await expect(returnForm.getByText('Kirjoita kommentti: palautus tarvitsee perustelun.')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'review-return-form');
  await returnForm.getByRole('textbox', { name: 'Kommentti vastuuhenkilöille' }).fill(COMMENT);
  await returnForm.getByRole('button', { name: 'Lähetä palautus' }).click();
  await expect(page.getByText('Tavoite 17.1 on palautettu vastuuhenkilöille kommentin kera ja poistettu jonosta.')).toBeFocused();
  await expect(item).toHaveCount(0);
  await expect(page.getByText('Arviointijono on tyhjä: kaikki muutokset on arvioitu.')).toBeVisible();
  await signOut(page);

  // Riikka sees the comment, who returned it and when, on "my targets".
  await signInAs(page, DEMO_PEOPLE.responsible, '/');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Omat tavoitteet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Omat tavoitteet' })).toBeVisible();
  const returns = page.getByRole('region', { name: 'Palautetut päivitykset' });
  await expect(returns.getByText(COMMENT)).toBeVisible();
  await expect(returns.getByText(/^Palauttanut Maija Manageri \d{1,2}\.\d{1,2}\.\d{4} klo/)).toBeVisible();
  const row = page.locator('tr[data-target-code="17.1"]');
  await expect(row.getByText('Palautettu kommentilla')).toBeVisible();
  await expect(row.getByText('Toteutuu osittain')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'my-targets');
});

test('a responsible person who opens the review queue is told it is not for her role', async ({ page }) => {
  await signInAndOpen(page, `${PLAN}/review`, DEMO_PEOPLE.responsible);
  await expect(page.getByText(/Sinulla ei ole oikeutta arviointijonoon/)).toBeVisible();
  await expectNoAxeViolations(page);
});
