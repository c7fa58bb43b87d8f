import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../../test/render-app';
import { copyAsNewPlan } from '../../../../test/plan-copies';
import { announceChange } from '../../../offline/change-feed';
import { loadCollection } from '../../../offline/collections';
import { localDb, type AnyOutboxEntry } from '../../../offline/db';
import { importPlan } from '../../../offline/plan-import';
import { saveRecordEdit } from '../../../offline/record-edits';
import { useSyncPanelStore } from '../panel-store';

const PANEL_NAME = 'Palvelimelle tallentamattomat muutokset';
const statusButton = () => screen.getByRole('button', { name: /synkronoitu/ });
const panel = () => within(screen.getByRole('region', { name: PANEL_NAME }));
const author = { author: 'Anni Admin', authorId: 'anni-admin' };

async function setEntry(entry: AnyOutboxEntry, change: Partial<AnyOutboxEntry>) {
  await act(async () => {
    await localDb.outbox.where('id').equals(entry.id).modify(change);
    announceChange('outbox');
  });
}

/** Opens the measure list without syncing, so saved edits stay in the outbox. */
async function renderWithoutSync() {
  const view = renderApp('/measures', { sync: false });
  await screen.findByRole('link', { name: /Avaa toimenpide 91/ });
  await loadCollection('projects');
  return view;
}

afterEach(() => useSyncPanelStore.setState({ open: false }));

describe('sync panel: measures, projects and imports', () => {
  it('names a measure edit by its number and title, with its changed fields, and links to the measure', async () => {
    const { user } = await renderWithoutSync();
    await act(() => saveRecordEdit({ entity: 'measure', id: 'measure-91', changes: { progress: 'late', impact: 'medium' }, ...author }));
    await waitFor(() => expect(statusButton()).toHaveTextContent('1 tallentamatta palvelimelle'));

    await user.click(statusButton());
    const link = await panel().findByRole('link', { name: 'Toimenpide 91: Yhteistyö koulujen ja oppilaitosten kanssa' });
    expect(link).toHaveAttribute('href', '/measures/measure-91');
    expect(panel().getByText('Eteneminen, Vaikutus')).toBeInTheDocument();
    expect(panel().getByText('Odottaa lähetystä')).toBeInTheDocument();
  });

  it('shows a refused project edit as failed with the server’s reason, and offers to resolve a measure conflict on its page', async () => {
    const { user } = await renderWithoutSync();
    const projectEdit = await act(() => saveRecordEdit({ entity: 'project', id: '6aika-pedtech', changes: { goals: 'Uudet.' }, ...author }));
    const measureEdit = await act(() => saveRecordEdit({ entity: 'measure', id: 'measure-91', changes: { progress: 'late' }, ...author }));
    await setEntry(projectEdit, { state: 'failed', attempts: 1, lastError: 'Sinulla ei ole oikeutta: hankkeen 6Aika: PEdTech muokkaus.' });
    await setEntry(measureEdit, { state: 'conflict', attempts: 1 });
    await waitFor(() => expect(statusButton()).toHaveTextContent('1 ristiriita'));
    expect(statusButton()).toHaveTextContent('1 epäonnistui');

    await user.click(statusButton());
    const projectItem = (await panel().findByRole('link', { name: 'Hanke: 6Aika: PEdTech' })).closest('li')!;
    expect(within(projectItem).getByText('Epäonnistui')).toBeInTheDocument();
    expect(within(projectItem).getByText('Sinulla ei ole oikeutta: hankkeen 6Aika: PEdTech muokkaus.')).toBeInTheDocument();
    expect(within(projectItem).getByText(/Korjaa tiedot ja tallenna uudelleen/)).toBeInTheDocument();
    expect(within(projectItem).getByText('Tavoitteet')).toBeInTheDocument();

    const measureItem = panel().getByRole('link', { name: /^Toimenpide 91:/ }).closest('li')!;
    expect(within(measureItem).getByRole('link', { name: 'Ratkaise ristiriita' })).toHaveAttribute('href', '/measures/measure-91');
    expect(within(measureItem).getByText(/Valitse sivulla, mitkä arvot jäävät voimaan/)).toBeInTheDocument();
  });

  it('names a plan import by the plan’s title, not as a target', async () => {
    const { user } = await renderWithoutSync();
    await act(() => importPlan(copyAsNewPlan('tuotu-paneeliin'), { id: 'anni-admin', name: 'Anni Admin' }));

    await user.click(statusButton());
    const link = await panel().findByRole('link', { name: 'Tuotu suunnitelma: Tuotu suunnitelma 2021' });
    expect(link).toHaveAttribute('href', '/plans/tuotu-paneeliin');
    expect(panel().getByText('Koko suunnitelma (8 tavoitetta)')).toBeInTheDocument();
    expect(panel().queryByText(/^Tavoite tuotu-paneeliin/)).not.toBeInTheDocument();
  });
});
