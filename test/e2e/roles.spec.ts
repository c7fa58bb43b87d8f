import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { apiFromPage, DEMO_PEOPLE, signInAndOpen } from './sign-in';

const PLAN = '/plans/vantaa-kasvatus-2021';
const DETAIL_171 = `${PLAN}/targets/vantaa-2021-17-1`;
const DETAIL_1212 = `${PLAN}/targets/vantaa-2021-12-12`;

test('the sign-in page lists the people by role and passes the accessibility checks', async ({ page }, testInfo) => {
  await page.goto(PLAN);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Vastuuhenkilö' }).getByRole('radio')).toHaveCount(3);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'sign-in');

  // Keyboard only: into the list of people, choose, and sign in.
  await page.getByRole('radio', { name: /Katri Kalske/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kirjautunut: Katri Kalske (vastuuhenkilö)')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${PLAN}$`));
});

test('a responsible person edits their own target and cannot edit another’s, in the page or through the API', async ({ page }) => {
  await signInAndOpen(page, DETAIL_171, DEMO_PEOPLE.responsible);
  await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
  const form = page.getByRole('form', { name: /Päivitä tavoitteen 17\.1/ });
  await form.getByRole('textbox', { name: 'Mittarien tilanne' }).fill('Etäopetusmallit käytössä kaikissa kouluissa.');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Muutos on tallennettu tälle laitteelle')).toBeVisible();
  await expect(page.locator('.target-detail__status [data-sync-state="pending"]')).toHaveCount(0);
  // The sync runs in the background: wait until the server has the edit, and who made it.
  await expect
    .poll(async () => (await apiFromPage<{ target: { updatedBy: string; metricStatus: string } }>(page, '/api/targets/vantaa-2021-17-1')).body.target)
    .toMatchObject({ updatedBy: 'Riikka Åstrand', metricStatus: 'Etäopetusmallit käytössä kaikissa kouluissa.' });

  await page.goto(DETAIL_1212);
  await expect(page.getByText(/Sinulla on lukuoikeus tähän tavoitteeseen/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Päivitä edistyminen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const refused = await apiFromPage<{ message: string }>(page, '/api/targets/vantaa-2021-12-12', {
    method: 'PATCH',
    body: { baseVersion: 1, changes: { status: 'fully' } },
  });
  expect(refused.status).toBe(403);
  expect(refused.body.message).toMatch(/oikeutta/);
});

test('a board member reads everything and edits nothing; signing out returns to the sign-in page', async ({ page }) => {
  await signInAndOpen(page, DETAIL_171, DEMO_PEOPLE.viewer);
  await expect(page.getByText('Kirjautunut: Lauri Lautakunta (lukija)')).toBeVisible();
  await expect(page.getByText(/Sinulla on lukuoikeus tähän tavoitteeseen/)).toBeVisible();
  await page.getByRole('link', { name: /Takaisin tavoitelistaan/ }).click();
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);

  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  const afterSignOut = await apiFromPage(page, '/api/plans');
  expect(afterSignOut.status).toBe(401);
});
