import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { measuresForTarget } from '../../../domain/measure';
import { useI18n } from '../../../i18n/i18n';
import { measuresQuery } from '../../../offline/collection-queries';

/** The measures (toimenpiteet) that say they serve this target; read straight from the shared measures query. */
export function LinkedMeasures({ targetId }: { targetId: string }) {
  const { t } = useI18n();
  const measures = useQuery(measuresQuery());
  let content: ReactNode;
  if (measures.isPending) content = <LoadingState />;
  else if (measures.isError) content = <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />;
  else {
    const linked = measuresForTarget(measures.data, targetId);
    content =
      linked.length === 0 ? (
        <p>{t('measures.forTarget.none')}</p>
      ) : (
        <ul className="plain-list">
          {linked.map((measure) => (
            <li key={measure.id}>
              <Link to={`/measures/${encodeURIComponent(measure.id)}`}>
                {t('measures.forTarget.open', { number: measure.number, title: measure.title })}
              </Link>
            </li>
          ))}
        </ul>
      );
  }
  return (
    <section aria-labelledby="linked-measures">
      <h2 id="linked-measures">{t('measures.forTarget.title')}</h2>
      {content}
    </section>
  );
}
