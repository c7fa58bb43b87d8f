import { useEffect } from 'react';
import type { ThemeGroup } from '../../../domain/grouping';
import type { Plan } from '../../../domain/plan';
import { useI18n } from '../../../i18n/i18n';
import type { OutboxState } from '../../../offline/db';
import { TargetRow } from './target-row';
import { useTargetRowLabels } from './target-row-labels';
import { TargetTableHead } from './target-table-head';
import { daysSinceUpdate, stalenessOf } from '../../../domain/staleness';

interface TargetGroupsProps {
  groups: ThemeGroup[];
  plan: Plan;
  listSearch: string;
  syncStates: Map<string, OutboxState>;
  /** The moment staleness is judged at. */
  now: Date;
  /** Called after the first render that put rows in the page. */
  onRendered: () => void;
}

/** Targets under their theme and strategic-goal headings, one table per goal: every row rendered, for lists short enough. */
export function TargetGroups({ groups, plan, listSearch, syncStates, now, onRendered }: TargetGroupsProps) {
  const { t } = useI18n();
  const labels = useTargetRowLabels();
  useEffect(onRendered, [onRendered]);
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
                <TargetTableHead plan={plan} />
                <tbody>
                  {targets.map((target) => (
                    <TargetRow
                      key={target.id}
                      target={target}
                      listSearch={listSearch}
                      syncState={syncStates.get(target.id)}
                      staleness={stalenessOf(target, plan, now)}
                      daysSinceUpdate={daysSinceUpdate(target, now)}
                      labels={labels}
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
