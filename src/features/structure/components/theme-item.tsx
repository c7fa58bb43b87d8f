import { useState } from 'react';
import { structureClient } from '../../../api/structure-client';
import type { Theme } from '../../../domain/plan';
import { childrenOf } from '../../../domain/plan-structure';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFocusSoon } from '../use-focus-soon';
import { moveItem, useItemAction } from '../use-item-action';
import { AddToggle } from './add-toggle';
import { GoalForm } from './goal-form';
import { GoalItem } from './goal-item';
import { ArchivedBadge, ItemActions, ItemProblem } from './item-actions';
import { ThemeForm } from './theme-form';

/** One theme with its strategic goals. */
export function ThemeItem({ theme, siblingIds }: { theme: Theme; siblingIds: readonly string[] }) {
  const { t } = useI18n();
  const { planId, data } = useStructure();
  const { problem, act } = useItemAction();
  const [editing, setEditing] = useState(false);
  const edit = useFocusSoon<HTMLButtonElement>();
  const name = t('structure.names.theme', { title: theme.title });
  const archived = theme.archived === true;
  const goals = childrenOf(data, 'theme', theme.id);
  const goalIds = goals.map((goal) => goal.id);
  const index = siblingIds.indexOf(theme.id);
  const closeEditor = () => {
    setEditing(false);
    edit.focusSoon();
  };

  return (
    <li className={`structure-item structure-item--theme${archived ? ' structure-item--archived' : ''}`}>
      {editing ? (
        <ThemeForm theme={theme} onDone={closeEditor} onCancel={closeEditor} />
      ) : (
        <div className="structure-item__row">
          <h2 className="structure-item__title">
            {theme.title} {archived && <ArchivedBadge />}
          </h2>
          <ItemActions
            id={theme.id}
            name={name}
            first={index === 0}
            last={index === siblingIds.length - 1}
            archived={archived}
            editRef={edit.ref}
            onEdit={() => setEditing(true)}
            onMove={(direction) =>
              void moveItem(act, { planId, parent: 'plan', parentId: planId, siblingIds }, theme.id, direction, t('structure.done.moved', { name }))
            }
            onToggleArchived={() =>
              void act(
                () => structureClient.updateTheme(theme.id, { archived: !archived }),
                t(archived ? 'structure.done.restored' : 'structure.done.archived', { name }),
              )
            }
          />
        </div>
      )}
      <ItemProblem problem={problem} />
      {goals.length > 0 ? (
        <ol className="structure-list structure-list--goals">
          {goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} siblingIds={goalIds} />
          ))}
        </ol>
      ) : (
        <p className="structure-empty">{t('structure.noGoals')}</p>
      )}
      <AddToggle
        label={t('structure.forms.addGoal')}
        fullLabel={t('structure.forms.addGoalTo', { name: theme.title })}
        form={(close) => <GoalForm themeId={theme.id} onDone={close} onCancel={close} />}
      />
    </li>
  );
}
