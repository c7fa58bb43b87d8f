// Chromium as the benchmark drives it, signing in, and telling when the target list is ready.
// The functions given to addInitScript, evaluate and waitForFunction run in the page:
/* global window, document, MutationObserver, requestIdleCallback */
import { chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const VIEWPORT = { width: 1440, height: 900 };
export const ADMIN = 'Anni Admin';
export const LIST_READY_MARK = 'tavoitevahti:list-ready';

export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

/**
 * Opens `url` as an unsigned visitor, is sent to the sign-in page, signs in as `person` and is brought back
 * to `url` (as test/e2e/sign-in.ts does). Opening the url first lets the demo read `?dataset=…` from it.
 */
export async function signInAndOpen(page, url, { person = ADMIN, timeout = 60_000 } = {}) {
  await page.goto(url, { waitUntil: 'commit', timeout });
  await page.waitForURL(/\/sign-in/, { waitUntil: 'commit', timeout });
  await page.getByRole('radio', { name: new RegExp(person) }).check({ timeout });
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click({ timeout });
  await page.getByText(new RegExp(`Kirjautunut: ${person}`)).first().waitFor({ timeout });
}

/**
 * Installed before any page script: notes, relative to navigation start, when the target list is first
 * ready — rows (`tr[data-target-code]`) shown and the search box enabled. The app's own User Timing mark
 * `tavoitevahti:list-ready`, where it exists, is preferred when the time is read (readListReady).
 */
function watchListReadiness() {
  if (window.top !== window) return;
  const state = { domReadyAt: null };
  window.__benchListReadiness = state;
  const isReady = () => {
    const search = document.querySelector('input[type="search"]');
    return document.querySelector('tr[data-target-code]') !== null && search !== null && !search.disabled;
  };
  const observer = new MutationObserver(() => {
    if (state.domReadyAt === null && isReady()) {
      state.domReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

export const installListReadiness = (context) => context.addInitScript(watchListReadiness);

/**
 * Waits until the list is ready and answers `{ ms, source }`: the time from navigation start to the app's
 * list-ready mark when it sets one ('mark'), else to the moment rows and an enabled search box were in the DOM ('dom').
 */
export async function readListReady(page, timeout = 60_000) {
  await page.waitForFunction(() => window.__benchListReadiness?.domReadyAt != null, null, { timeout, polling: 50 });
  // Gives the app a moment to set its mark after the rows are committed.
  await page
    .waitForFunction((name) => performance.getEntriesByName(name).length > 0, LIST_READY_MARK, { timeout: 500, polling: 25 })
    .catch(() => undefined);
  return page.evaluate((name) => {
    const mark = performance.getEntriesByName(name)[0];
    return mark ? { ms: mark.startTime, source: 'mark' } : { ms: window.__benchListReadiness.domReadyAt, source: 'dom' };
  }, LIST_READY_MARK);
}

/** Waits until the page's main thread has had `quietMs` with an idle callback at least every 100 ms. */
export async function settle(page, quietMs = 1000, timeout = 30_000) {
  await page.evaluate(
    ({ quietMs, timeout }) =>
      new Promise((resolve, reject) => {
        const startedAt = performance.now();
        let quietSince = performance.now();
        let last = performance.now();
        const tick = () =>
          requestIdleCallback(() => {
            const now = performance.now();
            if (now - last > 100) quietSince = now;
            last = now;
            if (now - quietSince >= quietMs) resolve();
            else if (now - startedAt > timeout) reject(new Error(`the page was not idle within ${timeout} ms`));
            else setTimeout(tick, 20);
          });
        tick();
      }),
    { quietMs, timeout },
  );
}

/** The first number of the list's "Näytetään N / M tavoitetta": how many targets are shown. */
export const readShownCount = (page) =>
  page.evaluate(() => {
    const text = document.querySelector('.result-count')?.textContent ?? '';
    const match = /\d[\d\s\u00a0\u202f]*/.exec(text);
    return match ? Number(match[0].replace(/\D/g, '')) : null;
  });
