import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { expect, test } from '@playwright/test';
import { apiFromPage, signInAndOpen } from './sign-in';




test('a manager finds 12.12 by search, reads its details and switches language', async ({ page }, testInfo) => {
  await signInAndOpen(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sitovat tavoitteet' })).toBeVisible();
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'target-list');

  await page.getByRole('searchbox', { name: 'Haku' }).fill('keskeyttaneiden');
  await expect(page.locator('tr[data-target-code]')).toHaveCount(1);
  await expect(page).toHaveURL(/q=keskeyttaneiden/);
  await page.getByRole('link', { name: /Avaa tavoite 12\.12/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^12\.12 Keskeyttäneiden määrä/ })).toBeVisible();
  await expect(page.getByText('Ei toteudu lainkaan').first()).toBeVisible();
  await expect(page.getByRole('cell', { name: /19,3\s%/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'target-detail');

  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
  await expect(page.getByRole('link', { name: /Tillbaka till mållistan/ })).toBeVisible();
  await expect(page.getByText('Uppfylls inte alls').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('link', { name: /Tillbaka till mållistan/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('fi');
  await expect(page.getByRole('link', { name: /Takaisin tavoitelistaan/ })).toBeVisible();

  await page.getByRole('link', { name: /Takaisin tavoitelistaan/ }).click();
  await expect(page.locator('tr[data-target-code]')).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Haku' })).toHaveValue('keskeyttaneiden');
});

test('works with the keyboard alone, starting from the skip link', async ({ page }) => {
  await signInAndOpen(page, '/');
  // A fresh load, so the first Tab starts from the top of the page as for anyone arriving.
  await page.goto('/');
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Siirry sisältöön' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  await page.getByRole('checkbox', { name: 'Toteutuu osittain' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('tr[data-target-code]')).toHaveCount(1);
  await page.getByRole('link', { name: /Avaa tavoite 12\.4/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^12\.4 / })).toBeVisible();
});

test('the demo server keeps a saved change across a reload', async ({ page }) => {
  await signInAndOpen(page, '/');
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  const { status } = await apiFromPage(page, '/api/targets/vantaa-2021-12-12', {
    method: 'PATCH',
    body: { baseVersion: 1, changes: { status: 'partially' } },
  });
  expect(status).toBe(200);

  await page.reload();
  const row = page.locator('tr[data-target-code="12.12"]');
  await expect(row.getByText('Toteutuu osittain')).toBeVisible();
  await page.goto('/plans/vantaa-kasvatus-2021/targets/vantaa-2021-12-12');
  await expect(page.getByText(/Versio 2/)).toBeVisible();
});

test('opens the generated large plan from the URL', async ({ page }) => {
  await signInAndOpen(page, '/?dataset=large&n=300');
  await expect(page.locator('.page-heading').getByText(/Suuri testiaineisto/)).toBeVisible();
  await expect(page.locator('tr[data-target-code]')).toHaveCount(300);
  await expect(page.getByText('Havainnollistava aineisto, ei todellisia tietoja.')).toBeVisible();
});
