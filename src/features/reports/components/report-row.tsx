import type { Target } from '../../../domain/target';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useI18n } from '../../../i18n/i18n';

/** One binding target as the official report prints it: every text whole, its paragraphs kept. */
export function ReportRow({ target }: { target: Target }) {
  const { t } = useI18n();
  return (
    <tr className="report-table__target" data-target-code={target.code}>
      <th scope="row">
        <span className="target-code">{target.code}</span> {target.title}
      </th>
      <td>{target.metric}</td>
      <td>{target.baseline}</td>
      <td>{target.targetLevel}</td>
      <td>
        {target.responsiblePersons.join(', ')}
        {target.reportingResponsible && (
          <>
            {',\n'}
            {t('report.reportingResponsible', { name: target.reportingResponsible })}
          </>
        )}
      </td>
      <td>{target.keyActions}</td>
      <td>{target.metricStatus}</td>
      <td>
        <StatusBadge status={target.status} />
      </td>
    </tr>
  );
}
