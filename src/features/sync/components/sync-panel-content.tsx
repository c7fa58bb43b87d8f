import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useI18n } from '../../../i18n/i18n';
import { useSyncStatusStore } from '../../../offline/sync-status';
import { labelKey, useEditedLabels } from '../edited-labels';
import { useOutbox } from '../queries';
import { useOnline } from '../use-online';
import { OutboxEntryItem } from './outbox-entry-item';
import { SyncIcon } from './sync-icon';

/** Why the last sync round did not finish, as a sentence; nothing when it did or when simply offline. */
function useRoundProblem(): string | null {
  const { t } = useI18n();
  const lastError = useSyncStatusStore((state) => state.lastError);
  if (lastError === null || lastError === 'offline') return null;
  if (lastError === 'unreachable') return t('sync.unreachable');
  if (lastError === 'signInNeeded') return t('sync.signInNeeded');
  return t('sync.roundFailed', { message: lastError });
}

/** The panel's body: loaded when the panel is first opened, so the first view does not carry it. */
export default function PanelContent({ focusHeading }: { focusHeading: () => void }) {
  const { t } = useI18n();
  const online = useOnline();
  const outbox = useOutbox();
  const labels = useEditedLabels(outbox.data).data ?? {};
  const roundProblem = useRoundProblem();

  if (outbox.isPending) return <LoadingState />;
  if (outbox.isError) return <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />;
  return (
    <>
      {!online && <p className="sync-panel__note">{t('sync.offlineNote')}</p>}
      {roundProblem && <p className="sync-panel__note">{roundProblem}</p>}
      {outbox.data.length === 0 ? (
        <p className="sync-panel__empty">
          <SyncIcon name="synced" />
          {t('sync.allSynced')}
        </p>
      ) : (
        <ul className="sync-panel__list">
          {outbox.data.map((entry) => (
            <OutboxEntryItem key={entry.id} entry={entry} label={labels[labelKey(entry)]} onDiscarded={focusHeading} />
          ))}
        </ul>
      )}
    </>
  );
}
