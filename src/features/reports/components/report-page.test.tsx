import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRoutes } from '../../../api/contract';
import { server } from '../../../../mocks/node';
import { vantaa2021 } from '../../../../mocks/seed/vantaa-2021';
import { useLanguageStore } from '../../../i18n/language-store';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

const REPORT_URL = `${VANTAA_PLAN_URL}/report`;
const SEED_ORDER = ['5.1', '8.1', '12.3', '12.4', '12.5', '12.12', '13.1', '17.1'];

const findReportHeading = () =>
  screen.findByRole(
    'heading',
    { level: 1, name: 'Kasvatus ja oppiminen 2021: sitovat tavoitteet ja niiden toteutuminen' },
    { timeout: 5000 },
  );
const reportTable = () => screen.getByRole('table');
const rowOf = (code: string) => {
  const row = reportTable().querySelector(`tr[data-target-code="${code}"]`);
  if (!(row instanceof HTMLTableRowElement)) throw new Error(`No row for target ${code}`);
  return row;
};
const printedCodes = () =>
  [...reportTable().querySelectorAll('tr[data-target-code]')].map((row) => row.getAttribute('data-target-code'));
/** The cells' text exactly as in the DOM: line breaks and paragraphs included, nothing collapsed. */
const cellTexts = (row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.textContent);

afterEach(() => vi.restoreAllMocks());

