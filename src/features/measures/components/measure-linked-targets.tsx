import { Link } from 'react-router';
import { isIllustrative, targetLinkKey, type Measure } from '../../../domain/measure';
import { useI18n } from '../../../i18n/i18n';
import { useLinkedTargetLabels } from '../queries';
import { linkedTargetText, targetPath } from './linked-target-label';
import { Paragraphs } from './paragraphs';

/** The binding targets this measure serves, each with "How does this measure affect the target?". */
export function MeasureLinkedTargets({ measure }: { measure: Measure }) {
  const { t } = useI18n();
  const labels = useLinkedTargetLabels(measure.linkedTargets.map((link) => link.planId));
  if (measure.linkedTargets.length === 0) return <p>{t('measures.detail.noLinkedTargets')}</p>;
  return (
    <>
      {isIllustrative(measure, 'linkedTargets') && <p className="notice measure-illustrative">{t('measures.detail.illustrativeLinks')}</p>}
      <ul className="measure-links">
        {measure.linkedTargets.map((link) => (
          <li key={targetLinkKey(link)} className="measure-links__item">
            <h3>
              <Link to={targetPath(link)}>{linkedTargetText(link, labels)}</Link>
            </h3>
            <h4>{t('measures.detail.howItAffects')}</h4>
            {link.howItAffects.trim() ? <Paragraphs text={link.howItAffects} /> : <p><em>{t('measures.detail.empty')}</em></p>}
          </li>
        ))}
      </ul>
    </>
  );
}
