import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testServices, testStorage } from '../../../../mocks/node';
import { demoUsers } from '../../../../mocks/seed/users';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';

const QUEUE_URL = `${VANTAA_PLAN_URL}/review`;
const T171 = 'vantaa-2021-17-1';

async function editAs(userId: string, targetId: string, changes: Record<string, unknown>) {
  const actor = demoUsers.find((user) => user.id === userId);
  const current = await testStorage.getTarget(targetId);
  if (!actor || !current) throw new Error('no such person or target');
  const result = await testServices.targets.updateTarget(targetId, { baseVersion: current.version, changes }, actor);
  expect(result.status).toBe(200);
}

const queueItem = async (code: string) =>
  waitFor(() => {
    const item = document.querySelector(`article[data-target-code="${code}"]`);
    if (!(item instanceof HTMLElement)) throw new Error(`no queue item ${code}`);
    return item;
  });

describe('review queue', () => {
  it('lets a manager return a change with a comment, which the responsible person then sees on "my targets"', async () => {
    await editAs('riikka-astrand', T171, { status: 'partially', metricStatus: 'Toimintamalleja on noin 85 kpl.' });
    await editAs('katri-kalske', 'vantaa-2021-5-1', { status: 'fully' });
    await signInForTest('maija-manageri');
    const { user } = renderApp(QUEUE_URL);

    expect(await screen.findByRole('heading', { level: 1, name: 'Arviointijono' })).toBeInTheDocument();
    expect(await screen.findByText('Jonossa on 2 tavoitetta.')).toBeInTheDocument();
    const item = await queueItem('17.1');
    expect(within(item).getByText(/Muuttanut: Riikka Åstrand/)).toBeInTheDocument();
    expect(within(item).getByText('Et ole arvioinut tätä tavoitetta aiemmin: alla ovat kaikki sen muutokset.')).toBeInTheDocument();
    const statusRow = within(item).getByRole('row', { name: /^Tila/ });
    expect(within(statusRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Toteutuu täysin', 'Toteutuu osittain']);
    const metricRow = within(item).getByRole('row', { name: /^Mittarien tilanne/ });
    expect(within(metricRow).getByText('Toimintamalleja on noin 85 kpl.')).toBeInTheDocument();
    // The seed text is long: shortened, with a control to read it whole.
    expect(within(metricRow).getByRole('button', { name: 'Näytä lisää' })).toHaveAttribute('aria-expanded', 'false');

    await user.click(within(item).getByRole('button', { name: 'Palauta kommentilla' }));
    const form = within(item).getByRole('form', { name: 'Palauta kommentilla: 17.1' });
    await user.click(within(form).getByRole('button', { name: 'Lähetä palautus' }));
    const comment = within(form).getByRole('textbox', { name: 'Kommentti vastuuhenkilöille' });
    expect(comment).toHaveAccessibleDescription(/Kirjoita kommentti: palautus tarvitsee perustelun\./);
    expect(comment).toHaveFocus();
    expect(await testStorage.listPlanReviews('vantaa-kasvatus-2021')).toEqual([]);

    await user.type(comment, 'Lisää <b>käyttäjämäärät</b> mittarien tilanteeseen.');
    await user.click(within(form).getByRole('button', { name: 'Lähetä palautus' }));
    const notice = await screen.findByText('Tavoite 17.1 on palautettu vastuuhenkilöille kommentin kera ja poistettu jonosta.');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(document.querySelector('article[data-target-code="17.1"]')).toBeNull();

    const other = await queueItem('5.1');
    await user.click(within(other).getByRole('button', { name: 'Merkitse arvioiduksi' }));
    expect(await screen.findByText('Tavoite 5.1 on merkitty arvioiduksi ja poistettu jonosta.')).toBeInTheDocument();
    expect(await screen.findByText('Arviointijono on tyhjä: kaikki muutokset on arvioitu.')).toBeInTheDocument();
    const recorded = await testStorage.listPlanReviews('vantaa-kasvatus-2021');
    expect(recorded.map((review) => [review.targetId, review.decision, review.reviewerName])).toEqual([
      [T171, 'returned', 'Maija Manageri'],
      ['vantaa-2021-5-1', 'reviewed', 'Maija Manageri'],
    ]);

    cleanup();
    await signInForTest('riikka-astrand');
    renderApp('/my-targets');
    expect(await screen.findByRole('heading', { level: 1, name: 'Omat tavoitteet' })).toBeInTheDocument();
    const returns = screen.getByRole('region', { name: 'Palautetut päivitykset' });
    const returned = await within(returns).findByText('Lisää <b>käyttäjämäärät</b> mittarien tilanteeseen.');
    expect(returned.querySelector('b')).toBeNull();
    expect(within(returns).getByText(/Palauttanut Maija Manageri 23\.11\.2026/)).toBeInTheDocument();
    expect(within(returns).getByRole('link', { name: /17\.1 Kehitetään ja ylläpidetään/ })).toBeInTheDocument();
  });

  it('shows the queue tab to managers only and tells others they have no permission', async () => {
    await signInForTest('riikka-astrand');
    renderApp(QUEUE_URL);
    expect(await screen.findByText(/Sinulla ei ole oikeutta arviointijonoon/)).toBeInTheDocument();
    const planNav = screen.getByRole('navigation', { name: 'Suunnitelman osiot' });
    expect(within(planNav).queryByRole('link', { name: 'Arviointijono' })).toBeNull();
    cleanup();

    await signInForTest('maija-manageri');
    const { user } = renderApp(VANTAA_PLAN_URL);
    const managerNav = await screen.findByRole('navigation', { name: 'Suunnitelman osiot' });
    await user.click(within(managerNav).getByRole('link', { name: 'Arviointijono' }));
    expect(await screen.findByText('Arviointijono on tyhjä: kaikki muutokset on arvioitu.')).toBeInTheDocument();
  });

  it('refreshes the queue and says so when the target changed while the manager was looking', async () => {
    await editAs('riikka-astrand', T171, { status: 'partially' });
    await signInForTest('maija-manageri');
    const { user } = renderApp(QUEUE_URL);
    const item = await queueItem('17.1');
    await editAs('katri-kalske', T171, { status: 'notAtAll' });
    await user.click(within(item).getByRole('button', { name: 'Merkitse arvioiduksi' }));
    expect(await screen.findByText(/Tavoitetta 17\.1 on muutettu sillä välin/)).toBeInTheDocument();
    const refreshed = await queueItem('17.1');
    await waitFor(() => expect(within(refreshed).getByText(/Muuttanut: Riikka Åstrand, Katri Kalske/)).toBeInTheDocument());
    expect(await testStorage.listPlanReviews('vantaa-kasvatus-2021')).toEqual([]);
  });
});
