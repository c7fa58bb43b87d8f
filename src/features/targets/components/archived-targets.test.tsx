import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStorage } from '../../../../mocks/node';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

describe('archived targets', () => {
  it('are left out of the target list, but stay reachable by their address', async () => {
    const target = await testStorage.getTarget('vantaa-2021-12-12');
    if (!target) throw new Error('no 12.12 in the seed');
    await testStorage.putTarget({ ...target, archived: true, version: target.version + 1 });

    const { router } = renderApp(VANTAA_PLAN_URL);
    await screen.findByRole('link', { name: /Avaa tavoite 12\.4/ });
    await waitFor(() => expect(document.querySelectorAll('tr[data-target-code]')).toHaveLength(7));
    expect(document.querySelector('tr[data-target-code="12.12"]')).toBeNull();

    await router.navigate(`${VANTAA_PLAN_URL}/targets/vantaa-2021-12-12`);
    expect(await screen.findByRole('heading', { level: 1, name: /^12\.12 / })).toBeInTheDocument();
  });
});
