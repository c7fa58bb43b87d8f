import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onLocalChange } from '../offline/change-feed';
import type { SyncEngine } from '../offline/sync-engine';
import { useSessionStore } from '../api/session-store';

const INVALIDATE_DELAY_MS = 30;

/** Keeps the views in step with the local database (this tab's and other tabs' writes) and runs sync. */
export function SyncRunner({ engine }: { engine: SyncEngine | null }) {
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
    void engine.start();
    // Signing in (again) releases the edits that waited for this person's session.
    const unsubscribe = useSessionStore.subscribe((state, previous) => {
      if (state.token && state.token !== previous.token) void engine.syncNow({ force: true });
    });
    return () => {
      unsubscribe();
      engine.stop();
    };
  }, [engine]);
  return null;
}
