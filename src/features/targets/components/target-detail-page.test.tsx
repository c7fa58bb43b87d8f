import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

describe('target detail', () => {
  it('shows every field of 12.12 with its figures in Finnish number format', async () => {
    renderApp(`${VANTAA_PLAN_URL}/targets/vantaa-2021-12-12`);
    expect(
      await screen.findByRole('heading', { level: 1, name: '12.12 Keskeyttäneiden määrä ammatillisessa koulutuksessa vähenee' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ei toteudu lainkaan')).toBeInTheDocument();
    expect(screen.getByText('Ammatillisen koulutuksen keskeyttäneiden määrä vähenee')).toBeInTheDocument();
    expect(screen.getByText('Katri Kalske')).toBeInTheDocument();
    expect(screen.getByText(/mobiilisovellus Annieta on pilotoitu/)).toBeInTheDocument();
    expect(screen.getByText(/on 194 opiskelijaa \(13,7 %\)/)).toBeInTheDocument();

    const tables = screen.getAllByRole('table');
    const percentTable = tables.find((table) => within(table).queryByText('2020') && /%/.test(table.textContent ?? ''));
    expect(percentTable).toBeDefined();
    const cellTexts = within(percentTable!).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s/g, ' '));
    expect(cellTexts).toContain('13,4 %');
    expect(cellTexts).toContain('19,3 %');
    expect(screen.getByText(/Päivitetty viimeksi 2\.2\.2022/)).toBeInTheDocument();
  });

  it('names the reporting person apart from the responsible persons', async () => {
    renderApp(`${VANTAA_PLAN_URL}/targets/vantaa-2021-12-5`);
    expect(await screen.findByText('Timo Aronkytö, Katri Kalske, raportointivastuu: Timo Aronkytö')).toBeInTheDocument();
  });

  it('links back to the list with the filters the user came from', async () => {
    const { user, router } = renderApp(`${VANTAA_PLAN_URL}?status=notAtAll`);
    await user.click(await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ }));
    await screen.findByRole('heading', { level: 1, name: /^12\.12/ });
    await user.click(screen.getByRole('link', { name: /Takaisin tavoitelistaan/ }));
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    expect(router.state.location.search).toBe('?status=notAtAll');
    expect(screen.queryByRole('link', { name: /Avaa tavoite 8\.1/ })).not.toBeInTheDocument();
  });

  it('says so when the target does not exist', async () => {
    renderApp(`${VANTAA_PLAN_URL}/targets/ei-ole`);
    expect(await findAlert(/Hakemaasi tietoa ei löytynyt\./)).toBeInTheDocument();
  });
});
