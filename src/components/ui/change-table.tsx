import './change-table.css';
import { ExpandableText } from '../../components/ui/expandable-text';
import { StatusBadge } from '../../components/ui/status-badge';
import type { FieldChange } from '../../domain/audit';
import { describeChange, type ValueDescription } from '../../domain/review';
import { targetEditableShape } from '../../domain/target';
import { useI18n } from '../../i18n/i18n';

function ChangeValue({ value }: { value: ValueDescription }) {
  const { t } = useI18n();
  switch (value.kind) {
    case 'empty':
      return <em className="change-value--muted">{t('review.diff.empty')}</em>;
    case 'text':
      return <ExpandableText text={value.text} />;
    case 'status':
      return <StatusBadge status={value.status} />;
    case 'list':
      return <span>{value.items.join(', ')}</span>;
    case 'indicators':
      return (
        <span>
          {[
            t('review.diff.indicators', { count: value.count }),
            ...(value.changed.length > 0 ? [t('review.diff.indicatorsChanged', { labels: value.changed.join(', ') })] : []),
            ...(value.added.length > 0 ? [t('review.diff.indicatorsAdded', { labels: value.added.join(', ') })] : []),
            ...(value.removed.length > 0 ? [t('review.diff.indicatorsRemoved', { labels: value.removed.join(', ') })] : []),
          ].join('; ')}
        </span>
      );
    default:
      return <em className="change-value--muted">{t('review.diff.other')}</em>;
  }
}

const isTargetField = (field: string): field is keyof typeof targetEditableShape => field in targetEditableShape;

/**
 * Field by field, what a target's value was and what it became (review queue, change history); user text is
 * shown as text, long text shortened.
 */
export function ChangeTable({ caption, changes }: { caption: string; changes: readonly FieldChange[] }) {
  const { t } = useI18n();
  return (
    <table className="change-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.diff.field')}</th>
          <th scope="col">{t('review.diff.before')}</th>
          <th scope="col">{t('review.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map(describeChange).map((change) => (
          <tr key={change.field} data-field={change.field}>
            <th scope="row">{isTargetField(change.field) ? t(`fields.${change.field}`) : change.field}</th>
            <td>
              <ChangeValue value={change.before} />
            </td>
            <td>
              <ChangeValue value={change.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
