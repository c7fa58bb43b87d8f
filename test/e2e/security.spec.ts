import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './page-checks';
import { DEMO_PEOPLE, signInAndOpen } from './sign-in';

const PLAN = '/plans/vantaa-kasvatus-2021';
const DETAIL_1212 = `${PLAN}/targets/vantaa-2021-12-12`;
const XSS = '<img src=x onerror=alert(1)>';

interface PolicyViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/**
 * Collects, from the first script of every page onwards, each Content-Security-Policy violation, console error,
 * uncaught error and dialog: a hardened page has none of them.
 */
async function watchForTrouble(page: Page) {
  const trouble = { violations: [] as PolicyViolation[], consoleErrors: [] as string[], pageErrors: [] as string[], dialogs: [] as string[] };
  await page.exposeFunction('__reportPolicyViolation', (violation: PolicyViolation) => trouble.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportPolicyViolation?: (violation: unknown) => void }).__reportPolicyViolation;
      report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}`, sample: event.sample });
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => trouble.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    trouble.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return trouble;
}

test('the built app ships a Content-Security-Policy without inline scripts or eval', async ({ page }) => {
  const response = await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).not.toBeNull();
  const directives = new Map(
    (meta ?? '').split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(meta).not.toContain('unsafe-eval');
  expect(meta).not.toContain('unsafe-inline');
  // The meta tag may not carry frame-ancestors (browsers ignore it there and say so); the header does.
  expect(meta).not.toContain('frame-ancestors');
  const header = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).toContain("script-src 'self'");
  // No inline script in the page the policy protects.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the main pages work under the policy: no violation, no console error, no uncaught error', async ({ page }) => {
  const trouble = await watchForTrouble(page);
  await signInAndOpen(page, PLAN);
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);

  await page.getByRole('link', { name: /Avaa tavoite 12\.12/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeVisible();
  await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
  const form = page.getByRole('form', { name: /Päivitä tavoitteen 12\.12 edistyminen/ });
  await form.getByRole('textbox', { name: 'Mittarien tilanne' }).fill('Tallennettu sisältöturvakäytännön alaisena.');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Muutos on tallennettu tälle laitteelle')).toBeVisible();
  await expect(page.locator('.target-detail__status [data-sync-state="pending"]')).toHaveCount(0);

  await page.goto(`${PLAN}/summary`);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.goto(`${PLAN}/report`);
  await expect(page.getByRole('button', { name: /Tulosta/ })).toBeVisible();

  await page.goto(`${PLAN}/transfer`);
  for (const button of ['Lataa CSV-tiedosto', 'Lataa Excel-tiedosto (.xlsx)']) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    expect((await downloading).suggestedFilename()).toMatch(/\.(csv|xlsx)$/);
  }

  await page.goto(`${PLAN}/structure`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.goto(`${PLAN}/review`);
  await expect(page.getByRole('heading', { level: 1, name: 'Arviointijono' })).toBeVisible();
  await page.goto('/admin/users');
  await expect(page.getByRole('table').first()).toBeVisible();
  // The sync panel, opened from the header.
  await page.locator('.app-header button[aria-controls]').click();
  await expect(page.locator('.sync-panel')).toBeVisible();

  await page.goto('/measures');
  await expect(page.locator('tr[data-measure-number]').first()).toBeVisible();
  await page.getByRole('link', { name: /Avaa toimenpide 91/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^91 / })).toBeVisible();
  await page.goto('/projects');
  await expect(page.locator('tr[data-project-id]').first()).toBeVisible();
  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();

  expect(trouble.violations).toEqual([]);
  expect(trouble.consoleErrors).toEqual([]);
  expect(trouble.pageErrors).toEqual([]);
  expect(trouble.dialogs).toEqual([]);
});

test('markup saved as a metric status is shown as plain text, after a reload too, and never runs', async ({ page }) => {
  const trouble = await watchForTrouble(page);
  await signInAndOpen(page, DETAIL_1212, DEMO_PEOPLE.responsibleForAll);
  await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
  const form = page.getByRole('form', { name: /Päivitä tavoitteen 12\.12 edistyminen/ });
  await form.getByRole('textbox', { name: 'Mittarien tilanne' }).fill(XSS);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Muutos on tallennettu tälle laitteelle')).toBeVisible();
  await expect(page.locator('.target-detail__status [data-sync-state="pending"]')).toHaveCount(0);

  await page.reload();
  const metricStatus = page.locator('section[aria-labelledby="metric-status"]');
  await expect(metricStatus.getByText(XSS, { exact: true })).toBeVisible();
  // The change history shows the new value too, also as text.
  await expect(page.getByRole('region', { name: 'Muutoshistoria' }).getByText(XSS).first()).toBeVisible();
  await page.goto(`${PLAN}/report`);
  await expect(page.getByRole('cell', { name: XSS })).toBeVisible();
  await page.goto(`${PLAN}?q=onerror`);
  await expect(page.locator('tr[data-target-code]')).toHaveCount(1);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(trouble.dialogs).toEqual([]);
  expect(trouble.violations).toEqual([]);
});

test.describe('an absurd dataset in the address', () => {
  for (const { n, says } of [
    { n: '1000000000', says: /n=1000000000 on liian suuri\. Sallittu määrä on 1–50\s000\./ },
    { n: '-5', says: /n=-5 on liian pieni\. Sallittu määrä on 1–50\s000\./ },
    { n: 'abc', says: /n=”abc” ei ole kokonaisluku\. Sallittu määrä on 1–50\s000\./ },
  ]) {
    test(`n=${n} is refused with a clear message and the Vantaa report opens instead`, async ({ page }) => {
      const started = Date.now();
      await page.goto(`/?dataset=large&n=${n}`);
      const notice = page.getByRole('alert').filter({ hasText: says });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('Esittely avattiin Vantaan raportilla.');
      // Nothing was generated: the page answers in seconds, not after building a billion rows.
      expect(Date.now() - started).toBeLessThan(15_000);
      await expectNoAxeViolations(page);

      await signInAndOpen(page, PLAN);
      await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
    });
  }
});
