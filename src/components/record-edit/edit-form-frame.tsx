import './record-edit.css';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { SaveProblem } from './use-record-save';

interface EditFormFrameProps {
  title: string;
  problem: SaveProblem | null;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame every record edit form shares: its heading, what went wrong, and save / cancel. */
export function EditFormFrame({ title, problem, onSubmit, onCancel, children }: EditFormFrameProps) {
  const { t } = useI18n();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="edit-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{title}</h2>
      {problem && (
        <p className={`edit-form__problem edit-form__problem--${problem}`} role="alert">
          {t(`edit.${problem}`)}
        </p>
      )}
      {children}
      <div className="edit-form__actions">
        <button type="submit" className="button">
          {t('edit.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
