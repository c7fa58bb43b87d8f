import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import type { AnyOutboxEntry, OutboxState } from '../../../offline/db';
import { discardEdit, retryEdit } from '../../../offline/outbox';
import { useSessionStore } from '../../../api/session-store';
import { useSyncPanelStore } from '../panel-store';
import type { EditedLabel } from '../edited-labels';
import { useEntryDisplay } from './entry-display';
import { SyncIcon, type SyncIconName } from './sync-icon';

const STATE_ICONS: Record<OutboxState, SyncIconName> = { pending: 'pending', failed: 'failed', conflict: 'conflict' };

function EntryStateBadge({ state }: { state: OutboxState }) {
  const { t } = useI18n();
  return (
    <span className={`sync-state sync-state--${state}`}>
      <SyncIcon name={STATE_ICONS[state]} />
      {t(`sync.states.${state}`)}
    </span>
  );
}

interface OutboxEntryItemProps {
  entry: AnyOutboxEntry;
  /** The edited target's, measure's or project's label when it is stored here; otherwise its id is shown. */
  label: EditedLabel | undefined;
  /** Called after the edit is gone, so focus can move somewhere that still exists. */
  onDiscarded: () => void;
}

/** One unsynced edit: what it changes, who made it and when, its state, and what can be done about it. */
export function OutboxEntryItem({ entry, label, onDiscarded }: OutboxEntryItemProps) {
  const { t, language } = useI18n();
  const signedInId = useSessionStore((state) => (state.token ? state.user?.id : null));
  const closePanel = () => useSyncPanelStore.getState().setOpen(false);
  const headingId = useId();
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionFailed, setActionFailed] = useState(false);
  const discardRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocusToDiscard = useRef(false);

  useEffect(() => {
    if (confirming) {
      cancelRef.current?.focus();
    } else if (returnFocusToDiscard.current) {
      returnFocusToDiscard.current = false;
      discardRef.current?.focus();
    }
  }, [confirming]);

  const display = useEntryDisplay(entry, label);

  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setActionFailed(false);
    try {
      await action();
      return true;
    } catch (error) {
      console.error('An unsynced edit could not be changed', error);
      setActionFailed(true);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const cancelDiscard = () => {
    returnFocusToDiscard.current = true;
    setConfirming(false);
  };
  const confirmDiscard = async () => {
    if (await run(() => discardEdit(entry.id))) onDiscarded();
  };
  const onConfirmKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape backs out of the question first; the panel stays open.
    event.stopPropagation();
    event.preventDefault();
    cancelDiscard();
  };

  return (
    <li className={`sync-entry sync-entry--${entry.state}`}>
      <article aria-labelledby={headingId}>
        <div className="sync-entry__header">
          <h3 id={headingId} className="sync-entry__title">
            <Link to={display.path} onClick={closePanel}>
              {display.title}
            </Link>
          </h3>
          <EntryStateBadge state={entry.state} />
        </div>
        <dl className="sync-entry__facts">
          <div>
            <dt>{t('sync.changedFields')}</dt>
            <dd>{display.fields.join(', ')}</dd>
          </div>
          <div>
            <dt>{t('sync.createdAt')}</dt>
            <dd>{formatDateTime(entry.createdAt, language)}</dd>
          </div>
          <div>
            <dt>{t('sync.author')}</dt>
            <dd>{entry.author}</dd>
          </div>
          <div>
            <dt>{t('sync.attempts')}</dt>
            <dd>{entry.attempts}</dd>
          </div>
          {entry.state === 'failed' && entry.lastError && (
            <div className="sync-entry__error">
              <dt>{t('sync.serverMessage')}</dt>
              <dd>{entry.lastError}</dd>
            </div>
          )}
        </dl>
        {entry.state === 'failed' && <p className="sync-entry__help">{display.failedHelp}</p>}
        {entry.state === 'pending' && entry.lastError && <p className="sync-entry__help">{t('sync.willRetry')}</p>}
        {entry.state === 'pending' && entry.authorId && entry.authorId !== signedInId && (
          <p className="sync-entry__help">{t('sync.waitsForAuthor', { name: entry.author })}</p>
        )}
        {entry.state === 'conflict' && <p className="sync-entry__help">{display.conflictHelp}</p>}
        {actionFailed && (
          <p className="sync-entry__action-error" role="alert">
            {t('sync.actionFailed')}
          </p>
        )}
        {confirming ? (
          <div className="sync-entry__confirm" role="group" aria-labelledby={questionId} onKeyDown={onConfirmKeyDown}>
            <p id={questionId}>{t('sync.discardQuestion')}</p>
            <div className="sync-entry__actions">
              <button type="button" className="button sync-entry__discard" disabled={busy} onClick={() => void confirmDiscard()}>
                {t('sync.confirmDiscard')}
              </button>
              <button type="button" className="button button--secondary" ref={cancelRef} onClick={cancelDiscard}>
                {t('sync.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="sync-entry__actions">
            {entry.state === 'conflict' && (
              <Link className="button" to={display.path} onClick={closePanel}>
                {t('sync.resolve')}
              </Link>
            )}
            {(entry.state === 'failed' || (entry.state === 'pending' && entry.attempts > 0)) && (
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-describedby={headingId}
                onClick={() => void run(() => retryEdit(entry.id))}
              >
                {t('sync.retry')}
              </button>
            )}
            <button
              type="button"
              className="button button--secondary"
              ref={discardRef}
              aria-describedby={headingId}
              onClick={() => setConfirming(true)}
            >
              {t('sync.discard')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
