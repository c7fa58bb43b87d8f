import type { OutboxState } from '../../offline/db';
import { useI18n } from '../../i18n/i18n';

const ICONS: Record<OutboxState, string> = { pending: '⟳', failed: '!', conflict: '⇄' };

/** Says in words (with an icon) that a record has edits the server does not have yet. */
export function EditSyncMarker({ state }: { state: OutboxState }) {
  const { t } = useI18n();
  return (
    <span className={`sync-marker sync-marker--${state}`} data-sync-state={state}>
      <span aria-hidden="true">{ICONS[state]}</span> {t(`syncMarker.${state}`)}
    </span>
  );
}
