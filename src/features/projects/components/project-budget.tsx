import { ownFinancingCheck, type ProjectBudget as Budget } from '../../../domain/project';
import { formatQuantity } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { formatEuros } from '../format';

/** The budget with the own financing computed from it, and a clear note when the source's amount differs. */
export function ProjectBudget({ budget }: { budget: Budget }) {
  const { t, language } = useI18n();
  const euros = (value: number) => formatEuros(value, language);
  const check = ownFinancingCheck(budget);
  return (
    <>
      <dl className="field-list">
        <div className="field-pair">
          <dt>{t('projects.detail.total')}</dt>
          <dd>
            {budget.total === null ? t('projects.unknown') : euros(budget.total)}
            {budget.totalAsWritten && (
              <span className="project-muted"> ({t('projects.detail.periodAsWritten', { text: budget.totalAsWritten })})</span>
            )}
          </dd>
        </div>
        <div className="field-pair">
          <dt>{t('projects.detail.cityShare')}</dt>
          <dd>{euros(budget.cityShare)}</dd>
        </div>
      </dl>
      {check ? (
        <>
          <p className="own-financing" data-testid="own-financing">
            <strong>
              {t('projects.detail.ownFinancing', { percent: formatQuantity(check.percent, '%', language), amount: euros(check.computed) })}
            </strong>{' '}
            <span className="project-muted">({t(`projects.detail.ownFinancingBase.${budget.ownFinancingBase}`, { amount: euros(check.base) })})</span>
          </p>
          {check.matches ? (
            <p className="notice notice--success">{t('projects.detail.ownFinancingMatches', { amount: euros(check.stated) })}</p>
          ) : (
            <p className="notice project-notice--warning" role="note">
              {t('projects.detail.ownFinancingDiffers', { stated: euros(check.stated), computed: euros(check.computed) })}
            </p>
          )}
        </>
      ) : (
        <p className="notice">{t('projects.detail.ownFinancingNoBase', { amount: euros(budget.ownFinancingAmount) })}</p>
      )}
    </>
  );
}
