import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { colleagueEdit, testStorage } from '../../../../mocks/node';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';
import { localDb } from '../../../offline/db';

const DETAIL_171 = `${VANTAA_PLAN_URL}/targets/vantaa-2021-17-1`;
const DETAIL_1212 = `${VANTAA_PLAN_URL}/targets/vantaa-2021-12-12`;
const READ_ONLY = /Sinulla on lukuoikeus tähän tavoitteeseen/;

describe('who may edit a target', () => {
  it('lets a responsible person edit their own target', async () => {
    await signInForTest('riikka-astrand');
    const { user } = renderApp(DETAIL_171);
    await user.click(await screen.findByRole('button', { name: 'Päivitä edistyminen' }));
    const form = screen.getByRole('form', { name: /Päivitä tavoitteen 17\.1/ });
    await user.click(within(form).getByRole('radio', { name: 'Toteutuu osittain' }));
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));
    await waitFor(async () => expect((await testStorage.getTarget('vantaa-2021-17-1'))?.status).toBe('partially'));
    expect((await testStorage.getTarget('vantaa-2021-17-1'))?.updatedBy).toBe('Riikka Åstrand');
  });

  it('offers a responsible person no editing on someone else’s target, and says why', async () => {
    await signInForTest('riikka-astrand');
    renderApp(DETAIL_1212);
    expect(await screen.findByText(READ_ONLY)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Päivitä edistyminen' })).not.toBeInTheDocument();
  });

  it('offers a board member no editing at all', async () => {
    await signInForTest('lauri-lautakunta');
    renderApp(DETAIL_171);
    expect(await screen.findByText(READ_ONLY)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Päivitä edistyminen' })).not.toBeInTheDocument();
  });

  it('keeps an edit the server refuses with 403 as failed, with the reason, never dropping it', async () => {
    await signInForTest('riikka-astrand');
    const { user } = renderApp(DETAIL_171);
    await user.click(await screen.findByRole('button', { name: 'Päivitä edistyminen' }));
    // Meanwhile a manager takes 17.1 away from her; this device has not heard of it yet.
    await colleagueEdit('vantaa-2021-17-1', { responsiblePersons: ['Katri Kalske'] }, 'Maija Manageri');
    const form = screen.getByRole('form', { name: /Päivitä tavoitteen 17\.1/ });
    await user.click(within(form).getByRole('radio', { name: 'Toteutuu osittain' }));
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    await waitFor(async () => expect((await localDb.outbox.toArray())[0]?.state).toBe('failed'));
    const [entry] = await localDb.outbox.toArray();
    expect(entry?.lastError).toMatch(/Sinulla ei ole oikeutta: tavoitteen 17\.1 muokkaus/);
    expect(entry?.changes).toEqual({ status: 'partially' });
    expect((await testStorage.getTarget('vantaa-2021-17-1'))?.status).toBe('fully');

    await user.click(await screen.findByRole('button', { name: /1 epäonnistui/ }));
    const panel = screen.getByRole('region', { name: 'Palvelimelle tallentamattomat muutokset' });
    expect(await within(panel).findByText(/Sinulla ei ole oikeutta: tavoitteen 17\.1 muokkaus/)).toBeInTheDocument();
  });
});
