import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../api/contract';
import { server } from '../../../../mocks/node';
import { findAlert, renderApp } from '../../../../test/render-app';

const visibleNumbers = () => [...document.querySelectorAll('tr[data-measure-number]')].map((row) => row.getAttribute('data-measure-number'));

describe('measure list', () => {
  it('shows measure 91 with its progress, impact, organisations and linked targets', async () => {
    renderApp('/measures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Toimenpiteet' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Avaa toimenpide 91: Yhteistyö koulujen ja oppilaitosten kanssa' });
    const row = within(link.closest('tr')!);
    expect(row.getByText('91')).toBeInTheDocument();
    expect(row.getByText('Ajallaan')).toBeInTheDocument();
    expect(row.getByText('Pieni')).toBeInTheDocument();
    expect(row.getByText('Kanslia, Kymp, Kasko, KUVA, Sote')).toBeInTheDocument();
    expect(await row.findByRole('link', { name: /^8\.1 Toteutetaan oppivelvollisuuden/ })).toHaveAttribute(
      'href',
      '/plans/vantaa-kasvatus-2021/targets/vantaa-2021-8-1',
    );
    expect(screen.getByText('Näytetään 1 / 1 toimenpidettä')).toBeInTheDocument();
    expect(document.title).toBe('Toimenpiteet – Tavoitevahti');
  });

  it('filters by progress, impact, organisation and target, and writes the filters into the URL', async () => {
    const { user, router } = renderApp('/measures');
    await screen.findByRole('link', { name: /Avaa toimenpide 91/ });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Eteneminen' }), 'Myöhässä');
    await waitFor(() => expect(visibleNumbers()).toEqual([]));
    expect(screen.getByText('Yksikään toimenpide ei vastaa valittuja suodattimia.')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('progress')).toBe('late');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Eteneminen' }), 'Ajallaan');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vaikutus' }), 'Pieni');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vastuuorganisaatio' }), 'Kasko');
    const targetSelect = screen.getByRole('combobox', { name: 'Tavoite' });
    await waitFor(() => expect(within(targetSelect).getByRole('option', { name: /^12\.12 / })).toBeInTheDocument());
    await user.selectOptions(targetSelect, within(targetSelect).getByRole('option', { name: /^12\.12 / }));
    await waitFor(() => expect(visibleNumbers()).toEqual(['91']));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      progress: 'onTime',
      impact: 'small',
      organisation: 'Kasko',
      target: 'vantaa-kasvatus-2021/vantaa-2021-12-12',
    });
  });

  it('restores filters from a link, says when nothing matches and clears the filters on request', async () => {
    const { user, router } = renderApp('/measures?impact=large');
    expect(await screen.findByText('Yksikään toimenpide ei vastaa valittuja suodattimia.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Vaikutus' })).toHaveDisplayValue('Suuri');
    const empty = screen.getByText('Yksikään toimenpide ei vastaa valittuja suodattimia.').closest('.state')!;
    await user.click(within(empty as HTMLElement).getByRole('button', { name: 'Tyhjennä suodattimet' }));
    await waitFor(() => expect(visibleNumbers()).toEqual(['91']));
    expect(router.state.location.search).toBe('');
  });

  it('says so when the measures cannot be loaded, and loads them on retry', async () => {
    server.use(http.get(apiRoutes.measures, () => HttpResponse.json({ error: 'server', message: 'boom' }, { status: 500 }), { once: true }));
    const { user } = renderApp('/measures');
    const alert = await findAlert(/Palvelimella tapahtui virhe/);
    await user.click(within(alert).getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByRole('link', { name: /Avaa toimenpide 91/ })).toBeInTheDocument();
  });
});
