import { onlineManager } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { colleagueEdit, server, testStorage } from '../../../../mocks/node';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

const DETAIL_1212 = `${VANTAA_PLAN_URL}/targets/vantaa-2021-12-12`;

const historySection = () => screen.findByRole('region', { name: 'Muutoshistoria' });

describe('change history on the target page', () => {
  it('shows who changed which fields when, with the values before and after', async () => {
    const seed = await testStorage.getTarget('vantaa-2021-12-12');
    const indicators = (seed?.indicators ?? []).map((indicator, index) =>
      index === 0 ? { ...indicator, values: indicator.values.map((point) => ({ ...point, value: point.value + 1 })) } : indicator,
    );
    await colleagueEdit('vantaa-2021-12-12', { status: 'partially', responsiblePersons: ['Katri Kalske', 'Timo Aronkytö'] }, 'Riikka Åstrand');
    await colleagueEdit('vantaa-2021-12-12', { indicators, metricStatus: 'x'.repeat(50) + ' ' + 'y'.repeat(300) }, 'Katri Kalske');
    const { user } = renderApp(DETAIL_1212);

    const history = await historySection();
    const entries = await within(history).findAllByRole('listitem');
    expect(entries).toHaveLength(2);
    const [newest, older] = entries as [HTMLElement, HTMLElement];
    expect(within(newest).getByText(/^Katri Kalske, 23\.11\.2026 klo \d{1,2}\.00$/)).toBeInTheDocument();
    expect(within(newest).getByText('versio 3', { exact: false })).toBeInTheDocument();
    const indicatorRow = within(newest).getByRole('row', { name: /^Mittarien luvut/ });
    expect(within(indicatorRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '3 mittarisarjaa',
      '3 mittarisarjaa; arvot muuttuivat: Keskeyttäneiden määrä ammatillisessa koulutuksessa',
    ]);
    const metricRow = within(newest).getByRole('row', { name: /^Mittarien tilanne/ });
    const [, after] = within(metricRow).getAllByRole('cell') as [HTMLElement, HTMLElement];
    expect(after.textContent).not.toContain('y'.repeat(300));
    await user.click(within(after).getByRole('button', { name: 'Näytä lisää' }));
    expect(after.textContent).toContain('y'.repeat(300));

    expect(within(older).getByText(/^Riikka Åstrand, 23\.11\.2026/)).toBeInTheDocument();
    const statusRow = within(older).getByRole('row', { name: /^Tila/ });
    expect(within(statusRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Ei toteudu lainkaan', 'Toteutuu osittain']);
    const peopleRow = within(older).getByRole('row', { name: /^Vastuuhenkilöt/ });
    expect(within(peopleRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Katri Kalske', 'Katri Kalske, Timo Aronkytö']);
  });

  it('says when a target has not been changed in the app', async () => {
    renderApp(DETAIL_1212);
    expect(await within(await historySection()).findByText('Tähän tavoitteeseen ei ole tehty muutoksia sovelluksessa.')).toBeInTheDocument();
  });

  it('waits for a connection while offline, saying so, and shows the history once online', async () => {
    onlineManager.setOnline(false);
    try {
      renderApp(DETAIL_1212, { sync: false });
      const history = await historySection();
      expect(within(history).getByText(/Muutoshistoria tarvitsee verkkoyhteyden/)).toBeInTheDocument();
      onlineManager.setOnline(true);
      expect(await within(history).findByText('Tähän tavoitteeseen ei ole tehty muutoksia sovelluksessa.')).toBeInTheDocument();
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('explains that the history needs a connection instead of failing when the server cannot be reached', async () => {
    server.use(http.get('/api/targets/:targetId/history', () => HttpResponse.error()));
    renderApp(DETAIL_1212);
    const history = await historySection();
    expect(await within(history).findByText(/Muutoshistoria tarvitsee verkkoyhteyden/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeInTheDocument();
  });
});
