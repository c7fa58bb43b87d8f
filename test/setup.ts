import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetTestServer, server } from '../mocks/node';
import { signInForTest } from './sign-in';
import { useLanguageStore } from '../src/i18n/language-store';
import { clearLocalDatabase } from '../src/offline/db';
import { useSyncStatusStore } from '../src/offline/sync-status';

// A loaded CI machine runs two projects' workers at once; one second is too short for a lazily loaded page.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await resetTestServer();
  await clearLocalDatabase();
  useSyncStatusStore.setState({ syncing: false, lastSyncAt: null, lastError: null });
  // Most tests act as the admin, who may do everything; role tests sign in as someone else.
  await signInForTest('anni-admin');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  useLanguageStore.setState({ language: 'fi' });
});
afterAll(() => server.close());
