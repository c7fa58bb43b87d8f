import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../../mocks/seed/vantaa-2021';
import { TRANSFER_COLUMNS, columnLetter } from './columns';
import { exportFileName, planDataToTable } from './export-rows';

const HEADERS = [
  'Teema',
  'Strateginen tavoite',
  'Sitova tavoite',
  'Tavoitteen nimi',
  'Mittari',
  'Lähtötaso',
  'Tavoitetaso',
  'Vastuuhenkilö(t)',
  'Raportointivastuu',
  'Keskeiset toimenpiteet',
  'Mittarien tilanne',
  'Tila',
  'Tilakoodi',
];

const rowOf = (table: string[][], code: string) => {
  const row = table.find((cells) => cells[2] === code);
  if (!row) throw new Error(`No row for ${code}`);
  return Object.fromEntries(TRANSFER_COLUMNS.map((column, index) => [column.header, row[index]]));
};

describe('plan to spreadsheet rows', () => {
  it('writes one header row with the Finnish headers in the agreed order', () => {
    expect(planDataToTable(vantaa2021)[0]).toEqual(HEADERS);
  });

  it('writes one row per target in the list order: themes, goals, then codes numerically', () => {
    const table = planDataToTable(vantaa2021);
    expect(table).toHaveLength(9);
    expect(table.slice(1).map((row) => row[2])).toEqual(['5.1', '8.1', '12.3', '12.4', '12.5', '12.12', '13.1', '17.1']);
  });

  it('writes the goal as "number. title", persons joined with "; ", and both the status word and its code', () => {
    const table = planDataToTable(vantaa2021);
    expect(rowOf(table, '12.12')).toMatchObject({
      Teema: 'Edistämme asukkaiden hyvinvointia',
      'Strateginen tavoite': '12. Hyvinvointierot vähenevät',
      'Sitova tavoite': '12.12',
      Lähtötaso: 'Keskeyttäneiden määrä 496/ keskeyttämisprosentti 13,4 % (2020)',
      Tila: 'Ei toteudu lainkaan',
      Tilakoodi: 'notAtAll',
      Raportointivastuu: '',
    });
    expect(rowOf(table, '12.5')).toMatchObject({
      'Vastuuhenkilö(t)': 'Timo Aronkytö; Katri Kalske',
      Raportointivastuu: 'Timo Aronkytö',
      Tila: 'Toteutuu täysin',
      Tilakoodi: 'fully',
    });
    expect(rowOf(table, '12.4')).toMatchObject({ Tila: 'Toteutuu osittain', Tilakoodi: 'partially' });
  });

  it('names the file after the plan title and year', () => {
    expect(exportFileName(vantaa2021.plan, 'csv')).toBe('kasvatus-ja-oppiminen-2021.csv');
    expect(exportFileName(vantaa2021.plan, 'xlsx')).toBe('kasvatus-ja-oppiminen-2021.xlsx');
    expect(exportFileName({ title: 'Sivistystoimi – Åbo/Turku', reportingYear: 2022 }, 'csv')).toBe('sivistystoimi-abo-turku-2022.csv');
    expect(exportFileName({ title: '???', reportingYear: 2022 }, 'xlsx')).toBe('suunnitelma-2022.xlsx');
  });

  it('gives spreadsheet column letters', () => {
    expect([0, 12, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'M', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
