import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStorage } from '../../../../mocks/node';
import { findAlert, renderApp } from '../../../../test/render-app';
import { signInForTest } from '../../../../test/sign-in';
import { useSessionStore } from '../../../api/session-store';

const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('user administration', () => {
  it('lists people with their roles and lets the admin change a role', async () => {
    const { user } = renderApp('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Käyttäjät ja roolit' })).toBeInTheDocument();
    const lauri = within(await screen.findByRole('row', { name: /Lauri Lautakunta/ }));
    const role = lauri.getByRole('combobox', { name: 'Henkilön Lauri Lautakunta rooli' });
    expect(role).toHaveDisplayValue('Lautakunnan jäsen (lukuoikeus)');
    await user.selectOptions(role, 'manager');
    await user.click(lauri.getByRole('button', { name: 'Tallenna henkilön Lauri Lautakunta rooli' }));
    expect(await screen.findByText('Henkilön Lauri Lautakunta rooli on nyt: Johto (kaikki tavoitteet, arviointi, rakenne).')).toBeInTheDocument();
    expect((await testStorage.getUser('lauri-lautakunta'))?.role).toBe('manager');
  });

  it('keeps the last admin and says why', async () => {
    const { user } = renderApp('/admin/users');
    const anni = within(await screen.findByRole('row', { name: /Anni Admin/ }));
    await user.selectOptions(anni.getByRole('combobox'), 'viewer');
    await user.click(anni.getByRole('button', { name: /Tallenna/ }));
    expect(await findAlert(/ainakin yksi pääkäyttäjä/)).toBeInTheDocument();
    expect(anni.getByRole('combobox')).toHaveDisplayValue('Pääkäyttäjä');
    expect(useSessionStore.getState().user?.role).toBe('admin');
  });

  it('adds a person, checking the name first', async () => {
    const { user } = renderApp('/admin/users');
    await screen.findByRole('row', { name: /Anni Admin/ });
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    expect(await screen.findByText('Tämä tieto on pakollinen.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nimi' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Nimi' }), 'Katri Kalske');
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    expect(await screen.findByText(/Tällä nimellä on jo henkilö/)).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Nimi' }));
    await user.type(screen.getByRole('textbox', { name: 'Nimi' }), 'Ella Esimerkki');
    await user.type(screen.getByRole('textbox', { name: 'Tehtävä tai asema' }), 'Rehtori');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rooli' }), 'responsible');
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    expect(await screen.findByText('Lisätty: Ella Esimerkki (Vastuuhenkilö).')).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /Ella Esimerkki/ })).toBeInTheDocument();
    expect(rowOf('Ella Esimerkki')).toHaveTextContent('Rehtori');
  });

  it('shows the admin the link to users, and tells a manager who opens the page that it is not for them', async () => {
    renderApp('/measures');
    expect(await screen.findByRole('link', { name: 'Käyttäjät' })).toHaveAttribute('href', '/admin/users');
    await signInForTest('maija-manageri');
    renderApp('/admin/users');
    expect(await screen.findByText(/Sinulla ei ole oikeutta hallita käyttäjiä/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
