import { useState, type ReactNode } from 'react';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { RecordOutboxEntry } from '../../offline/db';
import { resolveRecordConflict } from '../../offline/record-edits';

type Side = 'mine' | 'theirs';

export interface ConflictFieldDisplay {
  /** The field's name in the user's language. */
  label: (field: string) => string;
  /** One side's value of the field, as a reader would want to compare it. */
  value: (field: string, value: unknown) => ReactNode;
}

interface RecordConflictViewProps {
  entry: RecordOutboxEntry;
  title: string;
  display: ConflictFieldDisplay;
  onResolved: () => void;
}

/**
 * Both versions of a conflicted measure or project field by field — mine and the server's, with who changed
 * it and when — and the chosen result queued as a new edit based on the server's version.
 */
export function RecordConflictView({ entry, title, display, onResolved }: RecordConflictViewProps) {
  const { t, language } = useI18n();
  const theirs = entry.theirs as (Record<string, unknown> & { updatedBy: string; updatedAt: string }) | null;
  const mine = entry.changes as Record<string, unknown>;
  const fields = Object.keys(mine);
  const [choice, setChoice] = useState<Record<string, Side>>(() => Object.fromEntries(fields.map((field) => [field, 'mine'])));
  if (!theirs) return null;
  const chooseAll = (side: Side) => setChoice(Object.fromEntries(fields.map((field) => [field, side])));

  async function resolve() {
    await resolveRecordConflict(entry.id, choice);
    onResolved();
  }

  return (
    <section className="conflict-view" aria-labelledby={`conflict-${entry.id}`}>
      <h2 id={`conflict-${entry.id}`}>{title}</h2>
      <p>{t('conflict.explanation', { name: theirs.updatedBy, time: formatDateTime(theirs.updatedAt, language) })}</p>
      <div className="conflict-view__all">
        <button type="button" className="button button--secondary" onClick={() => chooseAll('mine')}>
          {t('conflict.allMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => chooseAll('theirs')}>
          {t('conflict.allTheirs')}
        </button>
      </div>
      <table className="conflict-table">
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs', { name: theirs.updatedBy })}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field} data-field={field}>
              <th scope="row">{display.label(field)}</th>
              {(['mine', 'theirs'] as const).map((side) => (
                <td key={side} className={choice[field] === side ? 'conflict-table__chosen' : undefined}>
                  <label className="conflict-table__choice">
                    <input
                      type="radio"
                      name={`${entry.id}-${field}`}
                      checked={choice[field] === side}
                      onChange={() => setChoice({ ...choice, [field]: side })}
                      aria-label={`${t('conflict.choiceFor', { field: display.label(field) })}: ${t(side === 'mine' ? 'conflict.keepMine' : 'conflict.keepTheirs')}`}
                    />
                    <span>{t(side === 'mine' ? 'conflict.keepMine' : 'conflict.keepTheirs')}</span>
                  </label>
                  {display.value(field, side === 'mine' ? mine[field] : theirs[field])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => void resolve()}>
        {t('conflict.resolve')}
      </button>
    </section>
  );
}

/** A value with no special display: text with its line breaks, a list joined by commas, or "not recorded". */
export function PlainFieldValue({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <em>{t('detail.empty')}</em>;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return <span>{value.join(', ')}</span>;
  if (typeof value === 'object') return <span className="prewrap">{JSON.stringify(value, null, 1)}</span>;
  return <span className="prewrap">{String(value)}</span>;
}
