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
