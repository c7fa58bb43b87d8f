import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testServices, testStorage } from '../../../../mocks/node';
import { renderApp } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';
import type { Measure } from '../../../domain/measure';
import { localDb } from '../../../offline/db';
import { readAllEdits } from '../../../offline/outbox';
import { createSyncEngine } from '../../../offline/sync-engine';

const MEASURE_91 = '/measures/measure-91';
const measureOnServer = async () => (await testStorage.getRecord('measures', 'measure-91')) as unknown as Measure;
const fields = () => within(screen.getByLabelText('Toimenpiteen tiedot'));

async function openEditForm(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Muokkaa toimenpidettä' }));
  return screen.getByRole('form', { name: 'Muokkaa toimenpidettä 91' });
}

describe('editing a measure', () => {
  it('stores a progress update on this device at once, marked not synced, and clears the marker once synced', async () => {
    const { user } = renderApp(MEASURE_91, { sync: false });
    const form = await openEditForm(user);
    await user.click(within(form).getByRole('radio', { name: 'Myöhässä' }));
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    expect(await screen.findByText(/Muutos on tallennettu tälle laitteelle/)).toBeInTheDocument();
    expect(await screen.findByText('Tallentamatta palvelimelle')).toBeInTheDocument();
    expect(await fields().findByText('Myöhässä')).toBeInTheDocument();
    expect(await readAllEdits()).toMatchObject([
      { entity: 'measure', entityId: 'measure-91', baseVersion: 1, state: 'pending', changes: { progress: 'late' }, author: 'Anni Admin' },
    ]);
    expect((await measureOnServer()).version).toBe(1);

    await act(() => createSyncEngine({ random: () => 0.5 }).syncNow());

    await waitFor(() => expect(screen.queryByText('Tallentamatta palvelimelle')).not.toBeInTheDocument());
    expect(await screen.findByText(/Versio 2/)).toBeInTheDocument();
    expect(fields().getByText('Myöhässä')).toBeInTheDocument();
    expect(await measureOnServer()).toMatchObject({ version: 2, progress: 'late', updatedBy: 'Anni Admin' });
  });

  it('shows no edit button to a board member, and says who may edit', async () => {
    await signInForTest('lauri-lautakunta');
    renderApp(MEASURE_91, { sync: false });
    expect(await screen.findByText(/Sinulla on lukuoikeus tähän toimenpiteeseen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muokkaa toimenpidettä' })).not.toBeInTheDocument();
  });

  it('adds a task, marks a task to do as done and rewrites how the measure affects a target', async () => {
    const { user } = renderApp(MEASURE_91, { sync: false });
    const form = await openEditForm(user);
    await user.click(within(form).getByRole('checkbox', { name: /^Merkitse tehdyksi: Koululaisille ja opiskelijoille/ }));
    const newTask = within(within(form).getByRole('group', { name: 'Lisää tehtävä' }));
    await user.type(newTask.getByLabelText('Päivämäärä'), '2020-10-01');
    await user.type(newTask.getByRole('textbox', { name: 'Tehtävän otsikko' }), 'Opinto-ohjaajien tapaaminen pidetty');
    await user.click(newTask.getByRole('checkbox', { name: 'Tehtävä on jo tehty' }));
    const howItAffects = await within(form).findByRole('textbox', { name: /vaikuttaa tavoitteeseen 12\.12/ });
    await user.clear(howItAffects);
    await user.type(howItAffects, 'Harjoittelu vähentää keskeyttämistä.');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    const done = (await screen.findByRole('heading', { level: 3, name: 'Mitä on tehty?' })).closest('section')!;
    await waitFor(() => expect(within(done).getByText('Opinto-ohjaajien tapaaminen pidetty')).toBeInTheDocument());
    expect(within(done).getByText(/^Koululaisille ja opiskelijoille/)).toBeInTheDocument();
    expect(screen.getByText('Ei kirjattu', { selector: 'p, em' })).toBeInTheDocument();
    expect(screen.getByText('Harjoittelu vähentää keskeyttämistä.')).toBeInTheDocument();
    const [entry] = await readAllEdits();
    expect(Object.keys(entry!.changes).sort()).toEqual(['linkedTargets', 'timeline']);
  });

  it('says what is wrong with each invalid field and saves nothing', async () => {
    const { user } = renderApp(MEASURE_91, { sync: false });
    const form = await openEditForm(user);
    const description = within(form).getByRole('textbox', { name: 'Kuvaus' });
    await user.clear(description);
    await user.click(description);
    await user.paste('x'.repeat(10_001));
    const newTask = within(within(form).getByRole('group', { name: 'Lisää tehtävä' }));
    await user.type(newTask.getByRole('textbox', { name: 'Tehtävän otsikko' }), 'Päivämäärä puuttuu');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    expect(within(form).getByRole('alert')).toHaveTextContent('korjaa merkityt kentät');
    expect(description).toHaveAccessibleDescription(/Teksti on liian pitkä: enintään 10\s000 merkkiä/);
    expect(newTask.getByLabelText('Päivämäärä')).toHaveAccessibleDescription('Anna tehtävälle päivämäärä.');
    expect(await localDb.outbox.count()).toBe(0);
  });

  it('tells in Swedish what is wrong when the language is Swedish', async () => {
    const { user } = renderApp(MEASURE_91, { sync: false });
    await screen.findByRole('heading', { level: 1, name: /^91 / });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'sv');
    await user.click(await screen.findByRole('button', { name: 'Redigera åtgärden' }));
    const form = screen.getByRole('form', { name: 'Redigera åtgärd 91' });
    const timeSpan = within(form).getByRole('textbox', { name: 'Tidsram' });
    await user.click(timeSpan);
    await user.paste('x'.repeat(501));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Det gick inte att spara: rätta de markerade fälten.');
    expect(timeSpan).toHaveAccessibleDescription(/Texten är för lång: högst 500 tecken/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'fi');
  });

  it('shows both versions after a colleague’s change and sends the chosen result', async () => {
    const { user } = renderApp(MEASURE_91);
    await screen.findByRole('heading', { level: 1, name: /^91 / });
    const colleague = { id: 'kollega', name: 'Riikka Åstrand', role: 'manager' as const };
    await testServices.records.update('measures', 'measure-91', { baseVersion: 1, changes: { progress: 'completed', timeSpan: '2019–2022' } }, colleague);

    const form = await openEditForm(user);
    await user.click(within(form).getByRole('radio', { name: 'Myöhässä' }));
    await user.type(within(form).getByRole('textbox', { name: 'Aikajänne' }), '2020–2021');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    const conflict = await screen.findByRole('region', { name: /Ristiriita: joku muutti tätä toimenpidettä/ });
    expect(within(conflict).getByText(/Riikka Åstrand tallensi palvelimelle uudemman version/)).toBeInTheDocument();
    const progressRow = within(conflict).getByRole('row', { name: /Eteneminen/ });
    expect(within(progressRow).getByText('Myöhässä')).toBeInTheDocument();
    expect(within(progressRow).getByText('Valmis')).toBeInTheDocument();

    await user.click(within(progressRow).getByRole('radio', { name: /Eteneminen: Palvelimen/ }));
    await user.click(within(conflict).getByRole('button', { name: 'Tallenna valinnat' }));

    await waitFor(async () => expect(await measureOnServer()).toMatchObject({ version: 3, progress: 'completed', timeSpan: '2020–2021' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Ristiriita/ })).not.toBeInTheDocument());
    expect(await localDb.outbox.count()).toBe(0);
  });
});
