import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import type { ReviewQueueItem } from '../../../api/contract-review';
import type { ReviewDecision } from '../../../domain/review';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { useReviewDecision } from '../queries';
import { ChangeTable } from '../../../components/ui/change-table';
import { ReturnForm } from './return-form';

interface ReviewItemProps {
  item: ReviewQueueItem;
  planId: string;
  userId: string;
  onDecided: (code: string, decision: ReviewDecision) => void;
  onConflict: (code: string) => void;
}

function useFailureText(error: unknown): string | null {
  const { t } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiError)) return t('state.unknown');
  const byKind: Partial<Record<ApiError['kind'], string>> = {
    network: t('review.actions.offline'),
    forbidden: t('state.forbidden'),
    unauthorized: t('state.unauthorized'),
    notFound: t('state.notFound'),
    validation: t('review.actions.failed', { message: error.message }),
  };
  return byKind[error.kind] ?? t('state.server');
}

/** One changed target: who changed it and when, the diff since the last review, and the two decisions. */
export function ReviewItem({ item, planId, userId, onDecided, onConflict }: ReviewItemProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const [returning, setReturning] = useState(false);
  const mutation = useReviewDecision(item, planId, userId);
  const { target, lastReview } = item;
  const failure = useFailureText(mutation.error instanceof ApiError && mutation.error.kind === 'conflict' ? null : mutation.error);

  function decide(decision: ReviewDecision, comment = '') {
    mutation.mutate(
      { decision, comment },
      {
        onSuccess: () => onDecided(target.code, decision),
        onError: (error) => {
          if (error instanceof ApiError && error.kind === 'conflict') onConflict(target.code);
        },
      },
    );
  }

  return (
    <article className="review-item" aria-labelledby={headingId} data-target-code={target.code}>
      <h2 id={headingId} className="review-item__title">
        <Link to={`/plans/${encodeURIComponent(planId)}/targets/${encodeURIComponent(target.id)}`}>
          <span className="target-code">{target.code}</span> {target.title}
        </Link>
      </h2>
      <p className="review-item__meta">
        <strong>{t('review.queue.changedBy', { names: item.changedBy.join(', ') })}</strong> ·{' '}
        {t('review.queue.changedAt', { count: item.editCount, date: formatDateTime(item.lastChangedAt, language) })}
      </p>
      <p className="review-item__meta">
        {lastReview
          ? t('review.queue.lastReview', {
              date: formatDateTime(lastReview.at, language),
              decision: t(`review.decision.${lastReview.decision}`),
              version: lastReview.version,
            })
          : t('review.queue.neverReviewed')}
      </p>
      {item.changes.length === 0 ? (
        <p>{t('review.queue.noNetChanges')}</p>
      ) : (
        <ChangeTable caption={t('review.queue.diffCaption', { code: target.code })} changes={item.changes} />
      )}
      {!returning && (
        <div className="review-item__actions">
          <button
            type="button"
            className="button"
            aria-describedby={headingId}
            disabled={mutation.isPending}
            onClick={() => decide('reviewed')}
          >
            {mutation.isPending ? t('review.actions.saving') : t('review.actions.markReviewed')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-describedby={headingId}
            disabled={mutation.isPending}
            onClick={() => setReturning(true)}
          >
            {t('review.actions.return')}
          </button>
        </div>
      )}
      {returning && (
        <ReturnForm
          code={target.code}
          saving={mutation.isPending}
          onSubmit={(comment) => decide('returned', comment)}
          onCancel={() => setReturning(false)}
        />
      )}
      {failure && (
        <p className="review-item__error" role="alert">
          {failure}
        </p>
      )}
    </article>
  );
}
