import { useState } from 'react';
import { structureClient } from '../../../api/structure-client';
import type { Goal } from '../../../domain/plan';
import { childrenOf, targetsOfGoal } from '../../../domain/plan-structure';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFocusSoon } from '../use-focus-soon';
import { moveItem, useItemAction } from '../use-item-action';
import { AddToggle } from './add-toggle';
import { DeleteGoalPanel, type DeleteStep } from './delete-goal-panel';
import { GoalForm } from './goal-form';
import { ArchivedBadge, ItemActions, ItemProblem } from './item-actions';
import { TargetForm } from './target-form';
import { TargetItem } from './target-item';

/** One strategic goal with its binding targets; it can be deleted only while it has none. */
export function GoalItem({ goal, siblingIds }: { goal: Goal; siblingIds: readonly string[] }) {
  const { t } = useI18n();
  const { planId, data, disabled } = useStructure();
  const { problem, act } = useItemAction();
  const [editing, setEditing] = useState(false);
  const [deleteStep, setDeleteStep] = useState<DeleteStep | null>(null);
  const edit = useFocusSoon<HTMLButtonElement>();
  const remove = useFocusSoon<HTMLButtonElement>();
  const name = t('structure.names.goal', { number: goal.number });
  const archived = goal.archived === true;
  const targets = childrenOf(data, 'goal', goal.id);
  const targetIds = targets.map((target) => target.id);
  const targetCount = targetsOfGoal(goal.id, data.targets).length;
  const index = siblingIds.indexOf(goal.id);
  const closeEditor = () => {
    setEditing(false);
    edit.focusSoon();
  };
  const closeDelete = () => {
    setDeleteStep(null);
    remove.focusSoon();
  };

  async function deleteGoal() {
    const outcome = await act(() => structureClient.deleteGoal(goal.id), t('structure.done.deleted', { name }));
    // 409: a target was added here meanwhile (the view is refreshed by now); offer archiving instead.
    if (outcome && !outcome.ok && outcome.status === 409) setDeleteStep('blocked');
  }

  async function setArchived(next: boolean) {
    const outcome = await act(() => structureClient.updateGoal(goal.id, { archived: next }), t(next ? 'structure.done.archived' : 'structure.done.restored', { name }));
    if (outcome?.ok) setDeleteStep(null);
  }

  return (
    <li className={`structure-item structure-item--goal${archived ? ' structure-item--archived' : ''}`}>
      {editing ? (
        <GoalForm themeId={goal.themeId} goal={goal} onDone={closeEditor} onCancel={closeEditor} />
      ) : (
        <div className="structure-item__row">
          <h3 className="structure-item__title">
            {t('structure.goalHeading', { number: goal.number, title: goal.title })} {archived && <ArchivedBadge />}
          </h3>
          <ItemActions
            id={goal.id}
            name={name}
            first={index === 0}
            last={index === siblingIds.length - 1}
            archived={archived}
            editRef={edit.ref}
            onEdit={() => setEditing(true)}
            onMove={(direction) =>
              void moveItem(act, { planId, parent: 'theme', parentId: goal.themeId, siblingIds }, goal.id, direction, t('structure.done.moved', { name }))
            }
            onToggleArchived={() => void setArchived(!archived)}
          >
            <button
              ref={remove.ref}
              type="button"
              className="button button--secondary structure-button"
              disabled={disabled}
              aria-label={t('structure.actions.withName', { action: t('structure.actions.delete'), name })}
              onClick={() => setDeleteStep(targetCount > 0 ? 'blocked' : 'confirm')}
            >
              {t('structure.actions.delete')}
            </button>
          </ItemActions>
        </div>
      )}
      {deleteStep && (
        <DeleteGoalPanel
          step={deleteStep}
          name={name}
          targetCount={targetCount}
          onDelete={() => void deleteGoal()}
          onArchive={() => void setArchived(true)}
          onCancel={closeDelete}
        />
      )}
      <ItemProblem problem={problem} />
      {targets.length > 0 ? (
        <ol className="structure-list structure-list--targets">
          {targets.map((target) => (
            <TargetItem key={target.id} target={target} siblingIds={targetIds} />
          ))}
        </ol>
      ) : (
        <p className="structure-empty">{t('structure.noTargets')}</p>
      )}
      <AddToggle
        label={t('structure.forms.addTarget')}
        fullLabel={t('structure.forms.addTargetTo', { number: goal.number })}
        form={(close) => <TargetForm goal={goal} onDone={close} onCancel={close} />}
      />
    </li>
  );
}
