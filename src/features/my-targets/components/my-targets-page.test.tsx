import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colleagueEdit, server, testServices, testStorage } from '../../../../mocks/node';
import { renderApp } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';

const maija = { id: 'maija-manageri', name: 'Maija Manageri', role: 'manager' as const };

const rowCodes = () => [...document.querySelectorAll('tr[data-target-code]')].map((row) => row.getAttribute('data-target-code'));
const row = (code: string) => document.querySelector(`tr[data-target-code="${code}"]`) as HTMLElement;

async function returnTarget(targetId: string, comment: string) {
  const version = (await testStorage.getTarget(targetId))?.version ?? 0;
  const result = await testServices.review.decide(targetId, { version, decision: 'returned', comment }, maija);
  expect(result.status).toBe(200);
}

describe('my targets', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists a responsible person’s own targets, returned and overdue first, with status and update state', async () => {
    // The test server stamps edits at 23.11.2026 09.00; judge staleness a day later, whatever today is.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T09:00:00.000Z'));
    const seed1212 = await testStorage.getTarget('vantaa-2021-12-12');
    if (!seed1212) throw new Error('no 12.12');
    await testStorage.putTarget({ ...seed1212, updatedAt: '2026-10-01T09:00:00.000Z' });
    await colleagueEdit('vantaa-2021-5-1', { metricStatus: 'Päivitetty.' }, 'Katri Kalske');
    await returnTarget('vantaa-2021-17-1', 'Täydennä luvut.');
    await signInForTest('katri-kalske');
    renderApp('/my-targets', { sync: false });

    expect(await screen.findByText('8 tavoitetta, joista päivitystä odottaa 7.')).toBeInTheDocument();
    expect(screen.getByText(/suunnitelmassa Kasvatus ja oppiminen 2021/)).toBeInTheDocument();
    expect(rowCodes()[0]).toBe('17.1');
    expect(rowCodes().slice(-2)).toEqual(['12.12', '5.1']);
    expect(within(row('17.1')).getByText('Palautettu kommentilla')).toBeInTheDocument();
    expect(within(row('17.1')).getByText('Vanhentunut')).toBeInTheDocument();
    expect(within(row('12.12')).getByText('Päivitys erääntynyt')).toBeInTheDocument();
    expect(within(row('12.12')).getByText('Ei toteudu lainkaan')).toBeInTheDocument();
    expect(within(row('5.1')).getByText('Ajan tasalla (päivitetty 1 päivä sitten)')).toBeInTheDocument();
    const returns = screen.getByRole('region', { name: 'Palautetut päivitykset' });
    expect(await within(returns).findByText('Täydennä luvut.')).toBeInTheDocument();
  });

  it('shows only the person’s own targets, and a link to the page for responsible persons', async () => {
    await signInForTest('riikka-astrand');
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Sitovat tavoitteet' });
    const mainNav = screen.getByRole('navigation', { name: 'Päävalikko' });
    await user.click(within(mainNav).getByRole('link', { name: 'Omat tavoitteet' }));
    expect(await screen.findByText('1 tavoite, joista päivitystä odottaa 1.')).toBeInTheDocument();
    expect(rowCodes()).toEqual(['17.1']);
    expect(await screen.findByText('Sinulla ei ole vastaamattomia palautuksia.')).toBeInTheDocument();
  });

  it('tells a board member that no target names them, and offers them no link', async () => {
    await signInForTest('lauri-lautakunta');
    renderApp('/my-targets');
    expect(await screen.findByText('Sinua ei ole nimetty vastuuhenkilöksi yhteenkään tämän suunnitelman tavoitteeseen.')).toBeInTheDocument();
    const mainNav = screen.getByRole('navigation', { name: 'Päävalikko' });
    expect(within(mainNav).queryByRole('link', { name: 'Omat tavoitteet' })).toBeNull();
  });

  it('drops a return once the person has answered it with a newer version', async () => {
    await returnTarget('vantaa-2021-17-1', 'Täydennä luvut.');
    await colleagueEdit('vantaa-2021-17-1', { metricStatus: 'Luvut täydennetty.' }, 'Riikka Åstrand');
    await signInForTest('riikka-astrand');
    renderApp('/my-targets');
    expect(await screen.findByText('Sinulla ei ole vastaamattomia palautuksia.')).toBeInTheDocument();
    expect(screen.queryByText('Täydennä luvut.')).toBeNull();
    await waitFor(() => expect(within(row('17.1')).queryByText('Palautettu kommentilla')).toBeNull());
  });

  it('still lists the targets when the returns cannot be fetched, saying they need a connection', async () => {
    server.use(http.get('/api/me/returns', () => HttpResponse.error()));
    await signInForTest('riikka-astrand');
    renderApp('/my-targets');
    expect(await screen.findByText(/Palautetut päivitykset tarvitsevat verkkoyhteyden/)).toBeInTheDocument();
    expect(rowCodes()).toEqual(['17.1']);
  });
});
