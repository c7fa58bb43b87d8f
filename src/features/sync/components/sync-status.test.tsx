import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testStorage } from '../../../../mocks/node';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { formatDateTime } from '../../../i18n/format';
import { announceChange } from '../../../offline/change-feed';
import { localDb, type OutboxEntry } from '../../../offline/db';
import { saveTargetEdit } from '../../../offline/save-target-edit';
import { useStorageStatusStore } from '../../../offline/storage-persistence';
import { useSyncStatusStore } from '../../../offline/sync-status';
import { useSyncPanelStore } from '../panel-store';

const TARGET_ID = 'vantaa-2021-12-12';
const LOCAL_TEXT = 'Paikallinen luonnos mittarien tilanteesta';
const PANEL_NAME = 'Palvelimelle tallentamattomat muutokset';

const statusButton = () => screen.getByRole('button', { name: /synkronoitu/ });
const panel = () => screen.getByRole('region', { name: PANEL_NAME });
const metricStatusOf1212 = () => {
  const cell = document.querySelector('tr[data-target-code="12.12"] td[data-label="Mittarien tilanne"]');
  if (!(cell instanceof HTMLElement)) throw new Error('No metric status cell for 12.12');
  return cell.textContent;
};

/** Opens the plan without syncing, so a saved edit stays in the outbox until the test says otherwise. */
async function renderWithLocalEdit({ sync = false }: { sync?: boolean } = {}) {
  const view = renderApp(VANTAA_PLAN_URL, { sync });
  await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
  const entry = await act(() => saveTargetEdit({ targetId: TARGET_ID, changes: { metricStatus: LOCAL_TEXT }, author: 'Katri Kalske' }));
  return { ...view, entry };
}

async function setEntry(entry: OutboxEntry, change: Partial<OutboxEntry>) {
  await act(async () => {
    await localDb.outbox.where('id').equals(entry.id).modify(change);
    announceChange('outbox');
  });
}

afterEach(() => {
  onlineManager.setOnline(true);
  useSyncPanelStore.setState({ open: false });
  useStorageStatusStore.setState({ persistence: 'unknown', quotaExceeded: false });
});

