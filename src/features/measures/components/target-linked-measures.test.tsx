import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

// The target page's "Toimenpiteet, jotka tukevat tavoitetta" section, composed from the measures collection.
describe('measures on the target page', () => {
  it('lists measure 91 on a target it is linked to, and opens it', async () => {
    const { user } = renderApp(`${VANTAA_PLAN_URL}/targets/vantaa-2021-12-12`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Toimenpiteet, jotka tukevat tavoitetta' })).closest('section')!;
    const link = await within(section).findByRole('link', { name: 'Toimenpide 91: Yhteistyö koulujen ja oppilaitosten kanssa' });
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: '91 Yhteistyö koulujen ja oppilaitosten kanssa' })).toBeInTheDocument();
  });

  it('says so on a target with no linked measures', async () => {
    renderApp(`${VANTAA_PLAN_URL}/targets/vantaa-2021-5-1`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Toimenpiteet, jotka tukevat tavoitetta' })).closest('section')!;
    expect(await within(section).findByText('Tavoitteeseen ei ole liitetty toimenpiteitä.')).toBeInTheDocument();
  });
});
