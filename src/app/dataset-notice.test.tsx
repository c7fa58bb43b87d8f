import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { findAlert } from '../../test/render-app';
import { App } from './app';
import { reportDemoDatasetProblem, useDemoDatasetProblemStore } from './dataset-notice';
import { createRoutes } from './routes';

describe('a dataset the demo refused', () => {
  afterEach(() => useDemoDatasetProblemStore.setState({ problem: null }));

  it('is explained under the header with the allowed range, on every page', async () => {
    // As main.tsx reports it once the demo API has started.
    await reportDemoDatasetProblem({ parameter: 'n', reason: 'tooLarge', value: '1000000000', min: 1, max: 50_000 });
    const router = createMemoryRouter(createRoutes({ demo: true }), { initialEntries: ['/accessibility'] });
    render(<App queryClient={new QueryClient()} router={router} syncEngine={null} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeInTheDocument();
    const alert = await findAlert(/liian suuri/);
    expect(alert).toHaveTextContent(
      /^Osoitteen tavoitteiden määrä n=1000000000 on liian suuri\. Sallittu määrä on 1–50\s000\. Esittely avattiin Vantaan raportilla\.$/,
    );
  });
});
