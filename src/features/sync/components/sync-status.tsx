import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { useSyncStatusStore } from '../../../offline/sync-status';
import { SYNC_BUTTON_ID, SYNC_PANEL_ID, useSyncPanelStore } from '../panel-store';
import { useOutboxCounts } from '../queries';
import { useOnline } from '../use-online';
import { SyncIcon } from './sync-icon';

/**
 * The header's sync status: connection, unsynced edits, conflicts, failures and the last sync, as words
 * with icons. It is the button that opens the panel of unsynced edits.
 */
export function SyncStatus() {
  const { t, language } = useI18n();
  const online = useOnline();
  const syncing = useSyncStatusStore((state) => state.syncing);
  const lastSyncAt = useSyncStatusStore((state) => state.lastSyncAt);
  const counts = useOutboxCounts().data;
  const open = useSyncPanelStore((state) => state.open);
  const setOpen = useSyncPanelStore((state) => state.setOpen);

  const connection = online ? t('sync.online') : t('sync.offline');
  const countTexts = counts
    ? [
        t('sync.pending', { count: counts.pending }),
        ...(counts.conflict > 0 ? [t('sync.conflicts', { count: counts.conflict })] : []),
        ...(counts.failed > 0 ? [t('sync.failed', { count: counts.failed })] : []),
      ]
    : [];
  // Read out only what changes rarely and matters: not "syncing…", which comes and goes every round.
  const announcement = counts ? [connection, ...countTexts].join('. ') : '';

  return (
    <div className="sync-status">
      <button
        id={SYNC_BUTTON_ID}
        type="button"
        className="sync-status__button"
        aria-expanded={open}
        aria-controls={SYNC_PANEL_ID}
        onClick={() => setOpen(!open)}
      >
        <span className="sync-status__items">
          <span className={`sync-status__item sync-status__item--${online ? 'online' : 'offline'}`}>
            <SyncIcon name={online ? 'online' : 'offline'} />
            {connection}
          </span>
          {syncing && (
            <span className="sync-status__item">
              <SyncIcon name="syncing" />
              {t('sync.syncing')}
            </span>
          )}
          {counts && (
            <span className="sync-status__item">
              <SyncIcon name={counts.pending > 0 ? 'pending' : 'synced'} />
              {t('sync.pending', { count: counts.pending })}
            </span>
          )}
          {counts && counts.conflict > 0 && (
            <span className="sync-status__item sync-status__item--conflict">
              <SyncIcon name="conflict" />
              {t('sync.conflicts', { count: counts.conflict })}
            </span>
          )}
          {counts && counts.failed > 0 && (
            <span className="sync-status__item sync-status__item--failed">
              <SyncIcon name="failed" />
              {t('sync.failed', { count: counts.failed })}
            </span>
          )}
        </span>
        <span className="sync-status__time">
          {lastSyncAt ? t('sync.lastSync', { time: formatDateTime(lastSyncAt, language) }) : t('sync.neverSynced')}
        </span>
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
