import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { apiFromPage, DEMO_PEOPLE, signInAndOpen } from './sign-in';

const PLAN = '/plans/vantaa-kasvatus-2021';
const STRUCTURE = `${PLAN}/structure`;

const goalHeadings = (page: Page, theme: string) =>
  page.locator('li.structure-item--theme', { has: page.getByRole('heading', { level: 2, name: theme }) }).getByRole('heading', { level: 3 });

test('a manager adds a goal and a target, reorders them and archives a target', async ({ page }, testInfo) => {
  await signInAndOpen(page, PLAN, DEMO_PEOPLE.manager);
  await page.getByRole('link', { name: 'Rakenne' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suunnitelman rakenne' })).toBeVisible();
  const theme = 'Edistämme asukkaiden hyvinvointia';

  await page.getByRole('button', { name: `Lisää strateginen tavoite teemaan ${theme}` }).click();
  await page.getByRole('textbox', { name: 'Numero' }).fill('14');
  await page.getByRole('textbox', { name: 'Strategisen tavoitteen nimi' }).fill('Liikunta lisääntyy');
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByRole('status').getByText('Lisätty: strateginen tavoite 14.')).toBeVisible();
  await expect(goalHeadings(page, theme)).toHaveText(['12. Hyvinvointierot vähenevät', /^13\./, '14. Liikunta lisääntyy']);

  await page.getByRole('button', { name: 'Lisää sitova tavoite strategiseen tavoitteeseen 14' }).click();
  await expect(page.getByRole('textbox', { name: 'Tunnus' })).toHaveValue('14.1');
  await page.getByRole('textbox', { name: 'Sitova tavoite' }).fill('Liikuntatunteja on joka päivä');
  await page.getByRole('textbox', { name: 'Mittari (vapaaehtoinen)' }).fill('Liikuntatunnit viikossa');
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByRole('status').getByText('Lisätty: sitova tavoite 14.1.')).toBeVisible();

  // Reordering by keyboard: the new goal moves up above 13, and the focus stays on its button.
  const moveUp = page.getByRole('button', { name: 'Siirrä ylös: strateginen tavoite 14' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(goalHeadings(page, theme)).toHaveText(['12. Hyvinvointierot vähenevät', '14. Liikunta lisääntyy', /^13\./]);
  await expect(moveUp).toBeFocused();

  await page.getByRole('button', { name: 'Arkistoi: sitova tavoite 12.12' }).click();
  const archived = page.locator('li[data-target-code="12.12"]');
  await expect(archived.getByText('Arkistoitu', { exact: true })).toBeVisible();
  await expect(archived).toHaveClass(/structure-item--archived/);
  await expect(page.getByRole('button', { name: 'Palauta: sitova tavoite 12.12' })).toBeFocused();

  // A goal with targets cannot be deleted: the page says so and offers archiving.
  await page.getByRole('button', { name: 'Poista: strateginen tavoite 12' }).click();
  await expect(page.getByRole('alert').getByText(/ei voi poistaa, koska sen alla on 4 sitovaa tavoitetta/)).toBeVisible();
  await page.getByRole('button', { name: 'Peruuta' }).click();

  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'structure-page');

  // The server has the changes; the new target is in the target list with its metric.
  const answer = await apiFromPage<{ targets: { code: string; archived?: boolean; version: number }[] }>(page, '/api/plans/vantaa-kasvatus-2021/targets');
  expect(answer.body.targets.find((target) => target.code === '12.12')).toMatchObject({ archived: true, version: 2 });
  await page.getByRole('link', { name: 'Tavoitteet', exact: true }).click();
  await expect(page.locator('tr[data-target-code="14.1"]')).toContainText('Liikuntatunnit viikossa');
});

test('a duplicate code is refused beside the field, and offline the page says changes need a connection', async ({ page, context }) => {
  await signInAndOpen(page, STRUCTURE, DEMO_PEOPLE.manager);
  await page.getByRole('button', { name: 'Lisää sitova tavoite strategiseen tavoitteeseen 12' }).click();
  await page.getByRole('textbox', { name: 'Tunnus' }).fill('12.4');
  await page.getByRole('textbox', { name: 'Sitova tavoite' }).fill('Kopio');
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByText(/Tunnus 12.4 on jo käytössä tässä suunnitelmassa/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tunnus' })).toBeFocused();

  await context.setOffline(true);
  await expect(page.getByText(/Rakenteen muutokset tarvitsevat verkkoyhteyden/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Arkistoi: sitova tavoite 12.12' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Tunnus' })).toBeDisabled();
  await context.setOffline(false);
  await expect(page.getByRole('button', { name: 'Arkistoi: sitova tavoite 12.12' })).toBeEnabled();
});

test('a responsible person has no Rakenne tab, and the address tells them they may not edit', async ({ page }) => {
  await signInAndOpen(page, PLAN, DEMO_PEOPLE.responsible);
  await expect(page.getByRole('link', { name: 'Sitovat tavoitteet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rakenne' })).toHaveCount(0);
  await page.goto(STRUCTURE);
  await expect(page.getByText(/Sinulla ei ole oikeutta muokata suunnitelman rakennetta/)).toBeVisible();
  const refused = await apiFromPage(page, '/api/plans/vantaa-kasvatus-2021/themes', { method: 'POST', body: { title: 'Oma teema' } });
  expect(refused.status).toBe(403);
});

test('the admin changes a role and adds a person on the users page', async ({ page }, testInfo) => {
  await signInAndOpen(page, PLAN, DEMO_PEOPLE.admin);
  await page.getByRole('link', { name: 'Käyttäjät' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät ja roolit' })).toBeVisible();
  const lauri = page.getByRole('row', { name: /Lauri Lautakunta/ });
  await lauri.getByRole('combobox', { name: 'Henkilön Lauri Lautakunta rooli' }).selectOption('manager');
  await lauri.getByRole('button', { name: 'Tallenna henkilön Lauri Lautakunta rooli' }).click();
  await expect(page.getByRole('status').getByText(/Henkilön Lauri Lautakunta rooli on nyt/)).toBeVisible();

  await page.getByRole('textbox', { name: 'Nimi' }).fill('Ella Esimerkki');
  await page.getByRole('textbox', { name: 'Tehtävä tai asema' }).fill('Rehtori (kuvitteellinen)');
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await expect(page.getByRole('row', { name: /Ella Esimerkki/ })).toBeVisible();

  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'admin-users-page');
});
