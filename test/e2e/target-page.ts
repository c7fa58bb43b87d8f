import { expect, type Page } from '@playwright/test';

export const PLAN_2021 = '/plans/vantaa-kasvatus-2021';

/** The page of one target of the Vantaa 2021 plan, e.g. targetPath('vantaa-2021-12-12'). */
export const targetPath = (targetId: string) => `${PLAN_2021}/targets/${targetId}`;

/** The target page's own "Mittarien tilanne" text, not the same words in its change history. */
export const metricStatusText = (page: Page, text: string) => page.locator('section[aria-labelledby="metric-status"]').getByText(text);

/** The "not yet synced" marker beside the target's status badge. */
export const notSyncedMarker = (page: Page) => page.locator('.target-detail__status [data-sync-state="pending"]');

/** Saves a progress update of target `code` through its edit form; it is then stored on this device and waits to be sent. */
export async function saveProgress(page: Page, code: string, status: string, metricStatus: string) {
  await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
  const form = page.getByRole('form', { name: new RegExp(`Päivitä tavoitteen ${code.replace('.', '\\.')} edistyminen`) });
  await form.getByRole('radio', { name: status }).check();
  await form.getByRole('textbox', { name: 'Mittarien tilanne' }).fill(metricStatus);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Muutos on tallennettu tälle laitteelle')).toBeVisible();
}
