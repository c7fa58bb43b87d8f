import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n';

/** The words every row repeats (cell labels for narrow screens, the link's name), looked up once per table. */
export interface TargetRowLabels {
  metric: string;
  baseline: string;
  targetLevel: string;
  responsible: string;
  metricStatus: string;
  status: string;
  openTarget: (code: string, title: string) => string;
}

/** The row labels in the current language; a table of many rows translates them once, not once per row. */
export function useTargetRowLabels(): TargetRowLabels {
  const { t } = useI18n();
  return useMemo(
    () => ({
      metric: t('list.columns.metric'),
      baseline: t('list.columns.baseline'),
      targetLevel: t('list.columns.targetLevel'),
      responsible: t('list.columns.responsible'),
      metricStatus: t('list.columns.metricStatus'),
      status: t('list.columns.status'),
      openTarget: (code: string, title: string) => `${t('list.openTarget', { code })}: ${title}`,
    }),
    [t],
  );
}
