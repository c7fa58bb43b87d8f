import type { Target } from '../../../domain/target';
import { useI18n } from '../../../i18n/i18n';

/** Names the responsible persons, and who reports, as the official report does. */
export function ResponsiblePersons({ target }: { target: Pick<Target, 'responsiblePersons' | 'reportingResponsible'> }) {
  const { t } = useI18n();
  return (
    <span>
      {target.responsiblePersons.join(', ')}
      {target.reportingResponsible && (
        <>
          {', '}
          {t('detail.reportingResponsible', { name: target.reportingResponsible })}
        </>
      )}
    </span>
  );
}
