import { onlineManager } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../test/render-app';
import { adminRoutes } from '../../../api/contract-admin';
import { useSessionStore } from '../../../api/session-store';

const KATRI_PASSWORD_BUTTON = 'Aseta salasana henkilölle Katri Kalske';
const katrisRow = async () => within(await screen.findByRole('row', { name: /Katri Kalske/ }));

describe('passwords on the users page', () => {
  it('offers no passwords in the demo, which has none', async () => {
    renderApp('/admin/users');
    const katri = await katrisRow();
    expect(katri.getByRole('combobox', { name: 'Henkilön Katri Kalske rooli' })).toBeInTheDocument();
    expect(katri.queryByRole('button', { name: KATRI_PASSWORD_BUTTON })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Salasana' })).not.toBeInTheDocument();
  });

  describe('on the real server (VITE_API_MODE=remote)', () => {
    const sent: { userId: string; csrf: string | null; body: unknown }[] = [];

    beforeEach(() => {
      vi.stubEnv('VITE_API_MODE', 'remote');
      sent.length = 0;
      server.use(
        // The real server's route (the demo has none): it answers the username the person signs in with.
        http.put(adminRoutes.userPassword, async ({ request, params }) => {
          sent.push({ userId: String(params.userId), csrf: request.headers.get('X-CSRF-Token'), body: await request.json() });
          return HttpResponse.json({ username: String(params.userId) });
        }),
        // Stands in for the session cookie: the app sends its token as the CSRF header, read here as the demo's bearer token.
        http.all('/api/*', ({ request }) => {
          const csrf = request.headers.get('X-CSRF-Token');
          if (csrf) request.headers.set('Authorization', `Bearer ${csrf}`);
          return undefined;
        }),
      );
    });
    afterEach(() => {
      vi.unstubAllEnvs();
      onlineManager.setOnline(true);
    });

    it('checks the length and the repeat before sending, and links each error to its field', async () => {
      const { user } = renderApp('/admin/users');
      expect(await screen.findByText(/kun hänelle on asetettu salasana/)).toBeInTheDocument();
      expect(await screen.findByRole('columnheader', { name: 'Salasana' })).toBeInTheDocument();
      const toggle = (await katrisRow()).getByRole('button', { name: KATRI_PASSWORD_BUTTON });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const form = within(screen.getByRole('form', { name: 'Uusi salasana henkilölle Katri Kalske' }));
      const password = form.getByLabelText('Uusi salasana');
      const repeat = form.getByLabelText('Salasana uudelleen');
      expect(password).toHaveFocus();
      for (const field of [password, repeat]) {
        expect(field).toHaveAttribute('type', 'password');
        expect(field).toHaveAttribute('autocomplete', 'new-password');
      }
      expect(password).toHaveAccessibleDescription('Vähintään 12 merkkiä.');

      await user.type(password, 'lyhyt');
      await user.type(repeat, 'toinen');
      await user.click(form.getByRole('button', { name: 'Tallenna salasana' }));
      expect(await form.findByRole('alert')).toHaveTextContent('Muutosta ei tallennettu: korjaa merkityt kentät.');
      expect(password).toHaveAttribute('aria-invalid', 'true');
      expect(password).toHaveAccessibleDescription('Vähintään 12 merkkiä. Salasanassa on oltava vähintään 12 merkkiä.');
      expect(repeat).toHaveAttribute('aria-invalid', 'true');
      expect(repeat).toHaveAccessibleDescription('Salasanat eivät ole samat. Kirjoita sama salasana kumpaankin kenttään.');
      expect(password).toHaveFocus();

      await user.clear(password);
      await user.type(password, 'pitkä salasana 2026');
      await user.click(form.getByRole('button', { name: 'Tallenna salasana' }));
      expect(password).not.toHaveAttribute('aria-invalid');
      expect(repeat).toHaveAccessibleDescription(/Salasanat eivät ole samat/);
      expect(repeat).toHaveFocus();
      expect(sent).toEqual([]);
    });

    it('saves the password and says which username the person signs in with', async () => {
      const { user } = renderApp('/admin/users');
      const toggle = (await katrisRow()).getByRole('button', { name: KATRI_PASSWORD_BUTTON });
      await user.click(toggle);
      await user.type(screen.getByLabelText('Uusi salasana'), 'pitkä salasana 2026');
      await user.type(screen.getByLabelText('Salasana uudelleen'), 'pitkä salasana 2026');
      await user.click(screen.getByRole('button', { name: 'Tallenna salasana' }));
      expect(await screen.findByText('Salasana asetettu. Henkilö Katri Kalske kirjautuu käyttäjätunnuksella katri-kalske.')).toHaveAttribute(
        'role',
        'status',
      );
      expect(sent).toEqual([{ userId: 'katri-kalske', csrf: useSessionStore.getState().token, body: { password: 'pitkä salasana 2026' } }]);
      expect(screen.queryByRole('form', { name: 'Uusi salasana henkilölle Katri Kalske' })).not.toBeInTheDocument();
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveFocus();
    });

    it('closes with Cancel or Escape and puts focus back on the button', async () => {
      const { user } = renderApp('/admin/users');
      const toggle = (await katrisRow()).getByRole('button', { name: KATRI_PASSWORD_BUTTON });
      await user.click(toggle);
      await user.click(screen.getByRole('button', { name: 'Peruuta' }));
      expect(screen.queryByLabelText('Uusi salasana')).not.toBeInTheDocument();
      expect(toggle).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(screen.getByLabelText('Uusi salasana')).toHaveFocus();
      await user.keyboard('salasana{Escape}');
      expect(screen.queryByLabelText('Uusi salasana')).not.toBeInTheDocument();
      expect(toggle).toHaveFocus();
      expect(sent).toEqual([]);
    });

    it('says why the server refused', async () => {
      server.use(
        http.put(adminRoutes.userPassword, () =>
          HttpResponse.json({ error: 'usernameTaken', message: 'Käyttäjätunnus katri-kalske on jo toisen henkilön käytössä.' }, { status: 409 }),
        ),
      );
      const { user } = renderApp('/admin/users');
      await user.click((await katrisRow()).getByRole('button', { name: KATRI_PASSWORD_BUTTON }));
      await user.type(screen.getByLabelText('Uusi salasana'), 'pitkä salasana 2026');
      await user.type(screen.getByLabelText('Salasana uudelleen'), 'pitkä salasana 2026');
      await user.click(screen.getByRole('button', { name: 'Tallenna salasana' }));
      const form = within(screen.getByRole('form', { name: 'Uusi salasana henkilölle Katri Kalske' }));
      expect(await form.findByRole('alert')).toHaveTextContent(/on jo toisen henkilön käyttäjätunnus, joten salasanaa ei asetettu/);
    });

    it('tells the admin who adds a person to set their password next', async () => {
      const { user } = renderApp('/admin/users');
      await katrisRow();
      await user.type(screen.getByRole('textbox', { name: 'Nimi' }), 'Ella Esimerkki');
      await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
      expect(
        await screen.findByText(
          'Lisätty: Ella Esimerkki (Vastuuhenkilö). Aseta seuraavaksi hänen salasanansa (Aseta salasana hänen rivillään), jotta hän voi kirjautua sisään.',
        ),
      ).toBeInTheDocument();
      expect(await screen.findByRole('button', { name: 'Aseta salasana henkilölle Ella Esimerkki' })).toBeEnabled();
    });

    it('disables setting a password offline, like the other changes', async () => {
      renderApp('/admin/users');
      const toggle = (await katrisRow()).getByRole('button', { name: KATRI_PASSWORD_BUTTON });
      onlineManager.setOnline(false);
      expect(await screen.findByText(/Käyttäjien hallinta tarvitsee verkkoyhteyden/)).toBeInTheDocument();
      expect(toggle).toBeDisabled();
    });
  });
});
