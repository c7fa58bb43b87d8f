import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { colleagueEdit, testStorage } from '../../../../mocks/node';
import { localDb } from '../../../offline/db';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

const DETAIL_1212 = `${VANTAA_PLAN_URL}/targets/vantaa-2021-12-12`;

async function openEditForm(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Päivitä edistyminen' }));
  return screen.getByRole('form', { name: 'Päivitä tavoitteen 12.12 edistyminen' });
}

describe('updating a target', () => {
  it('stores the edit on this device at once and marks it not yet synced', async () => {
    const { user } = renderApp(DETAIL_1212, { sync: false });
    const form = await openEditForm(user);
    await user.click(within(form).getByRole('radio', { name: 'Toteutuu osittain' }));
    const metricStatus = within(form).getByRole('textbox', { name: 'Mittarien tilanne' });
    await user.clear(metricStatus);
    await user.type(metricStatus, 'Keskeyttäneitä 550.');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    expect(await screen.findByText(/Muutos on tallennettu tälle laitteelle/)).toBeInTheDocument();
    expect(await screen.findByText('Tallentamatta palvelimelle')).toBeInTheDocument();
    expect(await screen.findByText('Keskeyttäneitä 550.')).toBeInTheDocument();
    const [entry] = await localDb.outbox.toArray();
    expect(entry).toMatchObject({ entityId: 'vantaa-2021-12-12', baseVersion: 1, state: 'pending', attempts: 0 });
    expect(entry?.changes).toEqual({ status: 'partially', metricStatus: 'Keskeyttäneitä 550.' });
    expect((await testStorage.getTarget('vantaa-2021-12-12'))?.version).toBe(1);

    await user.click(screen.getByRole('link', { name: /Takaisin tavoitelistaan/ }));
    const row = await waitFor(() => {
      const found = document.querySelector('tr[data-target-code="12.12"]');
      if (!(found instanceof HTMLElement)) throw new Error('no row');
      return found;
    });
    expect(within(row).getByText('Tallentamatta palvelimelle')).toBeInTheDocument();
    expect(within(row).getByText('Toteutuu osittain')).toBeInTheDocument();
  });

  it('sends the edit to the server and clears the marker when it is accepted', async () => {
    const { user } = renderApp(DETAIL_1212);
    const form = await openEditForm(user);
    await user.click(within(form).getByRole('radio', { name: 'Toteutuu täysin' }));
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));
    await waitFor(async () => expect((await testStorage.getTarget('vantaa-2021-12-12'))?.status).toBe('fully'));
    await waitFor(() => expect(screen.queryByText('Tallentamatta palvelimelle')).not.toBeInTheDocument());
    expect(await screen.findByText(/Versio 2/)).toBeInTheDocument();
    expect(await localDb.outbox.count()).toBe(0);
  });

  it('updates this year’s figure from a number written with a decimal comma', async () => {
    const { user } = renderApp(DETAIL_1212, { sync: false });
    const form = await openEditForm(user);
    const percent = within(form).getByRole('textbox', { name: /Keskeyttämisprosentti.*\(%\)/ });
    expect(percent).toHaveValue('19,3');
    await user.clear(percent);
    await user.type(percent, '17,5');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('cell', { name: /^17,5\s%$/ })).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: /^19,3\s%$/ })).not.toBeInTheDocument();
    expect(screen.getByText('Tallentamatta palvelimelle')).toBeInTheDocument();
  });

  it('says what is wrong with each invalid field and saves nothing', async () => {
    const { user } = renderApp(DETAIL_1212, { sync: false });
    const form = await openEditForm(user);
    const keyActions = within(form).getByRole('textbox', { name: 'Keskeiset toimenpiteet' });
    await user.click(keyActions);
    await user.paste('x'.repeat(10_001));
    await user.type(within(form).getByRole('textbox', { name: /Keskeyttämisprosentti/ }), 'noin');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    expect(within(form).getByRole('alert')).toHaveTextContent('korjaa merkityt kentät');
    expect(keyActions).toHaveAccessibleDescription(/Teksti on liian pitkä: enintään 10\s000 merkkiä/);
    expect(within(form).getByRole('textbox', { name: /Keskeyttämisprosentti/ })).toHaveAccessibleDescription(/Kirjoita luku/);
    // The text is kept whole for the user to shorten, never cut off.
    expect((keyActions as HTMLTextAreaElement).value.length).toBeGreaterThan(10_000);
    expect(await localDb.outbox.count()).toBe(0);
  });

  it('shows both versions after a colleague’s change and sends the chosen result', async () => {
    const { user } = renderApp(DETAIL_1212);
    await screen.findByRole('heading', { level: 1, name: /^12\.12/ });
    await colleagueEdit('vantaa-2021-12-12', { status: 'partially', metricStatus: 'Kollegan tilanne' }, 'Riikka Åstrand');

    const form = await openEditForm(user);
    await user.click(within(form).getByRole('radio', { name: 'Toteutuu täysin' }));
    const metricStatus = within(form).getByRole('textbox', { name: 'Mittarien tilanne' });
    await user.clear(metricStatus);
    await user.type(metricStatus, 'Oma tilanne');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    const conflict = await screen.findByRole('region', { name: /Ristiriita/ });
    expect(within(conflict).getByText(/Riikka Åstrand tallensi palvelimelle uudemman version/)).toBeInTheDocument();
    const statusRow = within(conflict).getByRole('row', { name: /Tila/ });
    expect(within(statusRow).getByText('Toteutuu täysin')).toBeInTheDocument();
    expect(within(statusRow).getByText('Toteutuu osittain')).toBeInTheDocument();
    expect(within(conflict).getByText('Kollegan tilanne')).toBeInTheDocument();
    expect(screen.getAllByText('Ristiriita').length).toBeGreaterThan(0);

    await user.click(within(statusRow).getByRole('radio', { name: /Tila: Palvelimen/ }));
    await user.click(within(conflict).getByRole('button', { name: 'Tallenna valinnat' }));

    await waitFor(async () => {
      const onServer = await testStorage.getTarget('vantaa-2021-12-12');
      expect(onServer).toMatchObject({ version: 3, status: 'partially', metricStatus: 'Oma tilanne' });
    });
    await waitFor(() => expect(screen.queryByRole('region', { name: /Ristiriita/ })).not.toBeInTheDocument());
    expect(await localDb.outbox.count()).toBe(0);
  });
});
