import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStorage } from '../../../../mocks/node';
import { renderApp } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';
import type { Project } from '../../../domain/project';
import { localDb } from '../../../offline/db';
import { readAllEdits } from '../../../offline/outbox';
import { createSyncEngine } from '../../../offline/sync-engine';

const PEDTECH = '/projects/6aika-pedtech';
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const projectOnServer = async () => (await testStorage.getRecord('projects', '6aika-pedtech')) as unknown as Project;

async function openEditForm(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Muokkaa hanketta' }));
  return screen.getByRole('form', { name: 'Muokkaa hanketta 6Aika: PEdTech' });
}

describe('editing a project', () => {
  it('re-checks the own financing while the budget is edited, then stores the edit here first and syncs it', async () => {
    const { user } = renderApp(PEDTECH, { sync: false });
    const form = await openEditForm(user);
    const percent = within(form).getByRole('textbox', { name: 'Omarahoitusosuus (%)' });
    const amount = within(form).getByRole('textbox', { name: 'Omarahoitus (€)' });
    expect(amount).toHaveValue('92938');
    expect(amount).toHaveAccessibleDescription(/Laskettu omarahoitus: 92\s938\s€/);

    await user.clear(percent);
    await user.type(percent, '25');
    expect(amount).toHaveAccessibleDescription(/Laskettu omarahoitus: 77\s448\s€/);
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('korjaa merkityt kentät');
    expect(amount).toHaveAccessibleDescription(/Omarahoitus ei vastaa laskettua \(77\s448\s€\)/);
    expect(await localDb.outbox.count()).toBe(0);

    await user.clear(amount);
    await user.type(amount, '77 448');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    expect(await screen.findByText('Tallentamatta palvelimelle')).toBeInTheDocument();
    await waitFor(() => expect(flat(screen.getByTestId('own-financing').textContent)).toContain('Omarahoitus 25 % = 77 448 €'));
    expect(await readAllEdits()).toMatchObject([
      { entity: 'project', entityId: '6aika-pedtech', state: 'pending', changes: { budget: { ownFinancingPercent: 25, ownFinancingAmount: 77_448 } } },
    ]);

    await act(() => createSyncEngine({ random: () => 0.5 }).syncNow());
    await waitFor(() => expect(screen.queryByText('Tallentamatta palvelimelle')).not.toBeInTheDocument());
    expect(await projectOnServer()).toMatchObject({ version: 2, budget: { ownFinancingPercent: 25, ownFinancingAmount: 77_448 } });
  });

  it('updates the goals, the partners one per line and the period', async () => {
    const { user } = renderApp(PEDTECH, { sync: false });
    const form = await openEditForm(user);
    const goals = within(form).getByRole('textbox', { name: 'Tavoitteet' });
    await user.clear(goals);
    await user.type(goals, 'Uusi tavoite.');
    const partners = within(form).getByRole('textbox', { name: 'Kumppanit ja osatoteuttajat' });
    await user.clear(partners);
    await user.type(partners, 'Turun kaupunki{Enter}{Enter}Espoon kaupunki');
    const end = within(form).getByLabelText('Hanke päättyy');
    await user.clear(end);
    await user.type(end, '2022-06-30');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    expect(await screen.findByText(/Muutos on tallennettu tälle laitteelle/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText((_, element) => element?.tagName === 'DD' && flat(element.textContent).startsWith('1.3.2020–30.6.2022'))).toBeInTheDocument(),
    );
    expect(within(screen.getByRole('region', { name: 'Tavoitteet' })).getByText('Uusi tavoite.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Kumppanit ja osatoteuttajat' })).getByText('Espoon kaupunki')).toBeInTheDocument();
    const [entry] = await readAllEdits();
    expect(entry?.changes).toMatchObject({ goals: 'Uusi tavoite.', partners: ['Turun kaupunki', 'Espoon kaupunki'], period: { end: '2022-06-30', endPrecision: 'day' } });
  });

  it('refuses a period that ends before it starts, in words', async () => {
    const { user } = renderApp(PEDTECH, { sync: false });
    const form = await openEditForm(user);
    const end = within(form).getByLabelText('Hanke päättyy');
    await user.clear(end);
    await user.type(end, '2019-01-01');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect(end).toHaveAccessibleDescription('Hanke ei voi päättyä ennen kuin se alkaa.');
    expect(await localDb.outbox.count()).toBe(0);
  });

  it('shows no edit button to a board member', async () => {
    await signInForTest('lauri-lautakunta');
    renderApp(PEDTECH, { sync: false });
    expect(await screen.findByText(/Sinulla on lukuoikeus tähän hankkeeseen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muokkaa hanketta' })).not.toBeInTheDocument();
  });
});
