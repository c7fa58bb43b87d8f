import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../api/contract';
import { server } from '../../../../mocks/node';
import { seedProjects } from '../../../../mocks/seed/projects';
import { renderApp } from '../../../../test/render-app';

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('project detail', () => {
  it('shows PEdTech with its budget and own financing 30 % = 92 938 €, matching the proposal', async () => {
    renderApp('/projects/6aika-pedtech');
    expect(await screen.findByRole('heading', { level: 1, name: '6Aika: PEdTech' })).toBeInTheDocument();
    expect(document.title).toBe('6Aika: PEdTech – Tavoitevahti');

    const ownFinancing = screen.getByTestId('own-financing');
    expect(flat(ownFinancing.textContent)).toContain('Omarahoitus 30 % = 92 938 €');
    expect(flat(ownFinancing.textContent)).toContain('laskettu kaupungin osuudesta 309 792 €');
    expect(screen.getByText((_, element) => element?.tagName === 'P' && flat(element.textContent) === 'Lähteessä mainittu omarahoitus 92 938 € vastaa laskettua.')).toBeInTheDocument();

    const budget = within(screen.getByRole('region', { name: 'Budjetti' }));
    expect(budget.getByText((_, element) => element?.tagName === 'DD' && flat(element.textContent).startsWith('1 000 000 €'))).toBeInTheDocument();
    expect(budget.getByText((_, element) => element?.tagName === 'DD' && flat(element.textContent) === '309 792 €')).toBeInTheDocument();

    expect(screen.getByText('HEL 2019-009918 T 02 05 02')).toBeInTheDocument();
    expect(screen.getByText((_, element) => element?.tagName === 'DD' && flat(element.textContent) === '1.3.2020–31.12.2021 (lähteessä "1.3.2020–31.12.2021")')).toBeInTheDocument();
    expect(screen.getByText('Turun kaupunki')).toBeInTheDocument();
    expect(screen.getByText('Oulun kaupunki')).toBeInTheDocument();
    expect(screen.getByText(/^Hankkeen päätavoitteena on laajentaa/)).toBeInTheDocument();
    expect(screen.getByText('Lauri Vihma')).toBeInTheDocument();
    expect(screen.getByText('Sähköposti: lauri.vihma(a)hel.fi')).toBeInTheDocument();

    const targets = within(screen.getByRole('region', { name: 'Liitetyt sitovat tavoitteet' }));
    expect(targets.getByRole('link', { name: 'Sitova tavoite 17.1' })).toHaveAttribute('href', '/plans/vantaa-kasvatus-2021/targets/vantaa-2021-17-1');
    expect(targets.getByText(/havainnollistava liitos, ei lähteessä/)).toBeInTheDocument();
  });

  it('opens from the list and goes back to the same filtered view', async () => {
    const { user, router } = renderApp('/projects?funder=H%C3%A4meen+ELY-keskus');
    await user.click(await screen.findByRole('link', { name: '6Aika: PEdTech' }));
    expect(await screen.findByRole('heading', { level: 1, name: '6Aika: PEdTech' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Takaisin hankelistaan/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hankkeet' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('funder')).toBe('Hämeen ELY-keskus');
  });

  it('says that a project without a budget has none, and shows the period as written', async () => {
    renderApp('/projects/maksuton-varhaiskasvatus-5-vuotiaat');
    expect(await screen.findByRole('heading', { level: 1, name: /^5-vuotiaiden maksuttoman/ })).toBeInTheDocument();
    expect(screen.getByText('Lähteessä ei ole budjettia.')).toBeInTheDocument();
    expect(screen.getByText((_, element) => element?.tagName === 'DD' && flat(element.textContent) === '2019–2021 (lähteessä "2019 — 2021")')).toBeInTheDocument();
    expect(screen.getByText('Hankkeeseen ei ole liitetty sitovia tavoitteita.')).toBeInTheDocument();
  });

  it('says when the project does not exist', async () => {
    renderApp('/projects/ei-ole');
    expect(await screen.findByText(/Hanketta ei löytynyt/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Takaisin hankelistaan/ })).toHaveAttribute('href', '/projects');
  });

  it('shows the own financing in the English format', async () => {
    const { user } = renderApp('/projects/6aika-pedtech');
    await screen.findByRole('heading', { level: 1, name: '6Aika: PEdTech' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'en');
    // English is loaded when chosen, so the figure changes a moment later.
    await waitFor(() => expect(flat(screen.getByTestId('own-financing').textContent)).toContain('Own financing 30% = €92,938'));
  });

  it('warns clearly when the stated own financing differs from the computed one', async () => {
    const changed = seedProjects.map((project) =>
      project.budget ? { ...project, budget: { ...project.budget, ownFinancingAmount: 90_000 } } : project,
    );
    server.use(http.get(apiRoutes.projects, () => HttpResponse.json({ items: changed })));
    renderApp('/projects/6aika-pedtech');
    expect(flat((await screen.findByTestId('own-financing')).textContent)).toContain('Omarahoitus 30 % = 92 938 €');
    const note = screen.getByRole('note');
    expect(flat(note.textContent)).toBe('Huomio: lähteessä mainittu omarahoitus 90 000 € poikkeaa lasketusta (92 938 €). Tarkista luvut lähteestä.');
  });
});
