import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../test/render-app';
import { useSessionStore } from '../../../api/session-store';

describe('accessibility statement', () => {
  it('is public, linked from the footer, and names the supervising authority with its contacts', async () => {
    // Nobody signed in: the statement must be readable without a session.
    useSessionStore.getState().signedOut();
    renderApp('/accessibility');
    expect(await screen.findByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeInTheDocument();
    expect(screen.getByText(/Palvelu täyttää osittain WCAG 2\.1 -ohjeiston A- ja AA-tason vaatimukset/)).toBeInTheDocument();
    expect(screen.getByText('Seloste on laadittu 23.11.2026 ja päivitetty viimeksi 23.11.2026.')).toBeInTheDocument();
    const enforcement = screen.getByRole('region', { name: 'Valvontaviranomainen' });
    expect(within(enforcement).getByText('Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta')).toBeInTheDocument();
    expect(within(enforcement).getByRole('link', { name: 'www.saavutettavuusvaatimukset.fi' })).toHaveAttribute(
      'href',
      'https://www.saavutettavuusvaatimukset.fi',
    );
    expect(within(enforcement).getByRole('link', { name: '029 534 5000' })).toHaveAttribute('href', 'tel:+358295345000');
    // The feedback address is an example, so it is said to be one and is not offered as a link.
    const feedback = screen.getByRole('region', { name: 'Palaute saavutettavuudesta' });
    expect(within(feedback).getByText('saavutettavuuspalaute@kunta.example')).not.toHaveAttribute('href');
    expect(within(feedback).getByText(/^Esimerkkiosoite/)).toBeInTheDocument();
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Saavutettavuusseloste' })).toHaveAttribute('href', '/accessibility');
  });
});
