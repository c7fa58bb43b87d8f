import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { expect, test } from '@playwright/test';
import { signInAndOpen } from './sign-in';




test('a reader filters the measures, opens measure 91 and follows it to a target', async ({ page }, testInfo) => {
  await signInAndOpen(page, '/measures');
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
