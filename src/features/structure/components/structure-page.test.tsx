import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testStorage } from '../../../../mocks/node';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';

const STRUCTURE_URL = `${VANTAA_PLAN_URL}/structure`;
const PLAN_ID = 'vantaa-kasvatus-2021';

async function openAsManager() {
  await signInForTest('maija-manageri');
  const view = renderApp(STRUCTURE_URL);
  await screen.findByRole('heading', { level: 1, name: 'Suunnitelman rakenne' });
  return view;
}

const themeTitles = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent?.trim());

describe('plan structure page', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('lets a manager add a target, which then appears in the target list', async () => {
    const { user } = await openAsManager();
    await user.click(screen.getByRole('button', { name: 'Lisää sitova tavoite strategiseen tavoitteeseen 5' }));
    const code = screen.getByRole('textbox', { name: 'Tunnus' });
    expect(code).toHaveValue('5.2');
    expect(code).toHaveFocus();
    await user.click(screen.getByRole('textbox', { name: 'Sitova tavoite' }));
    await user.paste('Keskustojen koulut ovat avoinna iltaisin');
    await user.click(screen.getByRole('textbox', { name: 'Vastuuhenkilöt (vapaaehtoinen)' }));
    await user.paste('Katri Kalske');
    await user.click(screen.getByRole('button', { name: 'Lisää' }));

    expect(await screen.findByText('Lisätty: sitova tavoite 5.2.')).toBeInTheDocument();
    expect(screen.getByText('Keskustojen koulut ovat avoinna iltaisin')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lisää sitova tavoite strategiseen tavoitteeseen 5' })).toHaveFocus();
    const stored = (await testStorage.listTargets(PLAN_ID)).find((target) => target.code === '5.2');
    expect(stored).toMatchObject({ version: 1, responsiblePersons: ['Katri Kalske'], updatedBy: 'Maija Manageri' });

    await user.click(screen.getByRole('link', { name: 'Tavoitteet' }));
    const row = await waitFor(() => {
      const found = document.querySelector('tr[data-target-code="5.2"]');
      if (!(found instanceof HTMLElement)) throw new Error('The new target is not in the list');
      return found;
    });
    expect(within(row).getByText('Keskustojen koulut ovat avoinna iltaisin')).toBeInTheDocument();
  });

  it('tells a responsible person who opens the address that they may not edit the structure', async () => {
    await signInForTest('riikka-astrand');
    renderApp(STRUCTURE_URL);
    expect(await screen.findByRole('heading', { level: 1, name: 'Suunnitelman rakenne' })).toBeInTheDocument();
    expect(screen.getByText(/Sinulla ei ole oikeutta muokata suunnitelman rakennetta/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Lisää/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rakenne' })).not.toBeInTheDocument();
  });

  it('shows the Rakenne tab to a manager', async () => {
    await signInForTest('maija-manageri');
    renderApp(VANTAA_PLAN_URL);
    expect(await screen.findByRole('link', { name: 'Rakenne' })).toHaveAttribute('href', STRUCTURE_URL);
  });

  it('says beside the field that a code is taken, and that a name is missing, without saving', async () => {
    const { user } = await openAsManager();
    await user.click(screen.getByRole('button', { name: 'Lisää sitova tavoite strategiseen tavoitteeseen 12' }));
    const code = screen.getByRole('textbox', { name: 'Tunnus' });
    await user.clear(code);
    await user.type(code, '12.4');
    await user.click(screen.getByRole('button', { name: 'Lisää' }));
    expect(await screen.findByText(/Tunnus 12.4 on jo käytössä tässä suunnitelmassa/)).toBeInTheDocument();
    expect(screen.getByText('Tämä tieto on pakollinen.')).toBeInTheDocument();
    expect(await findAlert(/Muutosta ei tallennettu: korjaa merkityt kentät/)).toBeInTheDocument();
    expect(code).toHaveFocus();
    expect(code).toHaveAccessibleDescription(/Tunnus 12.4 on jo käytössä/);
    expect(await testStorage.listPlanAudit(PLAN_ID)).toEqual([]);
  });

  it('shows the server’s refusal on the field when the local copy did not know the code was taken', async () => {
    const { user } = await openAsManager();
    await testStorage.putTarget({ ...(await testStorage.getTarget('vantaa-2021-5-1'))!, id: 'elsewhere', code: '5.2' });
    await user.click(screen.getByRole('button', { name: 'Lisää sitova tavoite strategiseen tavoitteeseen 5' }));
    await user.type(screen.getByRole('textbox', { name: 'Sitova tavoite' }), 'Toinen');
    await user.click(screen.getByRole('button', { name: 'Lisää' }));
    expect(await screen.findByText(/Tunnus 5.2 on jo käytössä/)).toBeInTheDocument();
  });

  it('archives a target: it stays here greyed with the word Arkistoitu, and can be restored', async () => {
    const { user } = await openAsManager();
    const archive = screen.getByRole('button', { name: 'Arkistoi: sitova tavoite 12.12' });
    await user.click(archive);
    expect(await screen.findByText('Arkistoitu: sitova tavoite 12.12.')).toBeInTheDocument();
    const item = document.querySelector('li[data-target-code="12.12"]');
    expect(item).toHaveClass('structure-item--archived');
    expect(within(item as HTMLElement).getByText('Arkistoitu')).toBeInTheDocument();
    expect(await testStorage.getTarget('vantaa-2021-12-12')).toMatchObject({ archived: true, version: 2 });
    const restore = screen.getByRole('button', { name: 'Palauta: sitova tavoite 12.12' });
    expect(restore).toHaveFocus();
    await user.click(restore);
    expect(await screen.findByText('Palautettu: sitova tavoite 12.12.')).toBeInTheDocument();
  });

  it('will not delete a goal that has targets and offers to archive it instead', async () => {
    const { user } = await openAsManager();
    await user.click(screen.getByRole('button', { name: 'Poista: strateginen tavoite 12' }));
    expect(await screen.findByText(/ei voi poistaa, koska sen alla on 4 sitovaa tavoitetta/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Arkistoi sen sijaan' }));
    expect(await screen.findByText('Arkistoitu: strateginen tavoite 12.')).toBeInTheDocument();
    expect(await testStorage.getGoal('vantaa-2021-goal-12')).toMatchObject({ archived: true });
  });

  it('adds a goal and deletes it again after asking', async () => {
    const { user } = await openAsManager();
    await user.click(screen.getByRole('button', { name: 'Lisää strateginen tavoite teemaan Edistämme asukkaiden hyvinvointia' }));
    await user.type(screen.getByRole('textbox', { name: 'Numero' }), '14');
    await user.type(screen.getByRole('textbox', { name: 'Strategisen tavoitteen nimi' }), 'Liikunta lisääntyy');
    await user.click(screen.getByRole('button', { name: 'Lisää' }));
    expect(await screen.findByRole('heading', { level: 3, name: '14. Liikunta lisääntyy' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Poista: strateginen tavoite 14' }));
    expect(screen.getByText(/Poistetaanko strateginen tavoite 14 pysyvästi/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Poista pysyvästi' }));
    expect(await screen.findByText('Poistettu: strateginen tavoite 14.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: '14. Liikunta lisääntyy' })).not.toBeInTheDocument();
  });

  it('reorders with the keyboard: the theme moves down and the focus stays on its button', async () => {
    const { user } = await openAsManager();
    expect(themeTitles()[0]).toBe('Tiivistämme kaupunkia lähiluontoa vaalien');
    const moveDown = screen.getByRole('button', { name: 'Siirrä alas: teema Tiivistämme kaupunkia lähiluontoa vaalien' });
    moveDown.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(themeTitles()[1]).toBe('Tiivistämme kaupunkia lähiluontoa vaalien'));
    expect(themeTitles()[0]).toBe('Lisäämme kaupungin elinvoimaa ja vetovoimaa');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Siirrä alas: teema Tiivistämme kaupunkia lähiluontoa vaalien' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Siirrä ylös: teema Lisäämme kaupungin elinvoimaa ja vetovoimaa' })).toBeDisabled();
  });

  it('checks the update rules per field and saves them', async () => {
    const { user } = await openAsManager();
    const interval = screen.getByRole('textbox', { name: 'Päivitysväli (päivää)' });
    const stale = screen.getByRole('textbox', { name: 'Vanhentunut, kun päivittämättä (päivää)' });
    await user.type(interval, 'kaksi');
    await user.click(screen.getByRole('button', { name: 'Tallenna päivityssäännöt' }));
    expect(await screen.findByText('Kirjoita kokonaisluku 1–3650 tai jätä kenttä tyhjäksi.')).toBeInTheDocument();
    await user.clear(interval);
    await user.type(interval, '14');
    await user.type(stale, '10');
    await user.click(screen.getByRole('button', { name: 'Tallenna päivityssäännöt' }));
    expect(await screen.findByText('Vanhentumisraja ei voi olla lyhyempi kuin päivitysväli.')).toBeInTheDocument();
    await user.clear(stale);
    await user.type(stale, '60');
    await user.click(screen.getByRole('button', { name: 'Tallenna päivityssäännöt' }));
    expect(await screen.findByText('Päivityssäännöt tallennettu.')).toBeInTheDocument();
    expect(await testStorage.getPlan(PLAN_ID)).toMatchObject({ updateIntervalDays: 14, staleAfterDays: 60 });
  });

  it('disables every change offline and says structure changes need a connection', async () => {
    await openAsManager();
    onlineManager.setOnline(false);
    expect(await screen.findByText(/Rakenteen muutokset tarvitsevat verkkoyhteyden/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Arkistoi: sitova tavoite 12.12' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Lisää teema' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Päivitysväli (päivää)' })).toBeDisabled();
  });

  it('speaks Swedish to a Swedish reader', async () => {
    const { useLanguageStore } = await import('../../../i18n/language-store');
    useLanguageStore.setState({ language: 'sv' });
    await signInForTest('maija-manageri');
    const { user } = renderApp(STRUCTURE_URL);
    expect(await screen.findByRole('heading', { level: 1, name: 'Planens struktur' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lägg till bindande mål under strategiskt mål 5' }));
    await user.clear(screen.getByRole('textbox', { name: 'Beteckning' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(await screen.findAllByText('Uppgiften är obligatorisk.')).toHaveLength(2);
  });
});
