import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInAndOpen } from './sign-in';

const PLAN = '/plans/vantaa-kasvatus-2021';

test('a plan exported as CSV and imported into a new plan comes back the same', async ({ page }, testInfo) => {
  await signInAndOpen(page, PLAN);
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  const original = await page.locator('tr[data-target-code]').evaluateAll((rows) =>
    rows.map((row) =>
      (row as HTMLElement).innerText
        .replace(/Näytä lisää|Näytä vähemmän/g, '')
        // An import is a new update, so the staleness flags of the old rows are the one expected difference.
        .replace(/(Vanhentunut|Päivitys erääntynyt) \(päivitetty \d+ päivää? sitten\)/g, '')
        .replace(/\s+/g, ' '),
    ),
  );

  await page.getByRole('link', { name: 'Vienti ja tuonti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vienti ja tuonti' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa CSV-tiedosto' }).click();
  const download = await downloading;
  const csvPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(csvPath);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  await page.getByLabel('Taulukkotiedosto (.csv tai .xlsx)').setInputFiles(csvPath);
  await expect(page.getByText(/on kunnossa/).first()).toBeVisible();
  await page.getByLabel('Suunnitelman nimi').fill('Tuotu kopio 2021');
  await page.getByRole('button', { name: 'Tuo suunnitelma' }).click();

  await expect(page.locator('.page-heading').getByText('Tuotu kopio 2021')).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`${PLAN}$`));
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  const imported = await page.locator('tr[data-target-code]').evaluateAll((rows) =>
    rows.map((row) =>
      (row as HTMLElement).innerText
        .replace(/Näytä lisää|Näytä vähemmän/g, '')
        // An import is a new update, so the staleness flags of the old rows are the one expected difference.
        .replace(/(Vanhentunut|Päivitys erääntynyt) \(päivitetty \d+ päivää? sitten\)/g, '')
        .replace(/\s+/g, ' '),
    ),
  );
  expect(imported).toEqual(original);
  // The import reaches the server: it is no longer waiting in the outbox.
  await expect(page.locator('[data-sync-state]')).toHaveCount(0);
});
