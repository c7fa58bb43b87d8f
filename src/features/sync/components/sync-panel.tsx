import { lazy, Suspense, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { LoadingState } from '../../../components/ui/query-states';
import { loadAllMessages, useI18n } from '../../../i18n/i18n';
import { SYNC_PANEL_ID, closeSyncPanel, useSyncPanelStore } from '../panel-store';

// The list's words come with the other pages' messages, not in the first view.
const PanelContent = lazy(() => Promise.all([import('./sync-panel-content'), loadAllMessages()]).then(([module]) => module));

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
          <Suspense fallback={<LoadingState />}>
            <PanelContent focusHeading={focusHeading} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
