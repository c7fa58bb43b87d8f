import { expect, test, type Page } from '@playwright/test';

/** The demo's people by role, as the sign-in page lists them. */
export const DEMO_PEOPLE = {
  admin: 'Anni Admin',
  manager: 'Maija Manageri',
  viewer: 'Lauri Lautakunta',
  responsible: 'Riikka Åstrand',
  responsibleForAll: 'Katri Kalske',
} as const;

/** The same people's usernames on the real server, which seeds them with their id as the username. */
const USERNAMES: Readonly<Record<string, string>> = {
  'Anni Admin': 'anni-admin',
  'Maija Manageri': 'maija-manageri',
  'Lauri Lautakunta': 'lauri-lautakunta',
  'Riikka Åstrand': 'riikka-astrand',
  'Katri Kalske': 'katri-kalske',
  'Timo Aronkytö': 'timo-aronkyto',
};

/** Which API a project's tests run against: the demo build's embedded one, or the real server (project "server"). */
export type ApiMode = 'demo' | 'server';

/** What playwright.config.ts puts in a project's `metadata` for these helpers. */
export interface E2eProjectMetadata {
  apiMode?: ApiMode;
  /** The password every seeded person has on the real server (TAVOITEVAHTI_DEMO_PASSWORD). */
  password?: string;
}

const projectMetadata = (): E2eProjectMetadata => test.info().project.metadata as E2eProjectMetadata;

/** The API the running test's project is configured for. */
export const apiMode = (): ApiMode => projectMetadata().apiMode ?? 'demo';

/** A seeded person's username and password on the real server. */
export function serverAccount(person: string): { username: string; password: string } {
  const username = USERNAMES[person];
  if (!username) throw new Error(`No server account is known for "${person}"`);
  const password = projectMetadata().password;
  if (!password) throw new Error(`The project "${test.info().project.name}" gives no password in its metadata`);
  return { username, password };
}

/**
 * Opens `path` signed in as `person` (the admin by default): the app sends an unsigned visitor to the
 * sign-in page and back to `path` afterwards. The demo signs in by picking the person; the real server
 * with their username and password.
 */
export async function signInAndOpen(page: Page, path = '/', person: string = DEMO_PEOPLE.admin) {
  // Opening the path itself first lets the demo read its query (e.g. ?dataset=large) before the redirect.
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  if (apiMode() === 'server') {
    const { username, password } = serverAccount(person);
    await page.getByRole('textbox', { name: 'Käyttäjätunnus' }).fill(username);
    await page.getByLabel('Salasana', { exact: true }).fill(password);
  } else {
    await page.getByRole('radio', { name: new RegExp(person) }).check();
  }
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText(new RegExp(`Kirjautunut: ${person}`))).toBeVisible();
}

/**
 * Calls the API from the page with the signed-in session, as the app does: the demo's bearer token, or
 * against the real server the session cookie with its CSRF token. Answers the status and JSON body.
 */
export async function apiFromPage<Body = unknown>(
  page: Page,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Body }> {
  return page.evaluate(
    async ({ path, method, body, server }) => {
      const session = JSON.parse(localStorage.getItem('tavoitevahti.session') ?? '{}') as { state?: { token?: string } };
      const token = session.state?.token ?? '';
      const response = await fetch(path, {
        method: method ?? 'GET',
        headers: {
          'Content-Type': 'application/json',
          ...(server ? { 'X-CSRF-Token': token } : { Authorization: `Bearer ${token}` }),
        },
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Body };
    },
    { path, method: init.method, body: init.body, server: apiMode() === 'server' },
  );
}
