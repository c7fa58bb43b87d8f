import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { expect, test, type Page } from '@playwright/test';
import { signInAndOpen } from './sign-in';

const SUMMARY_URL = '/plans/vantaa-kasvatus-2021/summary';



const segment = (page: Page, name: string) => page.locator(`a.summary-segment[aria-label="${name}"]`);

test('a board member reads the summary, shows a chart as a table and follows a bar to the filtered list', async ({ page }, testInfo) => {
  await signInAndOpen(page, SUMMARY_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Yhteenveto' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Toteutuu täysin 6 \(75\s%\)$/ })).toBeVisible();
  await expect(page.getByText('Vuoden 2020 tiedot ovat havainnollistavia', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'Keskeyttäneiden määrä ammatillisessa koulutuksessa' })).toBeVisible();
  await expect(page).toHaveTitle(/^Yhteenveto: Kasvatus ja oppiminen 2021/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'summary');

  const planChart = page.getByRole('region', { name: 'Tavoitteiden tila', exact: true });
  const toggle = planChart.getByRole('button', { name: 'Näytä taulukkona' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const table = planChart.getByRole('table', { name: 'Tavoitteiden tila' });
  const fullyRow = table.getByRole('row', { name: /^Toteutuu täysin/ });
  await expect(fullyRow.getByRole('cell')).toHaveText(['6', /^75\s%$/]);
  await page.getByRole('region', { name: 'Tila teemoittain' }).getByRole('button', { name: 'Näytä taulukkona' }).click();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'summary-tables');

  await segment(page, '1 tavoite: Ei toteudu lainkaan, Edistämme asukkaiden hyvinvointia').click();
  await expect(page).toHaveURL(/\/plans\/vantaa-kasvatus-2021\?status=notAtAll&theme=vantaa-2021-theme-3$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sitovat tavoitteet' })).toBeVisible();
  await expect(page.locator('tr[data-target-code]')).toHaveCount(1);
  await expect(page.locator('tr[data-target-code="12.12"]')).toBeVisible();
});

test('a bar segment is reached with Tab and followed with Enter', async ({ page }) => {
  await signInAndOpen(page, SUMMARY_URL);
  const first = segment(page, '2 tavoitetta: Toteutuu täysin, 12. Hyvinvointierot vähenevät');
  await expect(first).toBeVisible();
  await first.focus();
  await page.keyboard.press('Tab');
  await expect(segment(page, '1 tavoite: Toteutuu osittain, 12. Hyvinvointierot vähenevät')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/plans\/vantaa-kasvatus-2021\?status=partially&goal=vantaa-2021-goal-12$/);
  await expect(page.locator('tr[data-target-code]')).toHaveCount(1);
  await expect(page.locator('tr[data-target-code="12.4"]')).toBeVisible();
});
