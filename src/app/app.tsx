import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { i18n } from '../i18n/i18n';
import { SyncRunner, type SyncEngineSource } from './sync-runner';

interface AppProps {
  queryClient: QueryClient;
  router: Parameters<typeof RouterProvider>[0]['router'];
  syncEngine: SyncEngineSource;
}

export function App({ queryClient, router, syncEngine }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SyncRunner engine={syncEngine} />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
