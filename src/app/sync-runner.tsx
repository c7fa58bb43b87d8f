import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSessionStore } from '../api/session-store';
import { onLocalChange } from '../offline/change-feed';
import type { SyncEngine } from '../offline/sync-engine';
import { whenIdle } from '../components/ui/when-idle';

const INVALIDATE_DELAY_MS = 30;

/** A sync engine, or a way to load one once the first view is on the screen. */
export type SyncEngineSource = SyncEngine | (() => Promise<SyncEngine>) | null;

/** Keeps the views in step with the local database (this tab's and other tabs' writes) and runs sync. */
export function SyncRunner({ engine }: { engine: SyncEngineSource }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    // A burst of changes (a sync of many edits) refreshes the views once, not once per edit.
    let scheduled: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = onLocalChange(() => {
      scheduled ??= setTimeout(() => {
        scheduled = null;
        void queryClient.invalidateQueries();
      }, INVALIDATE_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (scheduled) clearTimeout(scheduled);
    };
  }, [queryClient]);
  useEffect(() => {
    if (!engine) return undefined;
    let cancelled = false;
    let running: SyncEngine | null = null;
    let unsubscribe = () => {};
    const begin = (loaded: SyncEngine) => {
      if (cancelled) return;
      running = loaded;
      void loaded.start();
      // Signing in (again) releases the edits that waited for this person's session.
      unsubscribe = useSessionStore.subscribe((state, previous) => {
        if (state.token && state.token !== previous.token) void loaded.syncNow({ force: true });
      });
    };
    let cancelLoad = () => {};
    if (typeof engine === 'function') {
      // The engine (and the API client and validation it brings) is not needed to show local data.
      // When the browser is idle (at the latest after two seconds), so the first view comes first.
      cancelLoad = whenIdle(
        () => {
          engine()
            .then(begin)
            .catch((error: unknown) => console.error('Syncing could not start.', error));
        },
        { timeoutMs: 2000, fallbackDelayMs: 300 },
      );
    } else begin(engine);
    return () => {
      cancelled = true;
      cancelLoad();
      unsubscribe();
      running?.stop();
    };
  }, [engine]);
  return null;
}
