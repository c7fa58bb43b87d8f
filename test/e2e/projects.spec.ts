import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { expect, test } from '@playwright/test';
import { signInAndOpen } from './sign-in';




test('a manager filters the project portfolio, sorts it and reads the PEdTech budget', async ({ page }, testInfo) => {
  await signInAndOpen(page, '/projects?from=2021-05-01');
  await expect(page.getByRole('heading', { level: 1, name: 'Hankkeet' })).toBeVisible();
  await expect(page.locator('tr[data-project-id]')).toHaveCount(14);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'project-list');

  await page.getByRole('combobox', { name: 'Rahoittaja' }).selectOption('Euroopan sosiaalirahasto');
  await expect(page.locator('tr[data-project-id]')).toHaveCount(3);
  await expect(page).toHaveURL(/funder=Euroopan/);
  await page.getByRole('button', { name: /^Hankeaika/ }).click();
  await expect(page.getByRole('columnheader', { name: /Hankeaika/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('tr[data-project-id]').first()).toHaveAttribute('data-project-id', 'connext-for-inclusion');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '6Aika: PEdTech' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '6Aika: PEdTech' })).toBeVisible();
  await expect(page.getByTestId('own-financing')).toContainText(/Omarahoitus 30\s%\s=\s92\s938\s€/);
  await expect(page.getByText('HEL 2019-009918 T 02 05 02')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'project-detail');

  await page.getByRole('link', { name: /Takaisin hankelistaan/ }).click();
  await expect(page.locator('tr[data-project-id]')).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Rahoittaja' })).toHaveValue('Euroopan sosiaalirahasto');
});
