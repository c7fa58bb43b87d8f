import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, VANTAA_PLAN_URL } from '../../test/render-app';

describe('language', () => {
  it('is Finnish by default, switches to Swedish and English and remembers the choice', async () => {
    const { user } = renderApp(VANTAA_PLAN_URL);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitovat tavoitteet' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fi');
    expect(screen.getAllByRole('columnheader', { name: 'Lähtötaso v:n 2019 loppu' }).length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'sv');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bindande mål' })).toBeInTheDocument();
    expect(screen.getAllByText('Uppfylls inte alls').length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('sv');
    expect(localStorage.getItem('tavoitevahti.language')).toContain('"sv"');
    // The plan's own column names are Finnish data: shown beside the translated term.
    expect(screen.getAllByRole('columnheader', { name: 'Utgångsnivå (Lähtötaso v:n 2019 loppu)' }).length).toBeGreaterThan(0);
    // Data text stays in the language it was written in.
    expect(screen.getByRole('heading', { level: 2, name: 'Edistämme asukkaiden hyvinvointia' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Binding targets' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitovat tavoitteet' })).toBeInTheDocument();
  });
});
