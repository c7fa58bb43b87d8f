import '../structure.css';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useSessionStore } from '../../../api/session-store';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { canEditPlanStructure } from '../../../domain/permissions';
import { childrenOf } from '../../../domain/plan-structure';
import { useI18n } from '../../../i18n/i18n';
import { usePlanStructure } from '../queries';
import { StructureContext, type StructureEditing } from '../structure-context';
import { useOnline } from '../use-online';
import { useStructureRun } from '../use-structure-run';
import { AddToggle } from './add-toggle';
import { PlanSettingsForm } from './plan-settings-form';
import { ThemeForm } from './theme-form';
import { ThemeItem } from './theme-item';

/** Managers and admins edit the plan's themes, goals, targets and update rules here; others are told they may not. */
export function StructurePage() {
  const { t } = useI18n();
  const user = useSessionStore((state) => state.user);
  useDocumentTitle(t('structure.title'));
  if (!user || !canEditPlanStructure(user)) {
    return (
      <section aria-labelledby="structure-title">
        <h1 id="structure-title">{t('structure.title')}</h1>
        <p className="notice structure-no-permission">{t('structure.noPermission')}</p>
      </section>
    );
  }
  return <StructureEditor />;
}

function StructureEditor() {
  const { t } = useI18n();
  const { planId = '' } = useParams();
  const online = useOnline();
  const structure = usePlanStructure(planId);
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);
  const run = useStructureRun(planId, announce);

  if (structure.isPending) return <LoadingState />;
  if (structure.isError) return <ErrorState error={structure.error} onRetry={() => void structure.refetch()} />;
  const data = structure.data;
  const editing: StructureEditing = { planId, data, disabled: !online, run };
  const themes = childrenOf(data, 'plan', planId);
  const themeIds = themes.map((theme) => theme.id);

  return (
    <StructureContext.Provider value={editing}>
      <header className="page-heading">
        <h1>{t('structure.title')}</h1>
        <p className="page-heading__plan">
          <strong>{data.plan.title}</strong> · {data.plan.organisation}, {data.plan.sector}
        </p>
      </header>
      <p className="structure-intro">{t('structure.intro')}</p>
      {!online && <p className="notice structure-offline">{t('structure.offline')}</p>}
      <p className={message ? 'notice notice--success structure-status' : 'structure-status'} role="status">
        {message}
      </p>
      {themes.length > 0 ? (
        <ol className="structure-list structure-list--themes" aria-label={t('structure.treeLabel')}>
          {themes.map((theme) => (
            <ThemeItem key={theme.id} theme={theme} siblingIds={themeIds} />
          ))}
        </ol>
      ) : (
        <p className="structure-empty">{t('structure.noThemes')}</p>
      )}
      <AddToggle
        label={t('structure.forms.addTheme')}
        fullLabel={t('structure.forms.addTheme')}
        form={(close) => <ThemeForm onDone={close} onCancel={close} />}
      />
      <PlanSettingsForm />
    </StructureContext.Provider>
  );
}
