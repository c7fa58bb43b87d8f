import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { vantaa2021 } from '../../../../mocks/seed/vantaa-2021';
import { testStorage } from '../../../../mocks/node';
import { parseCsv, planDataToCsv } from '../../../domain/transfer';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

const TRANSFER_URL = `${VANTAA_PLAN_URL}/transfer`;

/** The Vantaa plan as its CSV export, with `replace` applied to the text. */
function vantaaCsv(replace: (csv: string) => string = (csv) => csv): string {
  return replace(planDataToCsv(vantaa2021));
}
const csvFile = (text: string, name = 'tavoitteet.csv') => new File([text], name, { type: 'text/csv' });

/** jsdom's Blob (and File) has no arrayBuffer(); browsers do, so the test lends it one built on FileReader. */
function readAsArrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(this);
  });
}
const blobHadArrayBuffer = 'arrayBuffer' in Blob.prototype;
beforeAll(() => {
  if (!blobHadArrayBuffer) Object.defineProperty(Blob.prototype, 'arrayBuffer', { configurable: true, writable: true, value: readAsArrayBuffer });
});
afterAll(() => {
  if (!blobHadArrayBuffer) Reflect.deleteProperty(Blob.prototype, 'arrayBuffer');
});

let createdBlobs: Blob[];
let downloadNames: string[];

