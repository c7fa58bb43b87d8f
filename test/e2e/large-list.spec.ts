import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { signInAndOpen } from './sign-in';

// A city-scale plan: 10,000 generated targets. The first visit seeds the demo server and copies the plan
// to this device, which takes a while on a small machine.
const SIZE = 10_000;
const PLAN = `/plans/large-${SIZE}`;
test.setTimeout(240_000);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The viewport only: the whole page is as tall as 10,000 rows, more than a screenshot can hold. */
async function saveViewportScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
const elementCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function openLargePlan(page: Page) {
  await signInAndOpen(page, `/?dataset=large&n=${SIZE}`);
  await expect(page).toHaveURL(new RegExp(`${PLAN}$`), { timeout: 120_000 });
  await expect(page.locator('tr[data-target-code]').first()).toBeVisible({ timeout: 120_000 });
}

test('a list of 10,000 targets renders a few rows, scrolls to its last one and opens it', async ({ page }, testInfo) => {
  await openLargePlan(page);
  const table = page.getByRole('table', { name: 'Sitovat tavoitteet' });
  const rowCount = Number(await table.getAttribute('aria-rowcount'));
  // Every target, a heading row per theme and goal, and the column headings.
  expect(rowCount).toBeGreaterThan(SIZE);
  expect(await elementCount(page)).toBeLessThanOrEqual(3000);
  await expect(page.getByText('Näytetään 10000 / 10000 tavoitetta')).toBeVisible();
  await expect(table.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(table.getByRole('heading', { level: 3 }).first()).toBeVisible();
  const reportLink = page.getByRole('link', { name: 'Avaa koko lista raporttina' });
  await expect(reportLink).toHaveAttribute('href', `${PLAN}/report`);
  await expectNoAxeViolations(page);
  await saveViewportScreenshot(page, testInfo, 'large-list-top');
  await page.evaluate(() => document.querySelector('.target-list__partial')?.scrollIntoView());
  await saveViewportScreenshot(page, testInfo, 'large-list-table');

  // The focused row stays in the page while it is scrolled far out of view, so the focus is not lost.
  const firstLink = table.getByRole('link', { name: /^Avaa tavoite / }).first();
  await firstLink.focus();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(firstLink).toBeFocused();
  await saveViewportScreenshot(page, testInfo, 'large-list-middle');

  // Tabbing on from the first row reaches rows that were not rendered when it started: each focused row
  // scrolls into view and brings the next ones into the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await firstLink.focus();
  const renderedAtStart = await table.locator('tbody tr[aria-rowindex]').evaluateAll((rows) =>
    Math.max(...rows.map((row) => Number(row.getAttribute('aria-rowindex')))),
  );
  const focusedRowIndex = () =>
    page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? 0));
  for (let presses = 0; presses < 80 && (await focusedRowIndex()) <= renderedAtStart; presses += 1) await page.keyboard.press('Tab');
  expect(await focusedRowIndex()).toBeGreaterThan(renderedAtStart);

  // Row heights are learnt while scrolling, so the end of the page moves until the last row has been seen.
  const lastRow = page.locator(`tr[aria-rowindex="${rowCount}"]`);
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(lastRow).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
  expect(await elementCount(page)).toBeLessThanOrEqual(3000);
  const lastCode = escapeRegExp((await lastRow.getAttribute('data-target-code')) ?? '');
  expect(lastCode).not.toBe('');
  await lastRow.getByRole('link', { name: new RegExp(`^Avaa tavoite ${lastCode}:`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${lastCode} `) })).toBeVisible();
});

test('a search narrows 10,000 targets to the few that match, and the report link follows it', async ({ page }, testInfo) => {
  await openLargePlan(page);
  const firstRow = page.locator('tr[data-target-code]').first();
  const code = await firstRow.getAttribute('data-target-code');
  const title = (await firstRow.locator('.target-row__title a').textContent())?.replace(code ?? '', '').trim() ?? '';
  expect(title).not.toBe('');

  await page.getByRole('searchbox', { name: 'Haku' }).fill(title);
  await expect(page.getByText(new RegExp(`^Näytetään \\d{1,3} / 10000 tavoitetta$`))).toBeVisible();
  await expect(page.locator(`tr[data-target-code="${code}"]`)).toBeVisible();
  const shown = Number((await page.locator('.result-count').textContent())?.match(/Näytetään (\d+)/)?.[1]);
  const rowCount = Number(await page.getByRole('table', { name: 'Sitovat tavoitteet' }).getAttribute('aria-rowcount'));
  // The matches, their theme and goal headings, and the column headings: few enough to be rendered
  // whole, so find-in-page sees every match.
  expect(rowCount).toBeGreaterThan(shown);
  expect(rowCount).toBeLessThanOrEqual(41);
  await expect(page.locator('tr[data-target-code]')).toHaveCount(shown);
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('link', { name: 'Avaa koko lista raporttina' })).toHaveAttribute('href', /\/report\?q=/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'large-list-searched');

  // As narrow as a 1280 px window at 200 % zoom: every row becomes a card, with no sideways scrolling.
  await page.setViewportSize({ width: 640, height: 900 });
  await expect(page.locator(`tr[data-target-code="${code}"]`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
