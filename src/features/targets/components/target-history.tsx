import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { targetHistoryQuery } from '../../../api/review-client';
import { ChangeTable } from '../../../components/ui/change-table';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import type { AuditEntry } from '../../../domain/audit';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** How many of the newest entries show before "show the whole history". */
const LATEST_COUNT = 5;

function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const { t, language } = useI18n();
  return (
    <li className="history-entry" data-version={entry.version}>
      <p>
        <strong>{t('review.history.entry', { name: entry.actorName, date: formatDateTime(entry.at, language) })}</strong> ·{' '}
        {t('review.history.version', { version: entry.version })}
      </p>
      {entry.changes.length === 0 ? (
        <p>{t('review.history.noFieldChanges')}</p>
      ) : (
        <ChangeTable caption={t('review.history.caption', { version: entry.version })} changes={entry.changes} />
      )}
    </li>
  );
}

/**
 * The target's audit trail from the server, newest first: who changed what and when, before and after.
 * It lives only at the server, so offline it says so instead of failing. `paused` (while the target is
 * being edited) keeps what is shown and asks nothing: a refused background request must not end the
 * session under an open form and lose what the person typed.
 */
export function TargetHistory({ targetId, paused = false }: { targetId: string; paused?: boolean }) {
  const { t } = useI18n();
  const history = useQuery({ ...targetHistoryQuery(targetId), enabled: !paused });
  const [showAll, setShowAll] = useState(false);
  const offline =
    (history.isPending && history.fetchStatus === 'paused') || (history.error instanceof ApiError && history.error.kind === 'network');
  const entries = history.data?.entries ?? [];
  const shown = showAll ? entries : entries.slice(0, LATEST_COUNT);

  return (
    <section aria-labelledby="target-history" className="target-history">
      <h2 id="target-history">{t('review.history.title')}</h2>
      {offline ? (
        <p className="notice">{t('review.history.offline')}</p>
      ) : history.isPending ? (
        <LoadingState />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : entries.length === 0 ? (
        <p>{t('review.history.empty')}</p>
      ) : (
        <>
          <ol className="plain-list" style={{ listStyle: 'none', padding: 0 }}>
            {shown.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} />
            ))}
          </ol>
          {entries.length > LATEST_COUNT && (
            <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? t('review.history.showLatest') : t('review.history.showAll', { count: entries.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
