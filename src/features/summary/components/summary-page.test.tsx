import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../api/contract';
import { useLanguageStore } from '../../../i18n/language-store';
import { server } from '../../../../mocks/node';
import { vantaa2021 } from '../../../../mocks/seed/vantaa-2021';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

const SUMMARY_URL = `${VANTAA_PLAN_URL}/summary`;

const visibleCodes = () =>
  [...document.querySelectorAll('tr[data-target-code]')].map((row) => row.getAttribute('data-target-code'));
/** A chart's section, found by its heading. */
const chart = (name: string) => screen.getByRole('region', { name });
/** Intl writes "75 %" with a no-break space. */
const text = (value: string) => new RegExp(`^${value.replace(/[()]/g, '\\$&').replace(/ %/g, '\\s%')}$`);
const cellTexts = (row: HTMLElement) => within(row).queryAllByRole('cell').map((cell) => cell.textContent?.replace(/\s/g, ' '));

async function openSummary(url = SUMMARY_URL) {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 2, name: 'Tavoitteiden tila' });
  return view;
}

describe('summary page', () => {
  it('counts 6 fully, 1 partially, 1 not at all and 0 not assessed in the 2021 report', async () => {
    await openSummary();
    expect(screen.getByRole('heading', { level: 1, name: 'Yhteenveto' })).toBeInTheDocument();
    const plan = chart('Tavoitteiden tila');
    expect(within(plan).getByText('Suunnitelmassa on 8 tavoitetta.')).toBeInTheDocument();
    const legend = within(plan).getByRole('list', { name: 'Selite' });
    expect(within(legend).getByRole('link', { name: text('Toteutuu täysin 6 (75 %)') })).toBeInTheDocument();
    expect(within(legend).getByRole('link', { name: text('Toteutuu osittain 1 (12,5 %)') })).toBeInTheDocument();
    expect(within(legend).getByRole('link', { name: text('Ei toteudu lainkaan 1 (12,5 %)') })).toBeInTheDocument();
    // Nothing to open for a status no target has: its count is plain text.
    expect(within(legend).getByText('Ei arvioitu').closest('li')).toHaveTextContent(/Ei arvioitu 0 \(0\s%\)/);
    expect(within(legend).queryByRole('link', { name: /Ei arvioitu/ })).not.toBeInTheDocument();
    // The bar's segments are links named by their numbers, for keyboard and screen-reader users. The chart is
    // drawn just after the page's text (chart-schedule.ts).
    expect(await within(plan).findByRole('link', { name: '6 tavoitetta: Toteutuu täysin, koko suunnitelma' })).toHaveAttribute(
      'href',
      '/plans/vantaa-kasvatus-2021?status=fully',
    );
    const figure = within(plan).getByRole('figure', { name: 'Tavoitteiden tila' });
    expect(figure).toHaveAccessibleDescription(
      /^Vaakapalkki jakaa suunnitelman 8 tavoitetta tilan mukaan: Toteutuu täysin 6 \(75\s%\)/,
    );
    await waitFor(() => expect(document.title).toBe('Yhteenveto: Kasvatus ja oppiminen 2021 – Tavoitevahti'));
  });

  it('shows the same numbers as a table on request', async () => {
    const { user } = await openSummary();
    const plan = chart('Tavoitteiden tila');
    const toggle = within(plan).getByRole('button', { name: 'Näytä taulukkona' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(plan).queryByRole('table')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = within(plan).getByRole('table', { name: 'Tavoitteiden tila' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => [within(row).queryByRole('rowheader')?.textContent, ...cellTexts(row)])).toEqual([
      [undefined],
      ['Toteutuu täysin', '6', '75 %'],
      ['Toteutuu osittain', '1', '12,5 %'],
      ['Ei toteudu lainkaan', '1', '12,5 %'],
      ['Ei arvioitu', '0', '0 %'],
      ['Yhteensä', '8', '100 %'],
    ]);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(plan).queryByRole('table')).not.toBeInTheDocument();

    const themes = chart('Tila teemoittain');
    await user.click(within(themes).getByRole('button', { name: 'Näytä taulukkona' }));
    const wellbeing = within(themes).getByRole('row', { name: /^Edistämme asukkaiden hyvinvointia/ });
    expect(cellTexts(wellbeing)).toEqual(['3 (60 %)', '1 (20 %)', '1 (20 %)', '0 (0 %)', '5']);
  });

  it('opens the list filtered by status from the legend', async () => {
    const { user, router } = await openSummary();
    await user.click(screen.getByRole('link', { name: text('Ei toteudu lainkaan 1 (12,5 %)') }));
    await waitFor(() => expect(visibleCodes()).toEqual(['12.12']));
    expect(router.state.location.pathname).toBe(VANTAA_PLAN_URL);
    expect(router.state.location.search).toBe('?status=notAtAll');
    expect(screen.getByRole('checkbox', { name: 'Ei toteudu lainkaan' })).toBeChecked();
  });

  it('opens the list filtered by theme and status when a bar segment is clicked', async () => {
    const { user, router } = await openSummary();
    const segment = await within(chart('Tila teemoittain')).findByRole('link', {
      name: '1 tavoite: Ei toteudu lainkaan, Edistämme asukkaiden hyvinvointia',
    });
    await user.click(segment);
    await waitFor(() => expect(visibleCodes()).toEqual(['12.12']));
    expect(router.state.location.search).toBe('?status=notAtAll&theme=vantaa-2021-theme-3');
  });

  it('opens the list filtered by strategic goal and status from a bar segment and from the table', async () => {
    const { user, router } = await openSummary();
    await user.click(
      await within(chart('Tila strategisittain tavoitteittain')).findByRole('link', {
        name: '2 tavoitetta: Toteutuu täysin, 12. Hyvinvointierot vähenevät',
      }),
    );
    await waitFor(() => expect(visibleCodes()).toEqual(['12.3', '12.5']));
    expect(router.state.location.search).toBe('?status=fully&goal=vantaa-2021-goal-12');

    await router.navigate(SUMMARY_URL);
    const goals = await screen.findByRole('region', { name: 'Tila strategisittain tavoitteittain' });
    await user.click(within(goals).getByRole('button', { name: 'Näytä taulukkona' }));
    const table = within(goals).getByRole('table');
    await user.click(within(table).getByRole('link', { name: '1 tavoite: Toteutuu osittain, 12. Hyvinvointierot vähenevät' }));
    await waitFor(() => expect(visibleCodes()).toEqual(['12.4']));
    expect(router.state.location.search).toBe('?status=partially&goal=vantaa-2021-goal-12');
  });

  it('compares 2020 with 2021 and lists the targets whose status changed', async () => {
    const { user } = await openSummary();
    const comparison = await screen.findByRole('region', { name: 'Vertailu edelliseen vuoteen: 2020 ja 2021' });
    expect(await within(comparison).findByText(/^Vuoden 2020 tiedot ovat havainnollistavia/)).toBeInTheDocument();

    const counts = within(comparison).getByRole('region', { name: 'Tavoitteiden tila vuosina 2020 ja 2021' });
    expect(await within(counts).findByRole('link', { name: '5 tavoitetta: Toteutuu osittain, 2020' })).toHaveAttribute(
      'href',
      '/plans/vantaa-kasvatus-2020?status=partially',
    );
    await user.click(within(counts).getByRole('button', { name: 'Näytä taulukkona' }));
    const countsTable = within(counts).getByRole('table');
    expect(within(countsTable).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Tila', '2020', '2021', 'Muutos']);
    expect(cellTexts(within(countsTable).getByRole('row', { name: /^Toteutuu täysin/ }))).toEqual(['1', '6', '+5']);
    expect(cellTexts(within(countsTable).getByRole('row', { name: /^Toteutuu osittain/ }))).toEqual(['5', '1', '−4']);
    expect(cellTexts(within(countsTable).getByRole('row', { name: /^Ei arvioitu/ }))).toEqual(['1', '0', '−1']);

    const changed = within(comparison).getByRole('table', { name: 'Tavoitteet, joiden tila muuttui (5)' });
    expect(visibleCodes()).toEqual(['5.1', '8.1', '12.3', '12.5', '13.1']);
    const row51 = within(changed).getByRole('row', { name: /^5\.1 Tehdään oppimiskampuksen/ });
    expect(cellTexts(row51)).toEqual(['Toteutuu osittain', 'Toteutuu täysin', 'Parani']);
    const row123 = within(changed).getByRole('row', { name: /^12\.3 / });
    expect(cellTexts(row123)).toEqual(['Ei arvioitu', 'Toteutuu täysin', 'Ei vertailukelpoinen']);
    expect(within(row51).getByRole('link')).toHaveAttribute('href', '/plans/vantaa-kasvatus-2021/targets/vantaa-2021-5-1');
    const changeCounts = within(comparison).getByRole('list', { name: 'Muutokset yhteensä' });
    expect(within(changeCounts).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Parani 4',
      'Heikkeni 0',
      'Ennallaan 3',
      'Ei vertailukelpoinen 1',
    ]);
  });

  it('says when there is no previous year to compare with', async () => {
    await openSummary('/plans/vantaa-kasvatus-2020/summary');
    const comparison = screen.getByRole('region', { name: 'Vertailu edelliseen vuoteen' });
    expect(
      await within(comparison).findByText('Vuoden 2019 suunnitelmaa ei ole tallennettu, joten vertailua edelliseen vuoteen ei voi näyttää.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Havainnollistava aineisto, ei todellisia tietoja.')).toBeInTheDocument();
    expect(within(chart('Tavoitteiden tila')).getByRole('link', { name: text('Toteutuu osittain 5 (62,5 %)') })).toBeInTheDocument();
  });

  it('judges each indicator against its target level in words', async () => {
    const { user } = await openSummary();
    const dropouts = screen.getByRole('region', { name: 'Keskeyttäneiden määrä ammatillisessa koulutuksessa' });
    expect(within(dropouts).getByText('Tavoitteena lasku: pienempi luku on parempi.')).toBeInTheDocument();
    expect(within(dropouts).getByText('Ei vielä saavutettu')).toBeInTheDocument();
    expect(within(dropouts).getByText(/^Viimeisin arvo 609 opiskelijaa \(2021\), tavoitetaso 446 opiskelijaa\.$/)).toBeInTheDocument();
    await user.click(within(dropouts).getByRole('button', { name: 'Näytä taulukkona' }));
    const table = within(dropouts).getByRole('table');
    expect(cellTexts(within(table).getByRole('row', { name: /^2020/ }))[0]).toBe('496 opiskelijaa');
    expect(cellTexts(within(table).getByRole('row', { name: /^2021/ }))[0]).toBe('609 opiskelijaa');
    expect(cellTexts(within(table).getByRole('row', { name: /^Tavoitetaso/ }))).toEqual(['446 opiskelijaa', 'Ei vielä saavutettu']);

    const trained = screen.getByRole('region', { name: 'Mielenterveyskoulutuksen saaneet työntekijät varhaiskasvatuksessa (kertymä)' });
    expect(within(trained).getByText('Tavoitetaso saavutettu')).toBeInTheDocument();
    expect(within(trained).getByText('Tavoitteena kasvu: suurempi luku on parempi.')).toBeInTheDocument();
    const rate = screen.getByRole('region', { name: 'Keskeyttämisprosentti ammatillisessa koulutuksessa' });
    expect(within(rate).getByText('Tavoitetasoa ei ole annettu lukuna')).toBeInTheDocument();
  });

  it('speaks Swedish when the reader has chosen it', async () => {
    useLanguageStore.setState({ language: 'sv' });
    renderApp(SUMMARY_URL);
    const plan = await screen.findByRole('region', { name: 'Målens status' });
    expect(within(plan).getByRole('link', { name: text('Uppfylls helt 6 (75 %)') })).toBeInTheDocument();
    expect(within(plan).getByRole('button', { name: 'Visa som tabell' })).toBeInTheDocument();
    expect(await screen.findByText(/^Uppgifterna för 2020 är illustrativa/)).toBeInTheDocument();
  });

  it('shows an error when the plan cannot be loaded and the summary on retry', async () => {
    server.use(
      http.get(apiRoutes.planTargets, () => HttpResponse.json({ error: 'boom', message: 'Internal' }, { status: 500 }), { once: true }),
    );
    const { user } = renderApp(SUMMARY_URL);
    const alert = await findAlert(/Palvelimella tapahtui virhe\./);
    expect(screen.getByRole('heading', { level: 1, name: 'Yhteenveto' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tavoitteiden tila' })).toBeInTheDocument();
  });

  it('says so when the plan has no targets yet', async () => {
    server.use(http.get(apiRoutes.planTargets, () => HttpResponse.json({ ...vantaa2021, targets: [] })));
    renderApp(SUMMARY_URL);
    expect(await screen.findByText('Suunnitelmassa ei ole vielä tavoitteita, joten yhteenvetoa ei voi näyttää.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Siirry tavoitelistaan' })).toHaveAttribute('href', VANTAA_PLAN_URL);
    expect(screen.queryByRole('button', { name: 'Näytä taulukkona' })).not.toBeInTheDocument();
  });
});
