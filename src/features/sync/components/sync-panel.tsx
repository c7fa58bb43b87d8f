import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useI18n } from '../../../i18n/i18n';
import { useSyncStatusStore } from '../../../offline/sync-status';
import { SYNC_PANEL_ID, closeSyncPanel, useSyncPanelStore } from '../panel-store';
import { labelKey, useEditedLabels, useOutbox } from '../queries';
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

function PanelContent({ focusHeading }: { focusHeading: () => void }) {
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

/**
 * The list of edits not yet on the server, opened from the header's status button. Escape or the close
 * button closes it and returns focus to that button.
 */
export function SyncPanel() {
  const { t } = useI18n();
  const open = useSyncPanelStore((state) => state.open);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => headingRef.current?.focus();

  // The panel sits below the header, after the language menu: move focus into it so keyboard users land on it.
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    closeSyncPanel();
  };

  return (
    <section id={SYNC_PANEL_ID} className="sync-panel" aria-labelledby={headingId} hidden={!open} onKeyDown={onKeyDown}>
      {open && (
        <div className="sync-panel__inner">
          <div className="sync-panel__header">
            <h2 id={headingId} ref={headingRef} tabIndex={-1}>
              {t('sync.panelTitle')}
            </h2>
            <button type="button" className="button button--secondary" onClick={closeSyncPanel}>
              {t('sync.close')}
            </button>
          </div>
          <PanelContent focusHeading={focusHeading} />
        </div>
      )}
    </section>
  );
}
