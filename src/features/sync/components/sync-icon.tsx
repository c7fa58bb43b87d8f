export type SyncIconName = 'online' | 'offline' | 'syncing' | 'synced' | 'pending' | 'conflict' | 'failed' | 'warning';

const WIFI = 'M1.5 6a9.5 9.5 0 0 1 13 0M4 8.75a6 6 0 0 1 8 0M6.5 11.5a2.2 2.2 0 0 1 3 0';
const TRIANGLE = 'M8 1.75L15 14.25H1z';

const PATHS: Record<SyncIconName, string[]> = {
  online: [WIFI],
  offline: [WIFI, 'M2 1.5l12 13'],
  syncing: ['M13.5 8a5.5 5.5 0 1 1-1.6-3.9', 'M12.5 1.5v3h-3'],
  synced: ['M3.5 8.5l3 3 6-7'],
  pending: ['M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5', 'M8 4.5V8l2.5 1.75'],
  conflict: ['M4.5 2.5L2 5l2.5 2.5M2 5h8', 'M11.5 8.5L14 11l-2.5 2.5M14 11H6'],
  failed: ['M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5', 'M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5'],
  warning: [TRIANGLE, 'M8 6v3.5M8 11.75v.25'],
};

/** A 16-pixel line icon that goes with a text, never instead of it. */
export function SyncIcon({ name }: { name: SyncIconName }) {
  return (
    <svg className="sync-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {PATHS[name].map((path) => (
        <path key={path} d={path} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