describe('sync status', () => {
  it('counts an unsynced edit in the header and lists it in the panel', async () => {
    const { user } = await renderWithLocalEdit();
    await waitFor(() => expect(statusButton()).toHaveTextContent('1 tallentamatta palvelimelle'));
    expect(statusButton()).toHaveTextContent('Verkossa');
    expect(statusButton()).toHaveTextContent('Ei vielä synkronoitu');
    expect(statusButton()).toHaveAttribute('aria-expanded', 'false');

    await user.click(statusButton());
    expect(statusButton()).toHaveAttribute('aria-expanded', 'true');
    const region = within(panel());
    expect(await region.findByRole('link', { name: '12.12 Keskeyttäneiden määrä ammatillisessa koulutuksessa vähenee' })).toHaveAttribute(
      'href',
      `${VANTAA_PLAN_URL}/targets/${TARGET_ID}`,
    );
    expect(region.getByText('Mittarien tilanne')).toBeInTheDocument();
    expect(region.getByText('Katri Kalske')).toBeInTheDocument();
    expect(region.getByText('Odottaa lähetystä')).toBeInTheDocument();
    expect(region.getByRole('heading', { level: 2, name: PANEL_NAME })).toHaveFocus();
  });

  it('closes the panel with Escape and returns focus to the status button', async () => {
    const { user } = await renderWithLocalEdit();
    await user.click(statusButton());
    await within(panel()).findByText('Katri Kalske');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: PANEL_NAME })).not.toBeInTheDocument();
    expect(statusButton()).toHaveFocus();
    expect(statusButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it("shows a failed edit with the server's message and sends it again on request", async () => {
    const { user, entry } = await renderWithLocalEdit();
    await setEntry(entry, { state: 'failed', attempts: 1, lastError: 'Palvelin kieltäytyi' });
    await waitFor(() => expect(statusButton()).toHaveTextContent('1 epäonnistui'));
    expect(statusButton()).toHaveTextContent('0 tallentamatta palvelimelle');

    await user.click(statusButton());
    const region = within(panel());
    expect(await region.findByText('Palvelin kieltäytyi')).toBeInTheDocument();
    expect(region.getByText('Epäonnistui')).toBeInTheDocument();

    await user.click(region.getByRole('button', { name: 'Yritä nyt uudelleen' }));
    expect(await region.findByText('Odottaa lähetystä')).toBeInTheDocument();
    expect(region.queryByText('Palvelin kieltäytyi')).not.toBeInTheDocument();
    expect((await localDb.outbox.get(entry.seq!))?.state).toBe('pending');
    await waitFor(() => expect(statusButton()).toHaveTextContent('1 tallentamatta palvelimelle'));
  });

  it('discards an edit only after confirmation, and the target shows its server value again', async () => {
    const view = renderApp(VANTAA_PLAN_URL, { sync: false });
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    const serverText = metricStatusOf1212();
    await act(() => saveTargetEdit({ targetId: TARGET_ID, changes: { metricStatus: LOCAL_TEXT }, author: 'Katri Kalske' }));
    await waitFor(() => expect(metricStatusOf1212()).toBe(LOCAL_TEXT));

    const { user } = view;
    await user.click(statusButton());
    const region = within(panel());
    await user.click(await region.findByRole('button', { name: 'Hylkää muutos' }));
    const question = region.getByRole('group', { name: /menetetään lopullisesti/ });
    expect(within(question).getByRole('button', { name: 'Peruuta' })).toHaveFocus();

    await user.click(within(question).getByRole('button', { name: 'Peruuta' }));
    expect(region.queryByRole('group')).not.toBeInTheDocument();
    expect(region.getByRole('button', { name: 'Hylkää muutos' })).toHaveFocus();
    expect(await localDb.outbox.count()).toBe(1);

    await user.click(region.getByRole('button', { name: 'Hylkää muutos' }));
    await user.click(region.getByRole('button', { name: 'Hylkää lopullisesti' }));
    expect(await region.findByText('Kaikki muutokset on tallennettu palvelimelle.')).toBeInTheDocument();
    expect(await localDb.outbox.count()).toBe(0);
    await waitFor(() => expect(metricStatusOf1212()).toBe(serverText));
    expect(statusButton()).toHaveTextContent('0 tallentamatta palvelimelle');
  });

  it('offers to resolve a conflict on the target page', async () => {
    const { user, entry } = await renderWithLocalEdit();
    await setEntry(entry, { state: 'conflict', attempts: 1 });
    await waitFor(() => expect(statusButton()).toHaveTextContent('1 ristiriita'));

    await user.click(statusButton());
    const region = within(panel());
    expect(await region.findByText('Ristiriita')).toBeInTheDocument();
    expect(region.getByRole('link', { name: 'Ratkaise ristiriita' })).toHaveAttribute('href', `${VANTAA_PLAN_URL}/targets/${TARGET_ID}`);
    expect(region.queryByRole('button', { name: 'Yritä nyt uudelleen' })).not.toBeInTheDocument();
  });

  it('says when the browser is offline', async () => {
    const { user } = await renderWithLocalEdit();
    await waitFor(() => expect(statusButton()).toHaveTextContent('Verkossa'));
    act(() => onlineManager.setOnline(false));
    expect(statusButton()).toHaveTextContent('Ei verkkoyhteyttä');
    await user.click(statusButton());
    expect(within(panel()).getByText(/Muutokset on tallennettu tälle laitteelle/)).toBeInTheDocument();

    act(() => onlineManager.setOnline(true));
    expect(statusButton()).toHaveTextContent('Verkossa');
  });

  it('announces the counts politely', async () => {
    await renderWithLocalEdit();
    const announcer = () =>
      screen.getAllByRole('status').find((element) => element.getAttribute('aria-live') === 'polite' && /Verkossa/.test(element.textContent ?? ''));
    await waitFor(() => expect(announcer()).toHaveTextContent('Verkossa. 1 tallentamatta palvelimelle'));
  });

  it('sends the edit and shows when it last synced', async () => {
    await renderWithLocalEdit({ sync: true });
    await waitFor(() => expect(statusButton()).toHaveTextContent('0 tallentamatta palvelimelle'));
    await waitFor(async () => expect((await testStorage.getTarget(TARGET_ID))?.metricStatus).toBe(LOCAL_TEXT));
    await waitFor(() => expect(useSyncStatusStore.getState().syncing).toBe(false));
    const lastSyncAt = useSyncStatusStore.getState().lastSyncAt;
    expect(lastSyncAt).not.toBeNull();
    expect(statusButton()).toHaveTextContent(`Viimeksi synkronoitu ${formatDateTime(lastSyncAt!, 'fi')}`);
  });

  it('warns when the browser may clear edits or has no room for them', async () => {
    renderApp(VANTAA_PLAN_URL, { sync: false });
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    expect(screen.queryByText(/Selain voi poistaa/)).not.toBeInTheDocument();

    act(() => useStorageStatusStore.setState({ persistence: 'denied' }));
    expect(screen.getByText(/Selain voi poistaa tallentamattomat muutokset/)).toBeInTheDocument();

    act(() => useStorageStatusStore.setState({ quotaExceeded: true }));
    expect(screen.getByText(/Tallennustila on täynnä/).closest('[role="alert"]')).not.toBeNull();
  });
});
