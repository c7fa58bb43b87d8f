import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onLocalChange } from '../offline/change-feed';
import type { SyncEngine } from '../offline/sync-engine';

/** Keeps the views in step with the local database (this tab's and other tabs' writes) and runs sync. */
export function SyncRunner({ engine }: { engine: SyncEngine | null }) {
  const queryClient = useQueryClient();
  useEffect(() => onLocalChange(() => void queryClient.invalidateQueries()), [queryClient]);
  useEffect(() => {
    if (!engine) return undefined;
    void engine.start();
    return () => engine.stop();
  }, [engine]);
  return null;
}
