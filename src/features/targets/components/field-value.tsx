import type { Target, TargetEditableField } from '../../../domain/target';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatQuantity } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** Shows one editable field's value as a reader would want to compare it. */
export function FieldValue<F extends TargetEditableField>({ field, value }: { field: F; value: Target[F] | undefined }) {
  const { t, language } = useI18n();
  if (value === undefined || value === null || value === '') return <em>{t('detail.empty')}</em>;
  if (field === 'status') return <StatusBadge status={value as Target['status']} />;
  if (field === 'indicators') {
    return (
      <ul className="plain-list">
        {(value as Target['indicators']).map((indicator) => (
          <li key={indicator.id}>
            {indicator.label}:{' '}
            {indicator.values.map((point) => `${point.year} ${formatQuantity(point.value, indicator.unit, language)}`).join(', ')}
          </li>
        ))}
      </ul>
    );
  }
  if (Array.isArray(value)) return <span>{value.join(', ')}</span>;
  return <span className="prewrap">{String(value)}</span>;
}
