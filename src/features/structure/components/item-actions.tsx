import type { ReactNode, Ref } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';

interface ItemActionsProps {
  id: string;
  /** The item in words ("sitova tavoite 12.3"), so each button says what it acts on. */
  name: string;
  first: boolean;
  last: boolean;
  archived: boolean;
  editRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onToggleArchived: () => void;
  children?: ReactNode;
}

/** Edit, move up / down (the keyboard way to reorder), archive or restore, and any extra buttons. */
export function ItemActions({ id, name, first, last, archived, editRef, onEdit, onMove, onToggleArchived, children }: ItemActionsProps) {
  const { t } = useI18n();
  const { disabled } = useStructure();
  const label = (action: string) => t('structure.actions.withName', { action, name });
  const button = 'button button--secondary structure-button';
  return (
    <div className="structure-actions" role="group" aria-label={t('structure.actions.label', { name })}>
      <button ref={editRef} type="button" className={button} disabled={disabled} aria-label={label(t('structure.actions.edit'))} onClick={onEdit}>
        {t('structure.actions.edit')}
      </button>
      {(['up', 'down'] as const).map((direction) => {
        const text = t(direction === 'up' ? 'structure.actions.moveUp' : 'structure.actions.moveDown');
        return (
          <button
            key={direction}
            type="button"
            className={button}
            data-move={direction}
            data-move-id={id}
            disabled={disabled || (direction === 'up' ? first : last)}
            aria-label={label(text)}
            onClick={() => onMove(direction)}
          >
            <span aria-hidden="true">{direction === 'up' ? '↑ ' : '↓ '}</span>
            {text}
          </button>
        );
      })}
      {/* One button whose words change, so the focus stays on it after archiving or restoring. */}
      <button
        type="button"
        className={button}
        disabled={disabled}
        aria-label={label(t(archived ? 'structure.actions.restore' : 'structure.actions.archive'))}
        onClick={onToggleArchived}
      >
        {t(archived ? 'structure.actions.restore' : 'structure.actions.archive')}
      </button>
      {children}
    </div>
  );
}

/** The word "Arkistoitu" beside an archived item: greying alone would be colour only. */
export function ArchivedBadge() {
  const { t } = useI18n();
  return <span className="structure-archived">{t('structure.archived')}</span>;
}

/** What went wrong with an item's last action, as a sentence. */
export function ItemProblem({ problem }: { problem: string | null }) {
  return problem ? (
    <p className="structure-form__problem" role="alert">
      {problem}
    </p>
  ) : null;
}
