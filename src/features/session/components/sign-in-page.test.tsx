import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { useSessionStore } from '../../../api/session-store';
import { resetTestServer, testStorage } from '../../../../mocks/node';
import { localDb } from '../../../offline/db';
import { signInForTest } from '../../../../test/sign-in';

const DETAIL_171 = `${VANTAA_PLAN_URL}/targets/vantaa-2021-17-1`;
const DETAIL_1212 = `${VANTAA_PLAN_URL}/targets/vantaa-2021-12-12`;

describe('signing in', () => {
  it('sends a visitor to sign in, lists the people by role, and brings them back where they were going', async () => {
    useSessionStore.getState().signedOut();
    const { user, router } = renderApp(DETAIL_171);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByRole('navigation', { name: 'Päävalikko' })).not.toBeInTheDocument();

    const responsible = await screen.findByRole('group', { name: 'Vastuuhenkilö' });
    expect(within(responsible).getByRole('radio', { name: /Riikka Åstrand/ })).toBeInTheDocument();
    const board = screen.getByRole('group', { name: /Lautakunnan jäsen/ });
    expect(within(board).getByRole('radio', { name: /Lauri Lautakunta.*kuvitteellinen/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await findAlert(/Valitse henkilö, jona kirjaudut\./)).toBeInTheDocument();

    await user.click(within(responsible).getByRole('radio', { name: /Riikka Åstrand/ }));
    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^17\.1 / })).toBeInTheDocument();
    expect(screen.getByText('Kirjautunut: Riikka Åstrand (vastuuhenkilö)')).toBeInTheDocument();
  });

  it('asks the person to sign in again when the server no longer knows the session, and then sends their edit', async () => {
    const { user } = renderApp(DETAIL_1212);
    await user.click(await screen.findByRole('button', { name: 'Päivitä edistyminen' }));
    // The server forgets every session, as a real one does when they expire.
    await resetTestServer();
    const form = screen.getByRole('form', { name: /Päivitä tavoitteen 12\.12/ });
    await user.click(within(form).getByRole('radio', { name: 'Toteutuu täysin' }));
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    // The person stays on the page, told to sign in again; the edit waits on this device.
    expect(await findAlert(/Istuntosi on päättynyt\. Voit jatkaa työtä/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeInTheDocument();
    expect(await localDb.outbox.count()).toBe(1);
    expect((await testStorage.getTarget('vantaa-2021-12-12'))?.status).toBe('notAtAll');

    expect(screen.getByRole('link', { name: 'Kirjaudu uudelleen' })).toHaveAttribute('href', expect.stringMatching(/^\/sign-in\?next=/) as unknown);

    // Signing in again (the sign-in page itself is tested above) releases the waiting edit.
    await act(() => signInForTest('anni-admin'));
    await waitFor(async () => expect((await testStorage.getTarget('vantaa-2021-12-12'))?.status).toBe('fully'));
    expect((await testStorage.getTarget('vantaa-2021-12-12'))?.updatedBy).toBe('Anni Admin');
    await waitFor(async () => expect(await localDb.outbox.count()).toBe(0));
  });
});
