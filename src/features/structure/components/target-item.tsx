import { useState } from 'react';
import { structureClient } from '../../../api/structure-client';
import type { Target } from '../../../domain/target';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFocusSoon } from '../use-focus-soon';
import { moveItem, useItemAction } from '../use-item-action';
import { ArchivedBadge, ItemActions, ItemProblem } from './item-actions';
import { TargetStructureForm } from './target-structure-form';

/** One binding target in the tree: code and name, or its edit form. */
export function TargetItem({ target, siblingIds }: { target: Target; siblingIds: readonly string[] }) {
  const { t } = useI18n();
  const { planId } = useStructure();
  const { problem, act } = useItemAction();
  const [editing, setEditing] = useState(false);
  const edit = useFocusSoon<HTMLButtonElement>();
  const name = t('structure.names.target', { code: target.code });
  const archived = target.archived === true;
  const index = siblingIds.indexOf(target.id);
  const closeEditor = () => {
    setEditing(false);
    edit.focusSoon();
  };

  return (
    <li className={`structure-item structure-item--target${archived ? ' structure-item--archived' : ''}`} data-target-code={target.code}>
      {editing ? (
        <TargetStructureForm target={target} onDone={closeEditor} onCancel={closeEditor} />
      ) : (
        <div className="structure-item__row">
          <p className="structure-item__title">
            <span className="structure-target__code">{target.code}</span> {target.title} {archived && <ArchivedBadge />}
          </p>
          <ItemActions
            id={target.id}
            name={name}
            first={index === 0}
            last={index === siblingIds.length - 1}
            archived={archived}
            editRef={edit.ref}
            onEdit={() => setEditing(true)}
            onMove={(direction) =>
              void moveItem(act, { planId, parent: 'goal', parentId: target.goalId, siblingIds }, target.id, direction, t('structure.done.moved', { name }))
            }
            onToggleArchived={() =>
              void act(
                () => structureClient.updateTargetStructure(target.id, { baseVersion: target.version, changes: { archived: !archived } }),
                t(archived ? 'structure.done.restored' : 'structure.done.archived', { name }),
              )
            }
          />
        </div>
      )}
      <ItemProblem problem={problem} />
    </li>
  );
}
