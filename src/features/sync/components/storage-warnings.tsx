import { useI18n } from '../../../i18n/i18n';
import { useStorageStatusStore } from '../../../offline/storage-persistence';
import { SyncIcon } from './sync-icon';

/** Warns, under the header, when the browser may drop or could not store unsynced edits. */
export function StorageWarnings() {
  const { t } = useI18n();
  const persistence = useStorageStatusStore((state) => state.persistence);
  const quotaExceeded = useStorageStatusStore((state) => state.quotaExceeded);
  return (
    <div className="storage-warnings">
      {/* Always in the page, so a warning that appears later is read out. */}
      <div role="alert">
        {quotaExceeded && (
          <p className="storage-warning storage-warning--full">
            <SyncIcon name="warning" />
            {t('sync.storageFull')}
          </p>
        )}
      </div>
      {persistence === 'denied' && (
        <p className="storage-warning">
          <SyncIcon name="warning" />
          {t('sync.storageNotPersistent')}
        </p>
      )}
    </div>
  );
}
