import { Link } from 'react-router';
import type { ReturnedUpdate } from '../../../api/contract-review';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** The managers' returns still waiting for an answer: which target, who returned it and when, and their comment as written. */
export function ReturnsList({ returns }: { returns: readonly ReturnedUpdate[] }) {
  const { t, language } = useI18n();
  if (returns.length === 0) return <p>{t('review.myTargets.noReturns')}</p>;
  return (
    <ul className="my-returns">
      {returns.map(({ review, target }) => (
        <li key={review.id} className="my-returns__item" data-target-code={target.code}>
          <h3 className="my-returns__title">
            <Link to={`/plans/${encodeURIComponent(target.planId)}/targets/${encodeURIComponent(target.id)}`}>
              <span className="target-code">{target.code}</span> {target.title}
            </Link>
          </h3>
          <p className="my-returns__meta">
            {t('review.myTargets.returnedBy', { name: review.reviewerName, date: formatDateTime(review.at, language) })} ·{' '}
            {t('review.myTargets.returnedVersion', { version: review.version })}
          </p>
          <blockquote className="my-returns__comment prewrap">{review.comment}</blockquote>
        </li>
      ))}
    </ul>
  );
}
