/** What changed in the local database, so queries reading it can be refreshed. */
export type LocalChange = 'data' | 'outbox';

type Listener = (change: LocalChange) => void;

const listeners = new Set<Listener>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('tavoitevahti-local-changes');

channel?.addEventListener('message', (event: MessageEvent<LocalChange>) => {
  for (const listener of listeners) listener(event.data);
});

/** Tells this tab's listeners and every other open tab that local data changed. */
export function announceChange(change: LocalChange): void {
  for (const listener of listeners) listener(change);
  channel?.postMessage(change);
}

/** Listens for local changes, from this tab or another; returns the unsubscribe function. */
export function onLocalChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