beforeEach(() => {
  createdBlobs = [];
  downloadNames = [];
  // jsdom has no object URLs and cannot follow a download link, so both are stood in for.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: vi.fn((blob: Blob) => {
      createdBlobs.push(blob);
      return `blob:test/${createdBlobs.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloadNames.push(this.download);
  });
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

async function openTransferPage() {
  const view = renderApp(TRANSFER_URL);
  expect(await screen.findByRole('heading', { level: 1, name: 'Vienti ja tuonti' })).toBeInTheDocument();
  return view;
}

describe('exporting the plan', () => {
  it('downloads a CSV for Finnish Excel with the BOM, the header and the 8 targets', async () => {
    const { user } = await openTransferPage();
    await user.click(screen.getByRole('button', { name: 'Lataa CSV-tiedosto' }));

    await waitFor(() => expect(createdBlobs).toHaveLength(1));
    const blob = createdBlobs[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(text.startsWith('\uFEFFTeema;Strateginen tavoite;Sitova tavoite;Tavoitteen nimi;')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text).table.filter((row) => row.some((cell) => cell !== ''));
    expect(rows).toHaveLength(9);
    expect(rows.slice(1).map((row) => row[2])).toEqual(['5.1', '8.1', '12.3', '12.4', '12.5', '12.12', '13.1', '17.1']);
    expect(downloadNames).toEqual(['kasvatus-ja-oppiminen-2021.csv']);
    expect(await screen.findByText('Tiedosto kasvatus-ja-oppiminen-2021.csv on ladattu.')).toBeInTheDocument();
  });
});

describe('importing a spreadsheet as a new plan', () => {
  it('lists an unknown status word and a duplicate code with their rows, and offers no import', async () => {
    const { user } = await openTransferPage();
    const csv = vantaaCsv((text) =>
      text
        .replace('Toteutuu osittain;partially', 'Melkein;partially')
        .replace('"=""13.1"""', '"=""12.3"""'),
    );
    await user.upload(screen.getByLabelText('Taulukkotiedosto (.csv tai .xlsx)'), csvFile(csv, 'x.csv'));

    const summary = await findAlert(/Tiedostossa x\.csv on 2 ongelmaa, joten mitään ei tuotu\./);
    expect(summary).toBeVisible();
    const table = screen.getByRole('table', { name: /Tiedoston x\.csv ongelmat riveittäin/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [
        '5',
        'Tila (L)',
        'Tuntematon tila "Melkein". Kirjoita jokin näistä: Toteutuu täysin, Toteutuu osittain, Ei toteudu lainkaan, Ei arvioitu.',
      ],
      ['8', 'Sitova tavoite (C)', 'Tavoitteen koodi 12.3 on jo rivillä 4. Jokaisella sitovalla tavoitteella on oma koodinsa.'],
    ]);
    expect(screen.queryByRole('button', { name: 'Tuo suunnitelma' })).not.toBeInTheDocument();
  });

  it('reads the same file again after it has been corrected', async () => {
    const { user } = await openTransferPage();
    const input = screen.getByLabelText('Taulukkotiedosto (.csv tai .xlsx)');
    await user.upload(input, csvFile(vantaaCsv((text) => text.replace('Toteutuu osittain;partially', 'Melkein;partially')), 'x.csv'));
    await findAlert(/Tiedostossa x\.csv on 1 ongelma,/);
    await user.upload(input, csvFile(vantaaCsv(), 'x.csv'));
    expect(await screen.findByText(/Tiedosto x\.csv on kunnossa/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tuo suunnitelma' })).toBeEnabled();
  });

  it('shows the preview counts of a valid file and imports it as a new plan', async () => {
    const { user, router } = await openTransferPage();
    await user.upload(screen.getByLabelText('Taulukkotiedosto (.csv tai .xlsx)'), csvFile(vantaaCsv(), 'kasvatus-ja-oppiminen-2022.csv'));

    expect(await screen.findByText(/Tiedosto kasvatus-ja-oppiminen-2022\.csv on kunnossa/)).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Esikatselu' });
    expect(within(preview).getByTestId('import-count-themes')).toHaveTextContent('Teemoja4');
    expect(within(preview).getByTestId('import-count-goals')).toHaveTextContent('Strategisia tavoitteita5');
    expect(within(preview).getByTestId('import-count-targets')).toHaveTextContent('Sitovia tavoitteita8');
    expect(within(preview).getByTestId('import-status-fully')).toHaveTextContent('Toteutuu täysin 6');
    expect(within(preview).getByTestId('import-status-partially')).toHaveTextContent('Toteutuu osittain 1');
    expect(within(preview).getByTestId('import-status-notAtAll')).toHaveTextContent('Ei toteudu lainkaan 1');
    expect(within(preview).getByTestId('import-status-notAssessed')).toHaveTextContent('Ei arvioitu 0');
    // The year in the file's name prefills the new plan.
    expect(screen.getByLabelText('Raportointivuosi')).toHaveValue('2022');
    expect(screen.getByLabelText('Suunnitelman nimi')).toHaveValue('Kasvatus ja oppiminen 2022');
    expect(screen.getByLabelText('Organisaatio')).toHaveValue('Vantaan kaupunki');

    await user.click(screen.getByRole('button', { name: 'Tuo suunnitelma' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/plans\/[0-9a-f-]{36}$/));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitovat tavoitteet' })).toBeInTheDocument();
    expect(await screen.findByText('Kasvatus ja oppiminen 2022', { selector: 'strong' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ })).toBeInTheDocument();
    const planId = router.state.location.pathname.split('/')[2] ?? '';
    // The sync engine sends the new plan to the server once.
    await waitFor(async () => expect(await testStorage.listTargets(planId)).toHaveLength(8));
  });

  it('asks for the plan details before importing', async () => {
    const { user } = await openTransferPage();
    await user.upload(screen.getByLabelText('Taulukkotiedosto (.csv tai .xlsx)'), csvFile(vantaaCsv()));
    await screen.findByRole('button', { name: 'Tuo suunnitelma' });
    await user.clear(screen.getByLabelText('Suunnitelman nimi'));
    await user.clear(screen.getByLabelText('Raportointivuosi'));
    await user.type(screen.getByLabelText('Raportointivuosi'), '22');
    await user.click(screen.getByRole('button', { name: 'Tuo suunnitelma' }));

    expect(await findAlert(/^Suunnitelmaa ei tuotu: korjaa merkityt suunnitelman tiedot\.$/)).toBeVisible();
    expect(screen.getByLabelText('Suunnitelman nimi')).toHaveAccessibleDescription('Tämä tieto on pakollinen.');
    expect(screen.getByLabelText('Raportointivuosi')).toHaveAccessibleDescription('Kirjoita vuosi numeroina, esim. 2022.');
  });

  it('refuses a file of the wrong type and a file over 20 MB without importing anything', async () => {
    await openTransferPage();
    const user = userEvent.setup({ applyAccept: false });
    const input = screen.getByLabelText('Taulukkotiedosto (.csv tai .xlsx)');
    await user.upload(input, new File(['%PDF-1.7'], 'raportti.pdf', { type: 'application/pdf' }));
    expect(await findAlert(/Tiedostossa raportti\.pdf on 1 ongelma,/)).toBeVisible();
    expect(screen.getByRole('table')).toHaveTextContent(/Tiedosto raportti\.pdf on väärää tyyppiä \(\.pdf\)/);

    const huge = csvFile('Teema;Tila\r\n');
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    const readSpy = vi.spyOn(huge, 'arrayBuffer');
    await user.upload(input, huge);
    expect(await screen.findByText(/Tiedosto on liian suuri \(21 Mt\), joten sitä ei luettu\. Suurin sallittu koko on 20 Mt\./)).toBeInTheDocument();
    expect(readSpy).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Tuo suunnitelma' })).not.toBeInTheDocument();
  });
});
