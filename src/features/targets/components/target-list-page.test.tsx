import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../api/contract';
import { server } from '../../../../mocks/node';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { LIST_READY_MARK } from '../list-ready-mark';

const rowOf = (code: string) => {
  const row = document.querySelector(`tr[data-target-code="${code}"]`);
  if (!(row instanceof HTMLElement)) throw new Error(`No row for target ${code}`);
  return row;
};
const visibleCodes = () =>
  [...document.querySelectorAll('tr[data-target-code]')].map((row) => row.getAttribute('data-target-code'));

describe('target list', () => {
  it('shows 8.1, 12.4 and 12.12 with their baseline, target level and verdict badges', async () => {
    renderApp(VANTAA_PLAN_URL);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitovat tavoitteet' })).toBeInTheDocument();
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });

    const row81 = within(rowOf('8.1'));
    expect(row81.getByText('Toimintatapoja ei ole.')).toBeInTheDocument();
    expect(row81.getByText(/^On luotu palvelualueiden välisenä yhteistyönä/)).toBeInTheDocument();
    expect(row81.getByText('Toteutuu täysin')).toBeInTheDocument();

    const row124 = within(rowOf('12.4'));
    expect(row124.getByText('Osa työntekijöistä ei ole osallistunut koulutuksiin aiemmin.')).toBeInTheDocument();
    expect(row124.getByText('Osallistujien määrä nousee vähintään 10 prosentilla.')).toBeInTheDocument();
    expect(row124.getByText('Toteutuu osittain')).toBeInTheDocument();

    const row1212 = within(rowOf('12.12'));
    expect(row1212.getByText('Keskeyttäneiden määrä 496/ keskeyttämisprosentti 13,4 % (2020)')).toBeInTheDocument();
    expect(row1212.getByText('Keskeyttäneiden määrän väheneminen 10 prosentilla, noin 50 opiskelijalla')).toBeInTheDocument();
    expect(row1212.getByText('Ei toteudu lainkaan')).toBeInTheDocument();
  });

  it('groups targets under theme and strategic-goal headings and counts each status', async () => {
    renderApp(VANTAA_PLAN_URL);
    expect(await screen.findByRole('heading', { level: 2, name: 'Edistämme asukkaiden hyvinvointia' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Strateginen tavoite 12. Hyvinvointierot vähenevät' })).toBeInTheDocument();
    expect(within(screen.getByTestId('status-count-fully')).getByText('6')).toBeInTheDocument();
    expect(within(screen.getByTestId('status-count-partially')).getByText('1')).toBeInTheDocument();
    expect(within(screen.getByTestId('status-count-notAtAll')).getByText('1')).toBeInTheDocument();
    expect(within(screen.getByTestId('status-count-notAssessed')).getByText('0')).toBeInTheDocument();
    expect(visibleCodes()).toEqual(['5.1', '8.1', '12.3', '12.4', '12.5', '12.12', '13.1', '17.1']);
  });

  it('marks once, for the cold-start benchmark, when the rows are first in the page', async () => {
    performance.clearMarks(LIST_READY_MARK);
    const { user } = renderApp(VANTAA_PLAN_URL);
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    await waitFor(() => expect(performance.getEntriesByName(LIST_READY_MARK)).toHaveLength(1));
    await user.click(screen.getByRole('checkbox', { name: 'Ei toteudu lainkaan' }));
    await waitFor(() => expect(visibleCodes()).toEqual(['12.12']));
    expect(performance.getEntriesByName(LIST_READY_MARK)).toHaveLength(1);
  });

  it('filters by status and writes the filter into the URL', async () => {
    const { user, router } = renderApp(VANTAA_PLAN_URL);
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    await user.click(screen.getByRole('checkbox', { name: 'Ei toteudu lainkaan' }));
    await waitFor(() => expect(visibleCodes()).toEqual(['12.12']));
    await user.click(screen.getByRole('checkbox', { name: 'Toteutuu osittain' }));
    await waitFor(() => expect(visibleCodes()).toEqual(['12.4', '12.12']));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('partially,notAtAll');
    expect(screen.getByText('Näytetään 2 / 8 tavoitetta')).toBeInTheDocument();
  });

  it('finds targets by free text without diacritics', async () => {
    const { user, router } = renderApp(VANTAA_PLAN_URL);
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    await user.type(screen.getByRole('searchbox', { name: 'Haku' }), 'keskeyttaneiden maara');
    await waitFor(() => expect(visibleCodes()).toEqual(['12.12']));
    // The text reaches the URL once typing pauses.
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('keskeyttaneiden maara'));
  });

  it('keeps typed text that has not reached the URL yet when another filter is chosen', async () => {
    const { user, router } = renderApp(VANTAA_PLAN_URL);
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    await user.type(screen.getByRole('searchbox', { name: 'Haku' }), 'kalske');
    await user.click(screen.getByRole('checkbox', { name: 'Toteutuu täysin' }));
    const params = new URLSearchParams(router.state.location.search);
    expect([params.get('q'), params.get('status')]).toEqual(['kalske', 'fully']);
    expect(screen.getByRole('searchbox', { name: 'Haku' })).toHaveValue('kalske');
  });

  it('restores every filter from a link and shows the same view', async () => {
    const search = '?status=fully&theme=vantaa-2021-theme-3&person=Timo+Aronkyt%C3%B6&q=perhekeskus';
    renderApp(`${VANTAA_PLAN_URL}${search}`);
    await waitFor(() => expect(visibleCodes()).toEqual(['12.5']));
    expect(screen.getByRole('checkbox', { name: 'Toteutuu täysin' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Ei toteudu lainkaan' })).not.toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Haku' })).toHaveValue('perhekeskus');
    expect(screen.getByRole('combobox', { name: 'Teema' })).toHaveDisplayValue('Edistämme asukkaiden hyvinvointia');
    expect(screen.getByRole('combobox', { name: 'Vastuuhenkilö' })).toHaveDisplayValue('Timo Aronkytö');
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const { user, router } = renderApp(`${VANTAA_PLAN_URL}?q=olematonsana`);
    expect(await screen.findByText('Yksikään tavoite ei vastaa valittuja suodattimia.')).toBeInTheDocument();
    const clearButtons = screen.getAllByRole('button', { name: 'Tyhjennä suodattimet' });
    await user.click(clearButtons[clearButtons.length - 1]!);
    await waitFor(() => expect(visibleCodes()).toHaveLength(8));
    expect(router.state.location.search).toBe('');
  });

  it('shows an error when the API fails and loads the list on retry', async () => {
    server.use(
      http.get(apiRoutes.planTargets, () => HttpResponse.json({ error: 'boom', message: 'Internal' }, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = renderApp(VANTAA_PLAN_URL);
    const alert = await findAlert(/Palvelimella tapahtui virhe\./);
    await user.click(within(alert).getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ })).toBeInTheDocument();
    expect(screen.queryByText(/Palvelimella tapahtui virhe/)).not.toBeInTheDocument();
  });

  it('shows an error instead of crashing when the API answers in the wrong shape', async () => {
    server.use(http.get(apiRoutes.planTargets, () => HttpResponse.json({ plan: 'not a plan', targets: 'nope' })));
    renderApp(VANTAA_PLAN_URL);
    expect(await findAlert(/Palvelimen vastaus oli odottamattoman muotoinen/)).toBeInTheDocument();
  });

  it('opens the newest plan from the front page', async () => {
    const { router } = renderApp('/');
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    expect(router.state.location.pathname).toBe(VANTAA_PLAN_URL);
  });
});
