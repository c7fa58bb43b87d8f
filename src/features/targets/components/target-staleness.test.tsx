import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colleagueEdit } from '../../../../mocks/node';
import { renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';

const codes = () => [...document.querySelectorAll('tr[data-target-code]')].map((row) => row.getAttribute('data-target-code'));

describe('stale targets', () => {
  it('flags every target of the 2021 report as stale: none has been updated since 2.2.2022', async () => {
    renderApp(VANTAA_PLAN_URL, { sync: false });
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    const row = document.querySelector('tr[data-target-code="12.12"]') as HTMLElement;
    expect(within(row).getByText('Vanhentunut')).toBeInTheDocument();
    expect(document.querySelectorAll('[data-staleness="stale"]')).toHaveLength(8);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('filters to the targets waiting for an update, and a fresh update drops out of it', async () => {
    // The test server stamps edits at 23.11.2026 09.00; judge staleness a day later, whatever today is.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T09:00:00.000Z'));
    await colleagueEdit('vantaa-2021-12-12', { metricStatus: 'Päivitetty juuri.' }, 'Katri Kalske');
    const { user, router } = renderApp(VANTAA_PLAN_URL, { sync: false });
    await screen.findByRole('link', { name: /Avaa tavoite 12\.12/ });
    await user.click(screen.getByRole('checkbox', { name: 'Vain päivitystä odottavat' }));
    await waitFor(() => expect(codes()).not.toContain('12.12'));
    expect(codes()).toHaveLength(7);
    expect(new URLSearchParams(router.state.location.search).get('overdue')).toBe('1');
  });

  it('counts the targets waiting for an update on the summary page and links to them', async () => {
    const { user, router } = renderApp(`${VANTAA_PLAN_URL}/summary`, { sync: false });
    expect(await screen.findByTestId('staleness-summary')).toHaveTextContent(
      'Päivitystä odottaa 8 / 8 tavoitetta, joista 8 on vanhentunut (yli 90 päivää päivittämättä).',
    );
    await user.click(screen.getByRole('link', { name: 'Näytä päivitystä odottavat tavoitteet' }));
    await waitFor(() => expect(router.state.location.search).toBe('?overdue=1'));
    await waitFor(() => expect(codes()).toHaveLength(8));
  });
});
