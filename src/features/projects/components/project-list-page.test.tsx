import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../api/contract';
import { server } from '../../../../mocks/node';
import { seedProjects } from '../../../../mocks/seed/projects';
import { findAlert, renderApp } from '../../../../test/render-app';

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const visibleIds = () => [...document.querySelectorAll('tr[data-project-id]')].map((row) => row.getAttribute('data-project-id'));
const endOf = (id: string | null) => seedProjects.find((project) => project.id === id)?.period.end ?? '';
const cellsOf = (row: Element | null) => [...(row?.children ?? [])].map((cell) => flat(cell.textContent)).join(' | ');
const eurosIn = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

async function openList(url = '/projects') {
  const view = renderApp(url);
  expect(await screen.findByRole('heading', { level: 1, name: 'Hankkeet' })).toBeInTheDocument();
  return view;
}

describe('project list', () => {
  it('shows every project of the portfolio with sector, funders, Finnish period and budget', async () => {
    await openList();
    expect(visibleIds().length).toBeGreaterThanOrEqual(10);
    expect(visibleIds()).toHaveLength(seedProjects.length);
    expect(screen.getByText(`Näytetään ${seedProjects.length} / ${seedProjects.length} hanketta`)).toBeInTheDocument();

    const pedtech = within(document.querySelector('tr[data-project-id="6aika-pedtech"]') as HTMLElement);
    expect(pedtech.getByRole('link', { name: '6Aika: PEdTech' })).toBeInTheDocument();
    expect(pedtech.getByText('1.3.2020–31.12.2021')).toBeInTheDocument();
    expect(pedtech.getByText('Hämeen ELY-keskus')).toBeInTheDocument();
    expect(pedtech.getByText((_, element) => element?.tagName === 'TD' && flat(element.textContent) === '309 792 €')).toBeInTheDocument();

    const yearsOnly = within(document.querySelector('tr[data-project-id="maksuton-varhaiskasvatus-5-vuotiaat"]') as HTMLElement);
    expect(yearsOnly.getByText('2019–2021')).toBeInTheDocument();
  });

  it('filters by funder and keeps the filter in the URL', async () => {
    const { user, router } = await openList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rahoittaja' }), 'Hämeen ELY-keskus');
    await waitFor(() => expect(visibleIds()).toEqual(['6aika-pedtech', 'connext-for-inclusion'].sort()));
    expect(new URLSearchParams(router.state.location.search).get('funder')).toBe('Hämeen ELY-keskus');
    expect(screen.getByText(`Näytetään 2 / ${seedProjects.length} hanketta`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tyhjennä suodattimet' }));
    await waitFor(() => expect(visibleIds()).toHaveLength(seedProjects.length));
  });

  it('restores the funder and date filters from a link', async () => {
    await openList('/projects?funder=Opetushallitus&active=2022-05-01');
    await waitFor(() => expect(visibleIds()).toEqual(['kielitaitoa-vahvistavaa-yhdessa-oppimista', 'vertaansa-vailla']));
    expect(screen.getByLabelText('Käynnissä päivänä')).toHaveValue('2022-05-01');
  });

  it('filters by a linked binding target', async () => {
    await openList('/projects?target=vantaa-kasvatus-2021%2Fvantaa-2021-13-1');
    expect(screen.getByRole('combobox', { name: 'Liitetty sitova tavoite' })).toHaveDisplayValue('Sitova tavoite 13.1');
    await waitFor(() => expect(visibleIds()).toEqual(['aasian-ja-afrikan-kielet', 'kielitaitoa-vahvistavaa-yhdessa-oppimista']));
  });

  it('sorts by end date both ways with the column button and says so with aria-sort', async () => {
    const { user, router } = await openList();
    const button = screen.getByRole('button', { name: /^Hankeaika/ });
    const header = button.closest('th');
    expect(header).toHaveAttribute('aria-sort', 'none');

    await user.click(button);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = visibleIds().map(endOf);
    expect(ascending).toEqual([...ascending].sort());
    expect(visibleIds()[0]).toBe('ammatillisen-koulutuksen-strategiarahoitus-2019');
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('end-asc');

    await user.click(button);
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = visibleIds().map(endOf);
    expect(descending).toEqual([...descending].sort().reverse());
    expect(descending[0]).toBe('2022-07-31');
  });

  it('sums the budgets per funder so that the rows add up to the projects shown', async () => {
    const { user } = await openList();
    const region = screen.getByRole('region', { name: 'Budjetit rahoittajittain' });
    const totals = region.querySelectorAll('tr[data-funder]');
    expect(totals.length).toBeGreaterThan(0);
    for (const row of totals) {
      const funder = row.getAttribute('data-funder') ?? '';
      const funded = seedProjects.filter((project) => project.funders.includes(funder));
      const cells = row.querySelectorAll('td');
      expect(Number(cells[0]?.textContent)).toBe(funded.length);
      expect(Number(cells[1]?.textContent)).toBe(funded.filter((project) => project.budget).length);
      if (!funded.some((project) => project.budget)) {
        expect(flat(cells[2]?.textContent)).toBe('ei tiedossa');
        continue;
      }
      expect(eurosIn(cells[2]?.textContent ?? '')).toBe(funded.reduce((sum, project) => sum + (project.budget?.cityShare ?? 0), 0));
      expect(eurosIn(cells[3]?.textContent ?? '')).toBe(funded.reduce((sum, project) => sum + (project.budget?.ownFinancingAmount ?? 0), 0));
    }
    const esr = document.querySelector('tr[data-funder="Euroopan sosiaalirahasto"]');
    expect(cellsOf(esr)).toBe('Euroopan sosiaalirahasto | 3 | 1 | 309 792 € | 92 938 €');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rahoittaja' }), 'Opetushallitus');
    await waitFor(() => expect(document.querySelectorAll('tr[data-funder]')).toHaveLength(1));
    expect(cellsOf(document.querySelector('tr[data-funder="Opetushallitus"]'))).toBe('Opetushallitus | 5 | 0 | ei tiedossa | ei tiedossa');
  });

  it('lists the projects ending within the chosen number of months', async () => {
    const { user, router } = await openList('/projects?from=2021-05-01');
    const section = within(screen.getByRole('region', { name: 'Päättyy 6 kuukauden sisällä' }));
    const ending = () => [...document.querySelectorAll('[data-ending-project-id]')].map((item) => item.getAttribute('data-ending-project-id'));
    expect(ending()).toEqual([
      'liiketta-opiskelupaivaan',
      'hakeva',
      'kulturpass-i-helsingfors',
      'hellops',
      'connext-for-inclusion',
    ]);

    await user.selectOptions(section.getByRole('combobox', { name: 'Aikaväli' }), '3');
    expect(await screen.findByRole('heading', { level: 2, name: 'Päättyy 3 kuukauden sisällä' })).toBeInTheDocument();
    expect(ending()).not.toContain('connext-for-inclusion');
    expect(ending()[0]).toBe('liiketta-opiskelupaivaan');
    expect(new URLSearchParams(router.state.location.search).get('within')).toBe('3');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Aikaväli' }), '12');
    expect(ending()).toContain('6aika-pedtech');
    expect(ending()).not.toContain('vertaansa-vailla');
  });

  it('says so, in Finnish, when nothing ends within the months from today', async () => {
    await openList('/projects?from=2030-01-01');
    expect(screen.getByText('Yksikään hanke ei pääty 6 kuukauden sisällä päivästä 1.1.2030.')).toBeInTheDocument();
  });

  it('says when no project matches and clears the filters on request', async () => {
    const { user } = await openList('/projects?funder=Opetushallitus&active=2030-01-01');
    expect(screen.getByText('Yksikään hanke ei vastaa valittuja suodattimia.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Tyhjennä suodattimet' })[0] as HTMLElement);
    await waitFor(() => expect(visibleIds()).toHaveLength(seedProjects.length));
  });

  it('shows an error with a retry when the projects cannot be loaded, then the list', async () => {
    server.use(http.get(apiRoutes.projects, () => HttpResponse.json({ error: 'boom', message: 'Internal' }, { status: 500 }), { once: true }));
    const { user } = renderApp('/projects');
    const alert = await findAlert(/Palvelimella tapahtui virhe/);
    await user.click(within(alert).getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hankkeet' })).toBeInTheDocument();
    expect(visibleIds().length).toBeGreaterThanOrEqual(10);
  });
});
