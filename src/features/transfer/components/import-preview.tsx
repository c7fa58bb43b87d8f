import { useId } from 'react';
import { STATUSES } from '../../../domain/status';
import type { ImportNote, ImportSummary } from '../../../domain/transfer';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** What a valid file would create: counts of themes, goals and targets, targets per status, and notes. */
export function ImportPreview({ summary, notes }: { summary: ImportSummary; notes: readonly ImportNote[] }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const counts = [
    ['themes', summary.themes],
    ['goals', summary.goals],
    ['targets', summary.targets],
  ] as const;
  return (
    <section className="import-preview" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('transfer.import.previewTitle')}</h3>
      <dl className="import-preview__counts">
        {counts.map(([key, count]) => (
          <div key={key} data-testid={`import-count-${key}`}>
            <dt>{t(`transfer.import.${key}`)}</dt>
            <dd>{formatNumber(count, language)}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('transfer.import.byStatus')}</h4>
      <ul className="import-preview__statuses">
        {STATUSES.map((status) => (
          <li key={status} data-testid={`import-status-${status}`}>
            <StatusBadge status={status} /> <strong>{formatNumber(summary.byStatus[status], language)}</strong>
          </li>
        ))}
      </ul>
      {notes.length > 0 && (
        <>
          <h4>{t('transfer.import.notesTitle')}</h4>
          <ul className="import-preview__notes">
            {notes.map((note) => (
              <li key={`${note.code}-${note.column}`}>{t(`transfer.import.notes.${note.code}`, { column: note.column })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