describe('printable report', () => {
  it('heads the report with the organisation, sector, plan, period and report date', async () => {
    renderApp(REPORT_URL);
    await findReportHeading();
    expect(screen.getByText('Vantaan kaupunki · Kasvatuksen ja oppimisen toimiala')).toBeInTheDocument();
    expect(screen.getByText('Raportin päivämäärä 2.2.2022')).toBeInTheDocument();
    expect(screen.getByText('Seurantajakso 1.1. - 31.12.2021')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Raportti 2.2.2022 – Kasvatus ja oppiminen 2021 – Tavoitevahti'));
    // Printed pages are headed with the plan and date, and numbered, through CSS page-margin boxes.
    const pageRule = document.head.querySelector('style[data-print-page-header]')?.textContent ?? '';
    expect(pageRule).toContain('@top-center { content: "Kasvatus ja oppiminen 2021 · Raportin päivämäärä 2.2.2022"; }');
    expect(pageRule).toContain('@bottom-right { content: "Sivu " counter(page) " / " counter(pages); }');
  });

  it('has the official report’s columns, named with the plan’s own labels', async () => {
    renderApp(REPORT_URL);
    await findReportHeading();
    const headers = within(reportTable()).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual([
      'Sitova tavoite vuodelle 2021',
      'Mittari',
      'Lähtötaso v:n 2019 loppu',
      'Tavoitetaso 2021',
      'Vastuuhenkilö(t)',
      'Keskeiset toimenpiteet 1.1. - 31.12.2021',
      'Mittarien tilanne 1.1. - 31.12.2021',
      'Tila',
    ]);
  });

  it('prints all eight targets with every column’s text in full, paragraphs kept', async () => {
    renderApp(REPORT_URL);
    await findReportHeading();
    expect(printedCodes()).toEqual(SEED_ORDER);
    for (const target of vantaa2021.targets) {
      const responsible = target.responsiblePersons.join(', ');
      expect(cellTexts(rowOf(target.code))).toEqual([
        `${target.code} ${target.title}`,
        target.metric,
        target.baseline,
        target.targetLevel,
        target.reportingResponsible ? `${responsible},\nraportointivastuu: ${target.reportingResponsible}` : responsible,
        target.keyActions,
        target.metricStatus,
        { fully: 'Toteutuu täysin', partially: 'Toteutuu osittain', notAtAll: 'Ei toteudu lainkaan', notAssessed: 'Ei arvioitu' }[
          target.status
        ],
      ]);
    }
    // Nothing is cut short: no "show more" anywhere, and 8.1's key actions run past the report's page break to the end.
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();
    const keyActions81 = rowOf('8.1').cells[5]!;
    expect(keyActions81).toHaveTextContent(/^Oppivelvollisuuden laajenemiseen liittyvä valmistelutyö/);
    expect(keyActions81).toHaveTextContent('Päätelaitteet ja oppimateriaaleja on hankittu laajennetun oppivelvollisuuden piirissä');
    expect(keyActions81).toHaveTextContent(/Tutkintokoulutukseen valmentavan koulutuksen \(TUVA\) rakennetta ja organisoitumista on valmisteltu\.$/);
    expect(rowOf('12.4').cells[5]!.textContent).toContain('kanssa.\n\nPerusopetuksen koulutuksia ei ole järjestetty');
    expect(cellTexts(rowOf('12.5'))[4]).toBe('Timo Aronkytö, Katri Kalske,\nraportointivastuu: Timo Aronkytö');
  });

  it('groups the targets under theme and strategic-goal headings in the report’s order', async () => {
    renderApp(REPORT_URL);
    await findReportHeading();
    const sequence = [...reportTable().querySelectorAll('h2, h3, tr[data-target-code]')].map((element) =>
      element instanceof HTMLTableRowElement ? element.getAttribute('data-target-code') : `${element.tagName}: ${element.textContent}`,
    );
    expect(sequence).toEqual([
      'H2: Tiivistämme kaupunkia lähiluontoa vaalien',
      'H3: Strateginen tavoite 5. Hyödynnämme rohkeasti kaupunkikeskusten kehittämismahdollisuudet',
      '5.1',
      'H2: Lisäämme kaupungin elinvoimaa ja vetovoimaa',
      'H3: Strateginen tavoite 8. Työikäisen väestön osaaminen vastaa nykyistä paremmin työelämän muuttuvia tarpeita',
      '8.1',
      'H2: Edistämme asukkaiden hyvinvointia',
      'H3: Strateginen tavoite 12. Hyvinvointierot vähenevät',
      '12.3',
      '12.4',
      '12.5',
      '12.12',
      'H3: Strateginen tavoite 13. Suomen monikulttuurisin kaupunki hoitaa myös kotouttamisen parhaiten',
      '13.1',
      'H2: Olemme edelläkävijöitä palvelujen kehittämisessä',
      'H3: Strateginen tavoite 17. Digitaalisista palveluista rakennetaan kuntalaisen pääasiointikanava',
      '17.1',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Strateginen tavoite 12. Hyvinvointierot vähenevät' })).toBeInTheDocument();
  });

  it('shows 12.12’s verdict "Ei toteudu lainkaan" in words with its icon', async () => {
    renderApp(REPORT_URL);
    await findReportHeading();
    const verdict = within(rowOf('12.12')).getByText('Ei toteudu lainkaan');
    const badge = verdict.closest('[data-status]');
    expect(badge).toHaveAttribute('data-status', 'notAtAll');
    expect(badge?.querySelector('svg')).not.toBeNull();
    expect(within(rowOf('12.4')).getByText('Toteutuu osittain')).toBeInTheDocument();
  });

  it('prints only the theme chosen in the URL, says so, and clears the filter on request', async () => {
    const { user, router } = renderApp(`${REPORT_URL}?theme=vantaa-2021-theme-3`);
    await findReportHeading();
    expect(printedCodes()).toEqual(['12.3', '12.4', '12.5', '12.12', '13.1']);
    expect(screen.getByText(/^Tulostetaan 5 \/ 8 tavoitetta: teema Edistämme asukkaiden hyvinvointia\./)).toBeInTheDocument();
    // The paper copy says it is a selection, too.
    expect(
      screen.getByText('Rajattu raportti: 5 / 8 tavoitetta (teema Edistämme asukkaiden hyvinvointia).'),
    ).toBeInTheDocument();
    expect(within(reportTable()).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Edistämme asukkaiden hyvinvointia',
    ]);
    expect(screen.getByRole('link', { name: 'Muuta suodattimia tavoitelistassa' })).toHaveAttribute(
      'href',
      `${VANTAA_PLAN_URL}?theme=vantaa-2021-theme-3`,
    );

    await user.click(screen.getByRole('link', { name: 'Tyhjennä suodattimet' }));
    await waitFor(() => expect(printedCodes()).toEqual(SEED_ORDER));
    expect(router.state.location.search).toBe('');
    expect(screen.getByText(/^Tulostetaan kaikki 8 tavoitetta\./)).toBeInTheDocument();
    expect(screen.queryByText(/^Rajattu raportti/)).not.toBeInTheDocument();
  });

  it('honours the status and search filters of the list', async () => {
    renderApp(`${REPORT_URL}?status=partially,notAtAll&q=koulutu`);
    await findReportHeading();
    expect(printedCodes()).toEqual(['12.4', '12.12']);
    expect(
      screen.getByText(/^Tulostetaan 2 \/ 8 tavoitetta: tila Toteutuu osittain tai Ei toteudu lainkaan, haku ”koulutu”\./),
    ).toBeInTheDocument();
  });

  it('says when no target matches and offers to clear the filters', async () => {
    const { user } = renderApp(`${REPORT_URL}?q=olematonsana`);
    expect(
      await screen.findByText('Yksikään tavoite ei vastaa valittuja suodattimia, joten raportissa ei ole tulostettavaa.', undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const clearLinks = screen.getAllByRole('link', { name: 'Tyhjennä suodattimet' });
    await user.click(clearLinks[clearLinks.length - 1]!);
    await waitFor(() => expect(printedCodes()).toHaveLength(8));
  });

  it('opens the browser’s print dialog from the print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderApp(REPORT_URL);
    await findReportHeading();
    await user.click(screen.getByRole('button', { name: 'Tulosta / Tallenna PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows an error when the API fails and loads the report on retry', async () => {
    server.use(
      http.get(apiRoutes.planTargets, () => HttpResponse.json({ error: 'boom', message: 'Internal' }, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = renderApp(REPORT_URL);
    const alert = await findAlert(/Palvelimella tapahtui virhe\./);
    await user.click(within(alert).getByRole('button', { name: 'Yritä uudelleen' }));
    await findReportHeading();
    expect(printedCodes()).toEqual(SEED_ORDER);
  });

  it('translates the column names and keeps the plan’s own wording beside them', async () => {
    useLanguageStore.setState({ language: 'en' });
    renderApp(REPORT_URL);
    await screen.findByRole('heading', { level: 1, name: /binding targets and how they were met/ }, { timeout: 5000 });
    expect(screen.getByRole('columnheader', { name: 'Baseline (Lähtötaso v:n 2019 loppu)' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Key actions 1.1. - 31.12.2021' })).toBeInTheDocument();
    expect(within(rowOf('12.12')).getByText('Not met at all')).toBeInTheDocument();
  });
});
