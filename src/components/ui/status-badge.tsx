import type { Status } from '../../domain/status';
import { useI18n } from '../../i18n/i18n';

const ICON_PATHS: Record<Status, string> = {
  fully: 'M3.5 8.5l3 3 6-7',
  partially: 'M8 2a6 6 0 1 0 0 12V2z',
  notAtAll: 'M4 4l8 8M12 4l-8 8',
  notAssessed: 'M4 8h8',
};

function StatusIcon({ status }: { status: Status }) {
  const filled = status === 'partially';
  return (
    <svg className="status-badge__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {filled && <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />}
      <path
        d={ICON_PATHS[status]}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={filled ? 0 : 2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A verdict shown with words and an icon as well as colour, so it reads in greyscale too. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      <StatusIcon status={status} />
      <span>{t(`status.${status}`)}</span>
    </span>
  );
}
