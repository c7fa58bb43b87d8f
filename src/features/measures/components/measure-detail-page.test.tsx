import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findAlert, renderApp } from '../../../../test/render-app';

const tasksUnder = (heading: string) => {
  const section = screen.getByRole('heading', { level: 3, name: heading }).closest('section')!;
  return within(section)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.measure-timeline__head')?.textContent?.replace(/\s+/g, ' ').trim());
};

describe('measure detail', () => {
  it('shows every field of measure 91', async () => {
    renderApp('/measures/measure-91');
    expect(await screen.findByRole('heading', { level: 1, name: '91 Yhteistyö koulujen ja oppilaitosten kanssa' })).toBeInTheDocument();
    const fields = within(screen.getByLabelText('Toimenpiteen tiedot'));
    expect(fields.getByText('Kasvatus ja koulutus')).toBeInTheDocument();
    expect(fields.getByText('Ajallaan')).toBeInTheDocument();
    expect(fields.getByText('Pieni')).toBeInTheDocument();
    expect(fields.getByText('Harjoittelupaikkojen määrä')).toBeInTheDocument();
    expect(fields.getByText('Kanslia, Kymp, Kasko, KUVA, Sote')).toBeInTheDocument();
    expect(screen.getByText(/^Elinkeino-osaston roolina on toimia yhtenä tahona/)).toBeInTheDocument();
    expect(screen.getByText('Toimenpideohjelman mukaan')).toBeInTheDocument();
    expect(screen.getByText(/^Kaupunki tarjoaa oppilaitoksille Smart & Clean -harjoittelupaikkoja/)).toBeInTheDocument();
    expect(screen.getByText('(Hiilineutraali Helsinki 2035 -toimenpideohjelmasta)')).toBeInTheDocument();
    expect(screen.getByText('Piritta Ekroth')).toBeInTheDocument();
    expect(screen.getByText('Projektipäällikkö/ Tunne Työ')).toBeInTheDocument();
    expect(screen.getByText(/Tietoja päivitetty 20\.5\.2020/)).toBeInTheDocument();
    expect(document.title).toBe('91 Yhteistyö koulujen ja oppilaitosten kanssa – Tavoitevahti');
  });

  it('shows the done tasks oldest first and the tasks to do soonest first, with Finnish dates', async () => {
    renderApp('/measures/measure-91');
    await screen.findByRole('heading', { level: 2, name: 'Tehtävät' });
    expect(tasksUnder('Mitä on tehty?')).toEqual([
      '22.11.2019 Toimenpiteestä on tilannekuvaus',
      '22.11.2019 Toimenpiteen yhteyshenkilö valittu',
      '22.11.2019 Seuraavat tehtävät kuvattu',
      '31.12.2019 Tunne Työ - suunnittele ura hanke',
      '28.1.2020 Toimintamallin ja roolijaon määrittely',
    ]);
    expect(tasksUnder('Mitä on tehtävä?')).toEqual([
      '20.9.2020 Koululaisille ja opiskelijoille järjestettävän S&C-harjoittelutoiminnan määrittely ja opinto-ohjaajien tapaaminen',
    ]);
  });

  it('links to the targets it affects, explains how, and says the links are illustrative', async () => {
    renderApp('/measures/measure-91');
    const targets = (await screen.findByRole('heading', { level: 2, name: 'Tavoitteet, joihin toimenpide vaikuttaa' })).closest('section')!;
    const link = await within(targets).findByRole('link', { name: /^12\.12 Keskeyttäneiden määrä/ });
    expect(link).toHaveAttribute('href', '/plans/vantaa-kasvatus-2021/targets/vantaa-2021-12-12');
    expect(within(targets).getAllByRole('heading', { level: 4, name: 'Miten tämä toimenpide vaikuttaa tavoitteeseen?' })).toHaveLength(2);
    expect(within(targets).getByText(/^Havainnollistava: lähteessä toimenpidettä ei ole liitetty/)).toBeInTheDocument();
  });

  it('shows the measure in Swedish labels when the language is Swedish', async () => {
    const { user } = renderApp('/measures/measure-91');
    await screen.findByRole('heading', { level: 1, name: /^91 / });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'sv');
    expect(await screen.findByRole('heading', { level: 3, name: 'Vad har gjorts?' })).toBeInTheDocument();
    expect(screen.getByText('I tid')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'fi');
  });

  it('says so when the measure does not exist, with a way back', async () => {
    renderApp('/measures/ei-ole');
    expect(await findAlert(/Toimenpidettä ei löytynyt\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Takaisin toimenpidelistaan/ })).toHaveAttribute('href', '/measures');
  });
});
