import { execFileSync } from 'node:child_process';
import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { expect, test } from '@playwright/test';
import { signInAndOpen } from './sign-in';

const REPORT_URL = '/plans/vantaa-kasvatus-2021/report';
/** The printable width of A4 landscape with 12 mm margins, in CSS pixels (96 per inch): (297 − 24) mm. */
const A4_LANDSCAPE_CONTENT = { width: 1032, height: 703 };



/** The PDF's text as a reader would copy it (poppler's pdftotext, installed by .ci/run). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Counts the page objects of a PDF ("/Type /Page", not the "/Type /Pages" tree): enough to tell one page from many. */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test('a board member prints the whole report as an A4 landscape PDF', async ({ page }, testInfo) => {
  await signInAndOpen(page, REPORT_URL);
  await expect(page.getByRole('heading', { level: 1, name: /sitovat tavoitteet ja niiden toteutuminen/ })).toBeVisible();
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  await expect(page.getByText('Tulostetaan kaikki 8 tavoitetta.', { exact: false })).toBeVisible();
  await expect(page).toHaveTitle('Raportti 2.2.2022 – Kasvatus ja oppiminen 2021 – Tavoitevahti');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'report-screen');

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4_LANDSCAPE_CONTENT);
  // Only the document is printed: no app header, navigation, sync status or buttons.
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Suunnitelman osiot' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tulosta / Tallenna PDF' })).toBeHidden();
  await expect(page.getByText('Raportin päivämäärä 2.2.2022')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const row1212 = table.locator('tr[data-target-code="12.12"]');
  await expect(row1212).toBeVisible();
  await expect(row1212.getByRole('rowheader')).toContainText('12.12 Keskeyttäneiden määrä ammatillisessa koulutuksessa vähenee');
  await expect(row1212.getByText('Ei toteudu lainkaan')).toBeVisible();
  // Every cell shows all of its text at the page's width: nothing overflows its column or is clipped.
  const overflowing = await table.evaluate((element) =>
    [...element.querySelectorAll('th, td')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => (cell.textContent ?? '').slice(0, 40)),
  );
  expect(overflowing).toEqual([]);
  await saveScreenshot(page, testInfo, 'report-print-media');

  const path = testInfo.outputPath('report.pdf');
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, path });
  await testInfo.attach('report.pdf', { path, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  expect(countPdfPages(pdf)).toBeGreaterThan(1);
  const text = pdfText(path);
  expect(text).toContain('12.12');
  expect(text).toContain('Ei toteudu lainkaan');
  expect(text).toContain('Keskeyttäneiden määrä ammatillisessa koulutuksessa vähenee');
});

test('prints only the theme chosen in the URL and says so on paper', async ({ page }, testInfo) => {
  await signInAndOpen(page, `${REPORT_URL}?theme=vantaa-2021-theme-3`);
  await expect(page.locator('tr[data-target-code]')).toHaveCount(5);
  await expect(page.getByText(/^Tulostetaan 5 \/ 8 tavoitetta: teema Edistämme asukkaiden hyvinvointia\./)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Rajattu raportti: 5 / 8 tavoitetta (teema Edistämme asukkaiden hyvinvointia).')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Edistämme asukkaiden hyvinvointia']);
  const path = testInfo.outputPath('report-theme-3.pdf');
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, path });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(1);
});
