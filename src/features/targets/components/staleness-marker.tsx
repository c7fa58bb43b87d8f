import type { Staleness } from '../../../domain/staleness';
import { useI18n } from '../../../i18n/i18n';

/** Flags an overdue update in words, with an icon, and says how old the last update is. */
export function StalenessMarker({ staleness, days }: { staleness: Staleness; days: number }) {
  const { t } = useI18n();
  if (staleness === 'fresh') return null;
  return (
    <span className={`staleness-marker staleness-marker--${staleness}`} data-staleness={staleness}>
      <svg className="staleness-marker__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>{' '}
      {t(`staleness.${staleness}`)}
      <span className="staleness-marker__days"> ({t('staleness.since', { count: days })})</span>
    </span>
  );
}
