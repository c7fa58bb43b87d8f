import type { Impact, Progress } from '../../../domain/measure';
import { useI18n } from '../../../i18n/i18n';

const PROGRESS_ICONS: Record<Progress, string> = {
  onTime: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM8 5v3.5l2.5 1.5', // a clock
  late: 'M8 2l6.5 11h-13zM8 6.5v3M8 11.5v.01', // a warning sign
  completed: 'M3.5 8.5l3 3 6-7', // a tick
  notStarted: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z', // an empty circle
  unknown: 'M6 6a2 2 0 1 1 2.5 1.9c-.4.2-.5.5-.5 1.1M8 11.5v.01', // a question mark
};

/** "Ajallaan" etc. with an icon, so the progress reads without colour. */
export function ProgressBadge({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  return (
    <span className={`measure-badge measure-badge--progress-${progress}`} data-progress={progress}>
      <svg className="measure-badge__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={PROGRESS_ICONS[progress]} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{t(`measures.progress.${progress}`)}</span>
    </span>
  );
}

const IMPACT_BARS: Record<Impact, number> = { small: 1, medium: 2, large: 3 };

/** "Pieni" etc. with one, two or three filled bars. */
export function ImpactBadge({ impact }: { impact: Impact }) {
  const { t } = useI18n();
  const filled = IMPACT_BARS[impact];
  return (
    <span className={`measure-badge measure-badge--impact-${impact}`} data-impact={impact}>
      <svg className="measure-badge__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {[0, 1, 2].map((bar) => (
          <rect
            key={bar}
            x={1.5 + bar * 5}
            y={10 - bar * 4}
            width="3.5"
            height={4.5 + bar * 4}
            fill={bar < filled ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1"
          />
        ))}
      </svg>
      <span>{t(`measures.impact.${impact}`)}</span>
    </span>
  );
}
