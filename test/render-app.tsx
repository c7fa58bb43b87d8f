import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../src/app/app';
import { createRoutes } from '../src/app/routes';
import { createSyncEngine } from '../src/offline/sync-engine';

/** Renders the whole app at `url` against the MSW test server, as a user would meet it. */
export function renderApp(url = '/', { sync = true }: { sync?: boolean } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, networkMode: 'always' } },
  });
  const router = createMemoryRouter(createRoutes({ demo: false }), { initialEntries: [url] });
  const syncEngine = sync ? createSyncEngine({ random: () => 0.5 }) : null;
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} syncEngine={syncEngine} />);
  return { ...view, user, router, queryClient, syncEngine };
}

export const VANTAA_PLAN_URL = '/plans/vantaa-kasvatus-2021';

/** The alert that says `text`; the header keeps an (empty) alert region of its own. */
export async function findAlert(text: RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const alert = screen.getAllByRole('alert').find((candidate) => text.test(candidate.textContent ?? ''));
    if (!alert) throw new Error(`No alert says ${String(text)}`);
    return alert;
  });
}
