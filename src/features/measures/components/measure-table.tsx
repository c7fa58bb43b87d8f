import { Link } from 'react-router';
import { targetLinkKey, type Measure } from '../../../domain/measure';
import { useI18n } from '../../../i18n/i18n';
import type { LinkedTargetLabel } from '../queries';
import { ImpactBadge, ProgressBadge } from './measure-badges';
import { linkedTargetText, targetPath } from './linked-target-label';

interface MeasureTableProps {
  measures: Measure[];
  targetLabels: Map<string, LinkedTargetLabel>;
  /** The list's query string, so the detail page can link back to the same filtered view. */
  listSearch: string;
}

export function MeasureTable({ measures, targetLabels, listSearch }: MeasureTableProps) {
  const { t } = useI18n();
  return (
    <div className="measure-table-scroll">
      <table className="measure-table">
        <caption className="visually-hidden">{t('measures.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measures.columns.number')}</th>
            <th scope="col">{t('measures.columns.title')}</th>
            <th scope="col">{t('measures.columns.progress')}</th>
            <th scope="col">{t('measures.columns.impact')}</th>
            <th scope="col">{t('measures.columns.organisations')}</th>
            <th scope="col">{t('measures.columns.targets')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.id} data-measure-number={measure.number}>
              <td data-label={t('measures.columns.number')} className="measure-table__number">
                {measure.number}
              </td>
              <th scope="row">
                <Link
                  to={`/measures/${encodeURIComponent(measure.id)}`}
                  state={{ listSearch }}
                  aria-label={`${t('measures.openMeasure', { number: measure.number })}: ${measure.title}`}
                >
                  {measure.title}
                </Link>
                <div className="measure-table__sector">{measure.sector}</div>
              </th>
              <td data-label={t('measures.columns.progress')}>
                <ProgressBadge progress={measure.progress} />
              </td>
              <td data-label={t('measures.columns.impact')}>
                <ImpactBadge impact={measure.impact} />
              </td>
              <td data-label={t('measures.columns.organisations')}>{measure.responsibleOrganisations.join(', ')}</td>
              <td data-label={t('measures.columns.targets')}>
                {measure.linkedTargets.length === 0 ? (
                  <em>{t('measures.noLinkedTargets')}</em>
                ) : (
                  <ul className="plain-list">
                    {measure.linkedTargets.map((link) => (
                      <li key={targetLinkKey(link)}>
                        <Link to={targetPath(link)}>{linkedTargetText(link, targetLabels)}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
