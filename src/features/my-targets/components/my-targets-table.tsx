import { Link } from 'react-router';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useI18n } from '../../../i18n/i18n';
import type { MyTargetRow } from '../my-targets-rows';

function UpdateState({ row }: { row: MyTargetRow }) {
  const { t } = useI18n();
  const since = row.days === 0 ? t('review.myTargets.updatedToday') : t('staleness.since', { count: row.days });
  if (row.staleness === 'fresh') return <span>{`${t('review.myTargets.upToDate')} (${since})`}</span>;
  return (
    <span className={`staleness-marker staleness-marker--${row.staleness}`} data-staleness={row.staleness}>
      {t(`staleness.${row.staleness}`)}
      <span className="staleness-marker__days"> ({since})</span>
    </span>
  );
}

/** The person's targets with their status, whether an update is due, and whether management returned one. */
export function MyTargetsTable({ planId, rows }: { planId: string; rows: readonly MyTargetRow[] }) {
  const { t } = useI18n();
  return (
    <div className="my-targets__scroll">
      <table className="my-targets__table">
        <caption className="visually-hidden">{t('review.myTargets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.myTargets.columns.target')}</th>
            <th scope="col">{t('review.myTargets.columns.status')}</th>
            <th scope="col">{t('review.myTargets.columns.update')}</th>
            <th scope="col">{t('review.myTargets.columns.review')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.target.id} data-target-code={row.target.code}>
              <th scope="row">
                <Link to={`/plans/${encodeURIComponent(planId)}/targets/${encodeURIComponent(row.target.id)}`}>
                  <span className="target-code">{row.target.code}</span> {row.target.title}
                </Link>
              </th>
              <td>
                <StatusBadge status={row.target.status} />
              </td>
              <td>
                <UpdateState row={row} />
              </td>
              <td>{row.returned ? <strong>{t('review.myTargets.returned')}</strong> : t('review.myTargets.noReturn')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
