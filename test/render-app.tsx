import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../src/app/app';
import { createRoutes } from '../src/app/routes';

/** Renders the whole app at `url` against the MSW test server, as a user would meet it. */
export function renderApp(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter(createRoutes({ demo: false }), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  return { ...view, user, router, queryClient };
}

export const VANTAA_PLAN_URL = '/plans/vantaa-kasvatus-2021';
