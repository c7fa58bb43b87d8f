import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { findAlert } from '../../test/render-app';
import { App } from './app';
import { createRoutes } from './routes';

describe('a dataset the demo refused', () => {
  it('is explained under the header with the allowed range, on every page', async () => {
    const router = createMemoryRouter(
      createRoutes({
        demo: true,
        datasetProblem: { parameter: 'n', reason: 'tooLarge', value: '1000000000', min: 1, max: 50_000 },
      }),
      { initialEntries: ['/accessibility'] },
    );
    render(<App queryClient={new QueryClient()} router={router} syncEngine={null} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeInTheDocument();
    const alert = await findAlert(/liian suuri/);
    expect(alert).toHaveTextContent(
      /^Osoitteen tavoitteiden määrä n=1000000000 on liian suuri\. Sallittu määrä on 1–50\s000\. Esittely avattiin Vantaan raportilla\.$/,
    );
  });
});
