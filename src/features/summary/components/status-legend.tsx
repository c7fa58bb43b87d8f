import { Link } from 'react-router';
import type { Status } from '../../../domain/status';
import { useI18n } from '../../../i18n/i18n';
import { StatusSwatch } from './status-patterns';

export interface StatusLegendItem {
  status: Status;
  /** Numbers after the status word, e.g. "6 (75 %)". */
  detail?: string;
  /** Makes the item a link to the matching targets. */
  href?: string | null;
}

/** The key to a chart's fills: swatch (colour and texture) and status word, optionally with numbers and a link. */
export function StatusLegend({ items }: { items: StatusLegendItem[] }) {
  const { t } = useI18n();
  return (
    <ul className="summary-legend" aria-label={t('summary.legend')}>
      {items.map((item) => {
        const content = (
          <>
            <span className="summary-legend__status">{t(`status.${item.status}`)}</span>
            {item.detail && (
              <>
                {' '}
                <span className="summary-legend__detail">{item.detail}</span>
              </>
            )}
          </>
        );
        return (
          <li key={item.status} className="summary-legend__item" data-status={item.status}>
            <StatusSwatch status={item.status} />
            {item.href ? (
              <Link to={item.href}>{content}</Link>
            ) : (
              <span>{content}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
