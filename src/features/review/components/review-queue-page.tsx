import '../review.css';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { reviewKeys } from '../../../api/review-client';
import { useSessionStore } from '../../../api/session-store';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { canReview } from '../../../domain/permissions';
import type { ReviewDecision } from '../../../domain/review';
import { useI18n } from '../../../i18n/i18n';
import { useReviewQueue } from '../queries';
import { ReviewItem } from './review-item';

type Notice = { kind: 'done'; code: string; decision: ReviewDecision } | { kind: 'conflict'; code: string };

/** A manager's review queue of one plan: the targets changed since their last review, each with its diff. */
export function ReviewQueuePage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const user = useSessionStore((state) => state.user);
  const allowed = user !== null && canReview(user);
  const userId = user?.id ?? '';
  const queue = useReviewQueue(planId, userId, allowed);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(t('review.queue.title'));

  // The decided item disappears, so focus goes to the sentence saying what happened.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const heading = (
    <header className="page-heading">
      <h1>{t('review.queue.title')}</h1>
      <p>{t('review.queue.intro')}</p>
    </header>
  );
  if (!allowed) {
    return (
      <>
        {heading}
        <p className="notice review-notice" role="alert">
          {t('review.queue.noPermission')}
        </p>
      </>
    );
  }

  const offline = (queue.isPending && queue.fetchStatus === 'paused') || (queue.error instanceof ApiError && queue.error.kind === 'network');
  return (
    <>
      {heading}
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={notice ? `notice ${notice.kind === 'done' ? 'notice--success' : ''} review-notice` : 'visually-hidden'}
      >
        {notice?.kind === 'done' && t(notice.decision === 'reviewed' ? 'review.actions.reviewed' : 'review.actions.returned', { code: notice.code })}
        {notice?.kind === 'conflict' && t('review.actions.conflict', { code: notice.code })}
      </p>
      {offline ? (
        <p className="notice review-notice">{t('review.queue.offline')}</p>
      ) : queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState>{t('review.queue.empty')}</EmptyState>
      ) : (
        <>
          <p className="result-count">{t('review.queue.count', { count: queue.data.items.length })}</p>
          <ol className="review-queue">
            {queue.data.items.map((item) => (
              <li key={`${item.target.id}-${item.target.version}`}>
                <ReviewItem
                  item={item}
                  planId={planId}
                  userId={userId}
                  onDecided={(code, decision) => setNotice({ kind: 'done', code, decision })}
                  onConflict={(code) => {
                    setNotice({ kind: 'conflict', code });
                    void queryClient.invalidateQueries({ queryKey: reviewKeys.queue(planId, userId) });
                  }}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
