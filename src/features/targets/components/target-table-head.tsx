import type { Plan } from '../../../domain/plan';
import { useI18n } from '../../../i18n/i18n';
import { baselineLabel, targetLevelLabel } from '../plan-labels';

/** The target list's column headings, named as in the plan's own report. */
export function TargetTableHead({ plan, rowIndex }: { plan: Plan; rowIndex?: number }) {
  const { t, language } = useI18n();
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        <th scope="col">{t('list.columns.target')}</th>
        <th scope="col">{t('list.columns.metric')}</th>
        <th scope="col">{baselineLabel(plan, t('list.columns.baseline'), language)}</th>
        <th scope="col">{targetLevelLabel(plan, t('list.columns.targetLevel'), language)}</th>
        <th scope="col">{t('list.columns.responsible')}</th>
        <th scope="col">{t('list.columns.metricStatus')}</th>
        <th scope="col">{t('list.columns.status')}</th>
      </tr>
    </thead>
  );
}

/** How many columns the target table has, for cells that span the whole row. */
export const TARGET_TABLE_COLUMNS = 7;
