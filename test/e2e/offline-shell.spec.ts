import { expect, test, type Page } from '@playwright/test';
import { signInAndOpen } from './sign-in';

async function expectAppShell(page: Page) {
  await expect(page.getByRole('link', { name: /^Tavoitevahti/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Siirry sisältöön' })).toBeVisible();
  await expect(page.locator('#main-content')).toBeAttached();
  await expect(page.getByText('Sovellusta ei voitu käynnistää', { exact: false })).toHaveCount(0);
}

test('the app opens without a network once it has been opened online', async ({ page, context }) => {
  await signInAndOpen(page, '/');
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  // The app's own worker (which also runs the demo API) controls the page once it has installed the shell.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/service-worker\.js$/);

  await context.setOffline(true);
  try {
    // A failed navigation would throw net::ERR_INTERNET_DISCONNECTED here.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expectAppShell(page);

    // Any address of the app opens offline, not only the one that was open.
    // Only the shell is asserted: whether the target's data shows offline depends on the local-first read
    // path (src/offline), which is tested on its own.
    const deep = await page.goto('/plans/vantaa-kasvatus-2021/targets/vantaa-2021-12-12');
    expect(deep?.fromServiceWorker()).toBe(true);
    await expectAppShell(page);
    await expect(page).toHaveURL(/\/plans\/vantaa-kasvatus-2021\/targets\/vantaa-2021-12-12$/);
  } finally {
    await context.setOffline(false);
  }
});

test('the app still opens offline after the user has left it', async ({ page, context }) => {
  await signInAndOpen(page, '/');
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Leaving the last page of the app is when MSW's worker on its own would unregister itself. That happens
  // in the worker a moment after the page has gone and leaves nothing to wait for, hence the fixed pause.
  await page.goto('about:blank');
  await page.waitForTimeout(1000);

  await context.setOffline(true);
  try {
    const reopened = await page.goto('/');
    expect(reopened?.fromServiceWorker()).toBe(true);
    await expectAppShell(page);
  } finally {
    await context.setOffline(false);
  }
});
