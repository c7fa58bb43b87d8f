import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n';

export type DeleteStep = 'confirm' | 'blocked';

interface DeleteGoalPanelProps {
  step: DeleteStep;
  name: string;
  /** Targets under the goal, archived ones too: any of them blocks the deletion. */
  targetCount: number;
  onDelete: () => void;
  onArchive: () => void;
  onCancel: () => void;
}

/** Asks before deleting a goal, or explains why it cannot be deleted and offers to archive it instead. */
export function DeleteGoalPanel({ step, name, targetCount, onDelete, onArchive, onCancel }: DeleteGoalPanelProps) {
  const { t } = useI18n();
  const message = useRef<HTMLParagraphElement>(null);
  // The question or the reason is read out first; the buttons follow it in the tab order.
  useEffect(() => message.current?.focus(), [step]);
  return (
    <div className={`structure-delete structure-delete--${step}`}>
      <p ref={message} tabIndex={-1} role={step === 'blocked' ? 'alert' : undefined}>
        {step === 'blocked' ? t('structure.deleteGoal.hasTargets', { count: targetCount }) : t('structure.deleteGoal.confirm', { name })}
      </p>
      <div className="structure-form__buttons">
        {step === 'blocked' ? (
          <button type="button" className="button" onClick={onArchive}>
            {t('structure.deleteGoal.archiveInstead')}
          </button>
        ) : (
          <button type="button" className="button structure-button--danger" onClick={onDelete}>
            {t('structure.deleteGoal.confirmButton')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('structure.forms.cancel')}
        </button>
      </div>
    </div>
  );
}
