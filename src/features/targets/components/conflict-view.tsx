import { useState } from 'react';
import type { TargetEditableField } from '../../../domain/target';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import type { OutboxEntry } from '../../../offline/db';
import { resolveConflict, type ConflictChoice } from '../../../offline/outbox';
import { FieldValue } from './field-value';

type Side = 'mine' | 'theirs';

/**
 * Shows both versions of a conflicted target field by field — mine and the server's, with who changed
 * it and when — and sends the chosen result as a new edit based on the server's version.
 */
export function ConflictView({ entry, onResolved }: { entry: OutboxEntry; onResolved: () => void }) {
  const { t, language } = useI18n();
  const theirs = entry.theirs;
  const fields = Object.keys(entry.changes) as TargetEditableField[];
  const [choice, setChoice] = useState<Record<string, Side>>(() => Object.fromEntries(fields.map((field) => [field, 'mine'])));
  if (!theirs) return null;
  const chooseAll = (side: Side) => setChoice(Object.fromEntries(fields.map((field) => [field, side])));

  async function resolve() {
    await resolveConflict(entry.id, choice as ConflictChoice);
    onResolved();
  }

  return (
    <section className="conflict-view" aria-labelledby={`conflict-${entry.id}`}>
      <h2 id={`conflict-${entry.id}`}>{t('conflict.title')}</h2>
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
              <th scope="row">{t(`fields.${field}`)}</th>
              {(['mine', 'theirs'] as const).map((side) => (
                <td key={side} className={choice[field] === side ? 'conflict-table__chosen' : undefined}>
                  <label className="conflict-table__choice">
                    <input
                      type="radio"
                      name={`${entry.id}-${field}`}
                      checked={choice[field] === side}
                      onChange={() => setChoice({ ...choice, [field]: side })}
                      aria-label={`${t('conflict.choiceFor', { field: t(`fields.${field}`) })}: ${t(side === 'mine' ? 'conflict.keepMine' : 'conflict.keepTheirs')}`}
                    />
                    <span>{t(side === 'mine' ? 'conflict.keepMine' : 'conflict.keepTheirs')}</span>
                  </label>
                  <FieldValue field={field} value={side === 'mine' ? entry.changes[field] : theirs[field]} />
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
