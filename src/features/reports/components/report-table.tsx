import type { ThemeGroup } from '../../../domain/grouping';
import type { Plan } from '../../../domain/plan';
import { useI18n } from '../../../i18n/i18n';
import { periodColumnLabel, planColumnLabel } from '../column-labels';
import { ReportRow } from './report-row';

const COLUMN_COUNT = 8;

/**
 * The official report's one table: the column header once (repeated on every printed page), then the
 * targets under their theme and strategic-goal headings. Each goal is its own row group, so a heading
 * travels with the targets below it.
 */
export function ReportTable({ plan, groups, labelledBy }: { plan: Plan; groups: ThemeGroup[]; labelledBy: string }) {
  const { t, language } = useI18n();
  return (
    // On a narrow screen the table scrolls sideways rather than squeezing eight columns; on paper it fits the page.
    <div className="report__table-scroll" role="region" aria-label={t('report.tableRegion')} tabIndex={0}>
      <table className="report-table" aria-labelledby={labelledBy}>
        <colgroup>
          <col className="report-table__col report-table__col--target" />
          <col className="report-table__col report-table__col--metric" />
          <col className="report-table__col report-table__col--baseline" />
          <col className="report-table__col report-table__col--target-level" />
          <col className="report-table__col report-table__col--responsible" />
          <col className="report-table__col report-table__col--key-actions" />
          <col className="report-table__col report-table__col--metric-status" />
          <col className="report-table__col report-table__col--status" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('report.columns.target', { year: plan.reportingYear })}</th>
            <th scope="col">{t('report.columns.metric')}</th>
            <th scope="col">{planColumnLabel(t('report.columns.baseline'), plan.baselineLabel, language)}</th>
            <th scope="col">{planColumnLabel(t('report.columns.targetLevel'), plan.targetLevelLabel, language)}</th>
            <th scope="col">{t('report.columns.responsible')}</th>
            <th scope="col">{periodColumnLabel(t('report.columns.keyActions'), plan.periodLabel)}</th>
            <th scope="col">{periodColumnLabel(t('report.columns.metricStatus'), plan.periodLabel)}</th>
            <th scope="col">{t('report.columns.status')}</th>
          </tr>
        </thead>
        {groups.flatMap(({ theme, goals }) =>
          goals.map(({ goal, targets }, index) => (
            <tbody key={goal.id} className="report-table__group">
              {index === 0 && (
                <tr className="report-table__heading report-table__heading--theme">
                  <td colSpan={COLUMN_COUNT}>
                    <h2>{theme.title}</h2>
                  </td>
                </tr>
              )}
              <tr className="report-table__heading report-table__heading--goal">
                <td colSpan={COLUMN_COUNT}>
                  <h3>{t('report.goal', { number: goal.number, title: goal.title })}</h3>
                </td>
              </tr>
              {targets.map((target) => (
                <ReportRow key={target.id} target={target} />
              ))}
            </tbody>
          )),
        )}
      </table>
    </div>
  );
}
