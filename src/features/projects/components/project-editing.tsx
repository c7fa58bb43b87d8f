import type { ReactNode } from 'react';
import { useSessionStore } from '../../../api/session-store';
import { canEditRecord } from '../../../domain/permissions';
import { ownFinancingCheck, type Project } from '../../../domain/project';
import { recordContactNames, type ProjectChanges, type ProjectEditableField } from '../../../domain/record-changes';
import { PlainFieldValue } from '../../../components/record-edit/record-conflict-view';
import { RecordEditPanel } from '../../../components/record-edit/record-edit-panel';
import { formatQuantity } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import type { RecordOutboxEntry } from '../../../offline/db';
import { formatEuros, formatPeriod } from '../format';
import { ProjectEditForm } from './project-edit-form';

type Values = Required<ProjectChanges>;

/** One side of a conflicted project field, as a reader would compare it. */
function ProjectFieldValue({ field, value }: { field: string; value: unknown }): ReactNode {
  const { t, language } = useI18n();
  if (value === undefined || value === null) return <PlainFieldValue value={value} />;
  if (field === 'period') return <span>{formatPeriod(value as Values['period'], language)}</span>;
  if (field === 'budget') {
    const budget = value as NonNullable<Values['budget']>;
    const check = ownFinancingCheck(budget);
    return (
      <ul className="plain-list">
        <li>
          {t('projects.detail.total')}: {budget.total === null ? t('projects.unknown') : formatEuros(budget.total, language)}
        </li>
        <li>
          {t('projects.detail.cityShare')}: {formatEuros(budget.cityShare, language)}
        </li>
        <li>
          {t('projects.detail.ownFinancing', {
            percent: formatQuantity(budget.ownFinancingPercent, '%', language),
            amount: formatEuros(check?.computed ?? budget.ownFinancingAmount, language),
          })}
        </li>
      </ul>
    );
  }
  if (field === 'contacts') return <PlainFieldValue value={(value as Values['contacts']).map((person) => person.name)} />;
  if (field === 'linkedTargets') return <PlainFieldValue value={(value as Values['linkedTargets']).map((link) => link.targetCode)} />;
  return <PlainFieldValue value={value} />;
}

/** Editing a project: for its contact persons and the management; others are told they can only read it. */
export function ProjectEditing({ project, edits }: { project: Project; edits: readonly RecordOutboxEntry<'project'>[] }) {
  const { t } = useI18n();
  const user = useSessionStore((state) => state.user);
  const canEdit = user !== null && canEditRecord(user, recordContactNames(project));
  return (
    <RecordEditPanel
      entries={edits}
      canEdit={canEdit}
      labels={{ open: t('projects.edit.open'), readOnly: t('projects.edit.readOnly'), conflictTitle: t('projects.conflict.title') }}
      display={{
        label: (field) => t(`projects.fields.${field as ProjectEditableField}`),
        value: (field, value) => <ProjectFieldValue field={field} value={value} />,
      }}
      form={({ onSaved, onCancel }) => <ProjectEditForm project={project} onSaved={onSaved} onCancel={onCancel} />}
    />
  );
}
