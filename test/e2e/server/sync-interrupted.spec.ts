import { expect, test, type Route } from '@playwright/test';
import { readFromServer } from '../server-api';
import { DEMO_PEOPLE, signInAndOpen } from '../sign-in';
import { metricStatusText, notSyncedMarker, saveProgress, targetPath } from '../target-page';

// Project "server" only: the page is closed while its edit is on the way to the real server.

interface ServerTarget {
  version: number;
  metricStatus: string;
}

// Chromium sends a request that is still held when its page closes, so "never arrived" is a connection
// that fails at the moment of closing, and "arrived" one whose answer the page never gets.
const cases = [
  { when: 'the connection fails', code: '12.3', targetId: 'vantaa-2021-12-3', reachesServer: false },
  { when: 'the server has applied it but not yet answered', code: '13.1', targetId: 'vantaa-2021-13-1', reachesServer: true },
] as const;

for (const { when, code, targetId, reachesServer } of cases) {
  test(`an edit whose sync is cut off as the page closes and ${when} is sent again on reopening, and kept once`, async ({
    context,
  }) => {
    const targetApi = `/api/targets/${targetId}`;
    const read = <Body>(path: string) => readFromServer<Body>(DEMO_PEOPLE.manager, path);
    const first = await context.newPage();
    await signInAndOpen(first, targetPath(targetId), DEMO_PEOPLE.responsibleForAll);
    await expect(first.getByRole('heading', { level: 1, name: new RegExp(`^${code.replace('.', '\\.')} `) })).toBeVisible();
    const before = (await read<{ target: ServerTarget }>(targetApi)).target;
    const historyBefore = (await read<{ entries: unknown[] }>(`${targetApi}/history`)).entries.length;

    // The edit's PATCH is held on its way: before the server sees it, or after the server has answered.
    let held!: (route: Route) => void;
    const patchHeld = new Promise<Route>((resolve) => (held = resolve));
    await context.route(`**${targetApi}`, async (route) => {
      if (route.request().method() !== 'PATCH') return route.fallback();
      if (reachesServer) expect((await route.fetch()).status()).toBe(200);
      held(route);
    });
    const metricStatus = `Suljettu kesken lähetyksen (${code}).`;
    await saveProgress(first, code, 'Toteutuu osittain', metricStatus);
    const route = await patchHeld;
    await expect(notSyncedMarker(first)).toBeVisible();
    if (!reachesServer) await route.abort('connectionfailed');
    await first.close();
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    if (!reachesServer) expect((await read<{ target: ServerTarget }>(targetApi)).target.version).toBe(before.version);

    // Opened again: the edit is still on this device, is sent again with its edit id, and the server keeps it once.
    const second = await context.newPage();
    const resent: string[] = [];
    second.on('request', (request) => {
      if (request.method() === 'PATCH') resent.push(request.url());
    });
    await second.goto(targetPath(targetId));
    await expect(metricStatusText(second, metricStatus)).toBeVisible();
    await expect(notSyncedMarker(second)).toHaveCount(0);
    await expect(second.locator('.app-header').getByText('0 tallentamatta palvelimelle').first()).toBeVisible();
    await expect(second.getByText(new RegExp(`Versio ${before.version + 1}\\b`))).toBeVisible();
    expect((await read<{ target: ServerTarget }>(targetApi)).target).toMatchObject({ version: before.version + 1, metricStatus });
    expect((await read<{ entries: unknown[] }>(`${targetApi}/history`)).entries).toHaveLength(historyBefore + 1);
    expect(resent).toHaveLength(1);
  });
}
