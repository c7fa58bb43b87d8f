import type { ThemeGroup } from '../../../domain/grouping';
import type { Plan } from '../../../domain/plan';
import { baselineLabel, targetLevelLabel } from '../plan-labels';

import { useI18n } from '../../../i18n/i18n';
import type { OutboxState } from '../../../offline/db';
import { TargetRow } from './target-row';
import { daysSinceUpdate, stalenessOf } from '../../../domain/staleness';

interface TargetGroupsProps {
  groups: ThemeGroup[];
  plan: Plan;
  listSearch: string;
  syncStates: Map<string, OutboxState>;
  /** The moment staleness is judged at. */
  now: Date;
}

/** Targets under their theme and strategic-goal headings, one table per goal, as in the report. */
export function TargetGroups({ groups, plan, listSearch, syncStates, now }: TargetGroupsProps) {
  const { t, language } = useI18n();
  return (
    <div className="target-groups">
      {groups.map(({ theme, goals }) => (
        <section key={theme.id} className="theme-group" aria-labelledby={`theme-${theme.id}`}>
          <h2 id={`theme-${theme.id}`} className="theme-group__title">
            {theme.title}
          </h2>
          {goals.map(({ goal, targets }) => (
            <section key={goal.id} className="goal-group" aria-labelledby={`goal-${goal.id}`}>
              <h3 id={`goal-${goal.id}`} className="goal-group__title">
                {t('list.goal', { number: goal.number, title: goal.title })}
              </h3>
              <table className="target-table">
                <thead>
                  <tr>
                    <th scope="col">{t('list.columns.target')}</th>
                    <th scope="col">{t('list.columns.metric')}</th>
                    <th scope="col">{baselineLabel(plan, t('list.columns.baseline'), language)}</th>
                    <th scope="col">{targetLevelLabel(plan, t('list.columns.targetLevel'), language)}</th>
                    <th scope="col">{t('list.columns.responsible')}</th>
                    <th scope="col">{t('list.columns.metricStatus')}</th>
                    <th scope="col">{t('list.columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {targets.map((target) => (
                    <TargetRow
                      key={target.id}
                      target={target}
                      listSearch={listSearch}
                      syncState={syncStates.get(target.id)}
                      staleness={stalenessOf(target, plan, now)}
                      daysSinceUpdate={daysSinceUpdate(target, now)}
                    />
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
