import { Link } from 'react-router';
import { STATUSES, type Status } from '../../../domain/status';
import { StatusBadge } from '../../../components/ui/status-badge';
import type { StatusDistribution } from '../series';
import { useSummaryText } from './use-summary-text';

export interface DistributionTableRow extends StatusDistribution {
  key: string;
  label: string;
  href: (status: Status) => string;
  linkName: (status: Status) => string;
}

/** A count as a link to the matching targets; a zero stays plain text, as there is nothing to open. */
function CountLink({ count, href, name }: { count: number; href: string; name: string }) {
  const { number } = useSummaryText();
  if (count === 0) return <>{number(0)}</>;
  return (
    <Link to={href} aria-label={name}>
      {number(count)}
    </Link>
  );
}

/** The whole plan's distribution: a row per status with its count and share. */
export function PlanStatusTable({ caption, row }: { caption: string; row: DistributionTableRow }) {
  const { t, number, percent } = useSummaryText();
  return (
    <table className="summary-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.status')}</th>
          <th scope="col" className="numeric">
            {t('summary.count')}
          </th>
          <th scope="col" className="numeric">
            {t('summary.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {STATUSES.map((status) => (
          <tr key={status} data-status={status}>
            <th scope="row">
              <StatusBadge status={status} />
            </th>
            <td className="numeric">
              <CountLink count={row.counts[status]} href={row.href(status)} name={row.linkName(status)} />
            </td>
            <td className="numeric">{percent(row.percentages[status])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('summary.total')}</th>
          <td className="numeric">{number(row.total)}</td>
          <td className="numeric">{percent(row.total > 0 ? 100 : 0)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Distributions of several groups (themes, strategic goals): a row per group, a column per status. */
export function DistributionTable({ caption, groupColumn, rows }: { caption: string; groupColumn: string; rows: DistributionTableRow[] }) {
  const { t, number, percent } = useSummaryText();
  return (
    <div className="summary-table-scroll">
      <table className="summary-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupColumn}</th>
            {STATUSES.map((status) => (
              <th scope="col" key={status} className="numeric">
                {t(`status.${status}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('summary.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {STATUSES.map((status) => (
                <td key={status} className="numeric" data-status={status}>
                  <CountLink count={row.counts[status]} href={row.href(status)} name={row.linkName(status)} />
                  <span className="summary-table__share"> ({percent(row.percentages[status])})</span>
                </td>
              ))}
              <td className="numeric">{number(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
