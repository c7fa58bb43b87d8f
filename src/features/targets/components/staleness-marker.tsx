import type { Staleness } from '../../../domain/staleness';
import { useI18n } from '../../../i18n/i18n';

/** Flags an overdue update in words, with an icon, and says how old the last update is. */
export function StalenessMarker({ staleness, days }: { staleness: Staleness; days: number }) {
  const { t } = useI18n();
  if (staleness === 'fresh') return null;
  return (
    <span className={`staleness-marker staleness-marker--${staleness}`} data-staleness={staleness}>
      <span aria-hidden="true">{staleness === 'stale' ? '⌛' : '⏰'}</span> {t(`staleness.${staleness}`)}
      <span className="staleness-marker__days"> ({t('staleness.since', { count: days })})</span>
    </span>
  );
}
