import { useId, useRef, useState, type FormEvent } from 'react';
import { REVIEW_COMMENT_MAX_LENGTH } from '../../../domain/review';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

interface ReturnFormProps {
  code: string;
  saving: boolean;
  onSubmit: (comment: string) => void;
  onCancel: () => void;
}

/** The comment a return needs: refused empty or too long with a message next to the field, never cut. */
export function ReturnForm({ code, saving, onSubmit, onCancel }: ReturnFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const max = formatNumber(REVIEW_COMMENT_MAX_LENGTH, language);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem =
      comment.trim() === ''
        ? t('review.actions.commentRequired')
        : comment.length > REVIEW_COMMENT_MAX_LENGTH
          ? t('review.actions.commentTooLong', { max })
          : null;
    setError(problem);
    if (problem) {
      field.current?.focus();
      return;
    }
    onSubmit(comment);
  }

  return (
    <form className="review-return" aria-label={`${t('review.actions.return')}: ${code}`} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('review.actions.comment')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('review.actions.commentHint', { max })}
        </span>
        <textarea
          id={`${id}-comment`}
          ref={field}
          rows={4}
          value={comment}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => setComment(event.target.value)}
        />
        {error && (
          <span id={`${id}-error`} className="field__error">
            {error}
          </span>
        )}
      </div>
      <div className="review-item__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('review.actions.saving') : t('review.actions.sendReturn')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('review.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
