import { expect, type Page } from '@playwright/test';

/** The demo's people by role, as the sign-in page lists them. */
export const DEMO_PEOPLE = {
  admin: 'Anni Admin',
  manager: 'Maija Manageri',
  viewer: 'Lauri Lautakunta',
  responsible: 'Riikka Åstrand',
  responsibleForAll: 'Katri Kalske',
} as const;

/**
 * Opens `path` signed in as `person` (the admin by default): the app sends an unsigned visitor to the
 * sign-in page and back to `path` afterwards.
 */
export async function signInAndOpen(page: Page, path = '/', person: string = DEMO_PEOPLE.admin) {
  // Opening the path itself first lets the demo read its query (e.g. ?dataset=large) before the redirect.
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('radio', { name: new RegExp(person) }).check();
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText(new RegExp(`Kirjautunut: ${person}`))).toBeVisible();
}

/** Calls the demo API from the page with the signed-in session's token; answers the status and JSON body. */
export async function apiFromPage<Body = unknown>(
  page: Page,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Body }> {
  return page.evaluate(
    async ({ path, method, body }) => {
      const session = JSON.parse(localStorage.getItem('tavoitevahti.session') ?? '{}') as { state?: { token?: string } };
      const response = await fetch(path, {
        method: method ?? 'GET',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.state?.token ?? ''}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Body };
    },
    { path, method: init.method, body: init.body },
  );
}
