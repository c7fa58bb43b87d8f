import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../../i18n/i18n';

interface ReportToolbarProps {
  planId: string;
  shown: number;
  total: number;
  /** The filters in words, empty when none narrows the report. */
  filterDescription: string;
  /** The URL query string of the filters, so the list opens with the same selection. */
  search: string;
}

/** What will be printed and why, with the print button; none of it is printed itself. */
export function ReportToolbar({ planId, shown, total, filterDescription, search }: ReportToolbarProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const hintId = useId();
  const filtered = filterDescription !== '';
  const listUrl = `/plans/${encodeURIComponent(planId)}${search ? `?${search}` : ''}`;
  return (
    <div className="report__toolbar">
      <div className="report__scope">
        <p>
          {filtered ? t('report.scopeFiltered', { shown, total, filters: filterDescription }) : t('report.scopeAll', { total })}{' '}
          {t('report.scopeExplanation')}
        </p>
        <p className="report__scope-links">
          {filtered && <Link to={pathname}>{t('report.clearFilters')}</Link>}
          <Link to={listUrl}>{t('report.changeFilters')}</Link>
        </p>
      </div>
      <div className="report__print">
        <button type="button" className="button" aria-describedby={hintId} onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <p id={hintId} className="report__print-hint">
          {t('report.printHint')}
        </p>
      </div>
    </div>
  );
}
