import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStorage } from '../../../../mocks/node';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';
import { localDb } from '../../../offline/db';
import { saveTargetEdit } from '../../../offline/save-target-edit';

describe('edits made by someone else on this device', () => {
  it('wait for their author to sign in, and are then sent in the author’s name', async () => {
    const { user, syncEngine } = renderApp(VANTAA_PLAN_URL);
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    await act(() =>
      saveTargetEdit({
        targetId: 'vantaa-2021-12-12',
        changes: { metricStatus: 'Katrin luonnos' },
        author: 'Katri Kalske',
        authorId: 'katri-kalske',
      }),
    );
    await act(() => syncEngine?.syncNow({ force: true }));
    expect((await testStorage.getTarget('vantaa-2021-12-12'))?.version).toBe(1);
    expect(await localDb.outbox.count()).toBe(1);

    await user.click(await screen.findByRole('button', { name: /1 tallentamatta palvelimelle/ }));
    const panel = screen.getByRole('region', { name: 'Palvelimelle tallentamattomat muutokset' });
    expect(await within(panel).findByText(/Odottaa, että Katri Kalske kirjautuu sisään/)).toBeInTheDocument();

    await act(() => signInForTest('katri-kalske'));
    await waitFor(async () => expect((await testStorage.getTarget('vantaa-2021-12-12'))?.metricStatus).toBe('Katrin luonnos'));
    expect((await testStorage.getTarget('vantaa-2021-12-12'))?.updatedBy).toBe('Katri Kalske');
  });
});
