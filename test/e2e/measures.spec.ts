import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

async function saveScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('a reader filters the measures, opens measure 91 and follows it to a target', async ({ page }, testInfo) => {
  await page.goto('/measures');
  await expect(page.getByRole('heading', { level: 1, name: 'Toimenpiteet' })).toBeVisible();
  await expect(page.locator('tr[data-measure-number]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^8\.1 Toteutetaan/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'measure-list');

  await page.getByRole('combobox', { name: 'Vaikutus' }).selectOption({ label: 'Suuri' });
  await expect(page.locator('tr[data-measure-number]')).toHaveCount(0);
  await expect(page).toHaveURL(/impact=large/);
  await expect(page.getByText('Yksikään toimenpide ei vastaa valittuja suodattimia.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).first().click();
  await expect(page.locator('tr[data-measure-number]')).toHaveCount(1);

  await page.getByRole('link', { name: /Avaa toimenpide 91/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '91 Yhteistyö koulujen ja oppilaitosten kanssa' })).toBeVisible();
  const done = page.getByRole('region', { name: 'Mitä on tehty?' });
  const toDo = page.getByRole('region', { name: 'Mitä on tehtävä?' });
  await expect(done.locator('time')).toHaveText(['22.11.2019', '22.11.2019', '22.11.2019', '31.12.2019', '28.1.2020']);
  await expect(toDo.locator('time')).toHaveText(['20.9.2020']);
  await expect(toDo.getByText(/S&C-harjoittelutoiminnan määrittely/)).toBeVisible();
  await expect(page.getByText(/Tietoja päivitetty 20\.5\.2020/)).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'measure-detail');

  await page.getByRole('link', { name: /^12\.12 Keskeyttäneiden määrä/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Toimenpide 91: Yhteistyö koulujen ja oppilaitosten kanssa' })).toBeVisible();
  await expectNoAxeViolations(page);
});
