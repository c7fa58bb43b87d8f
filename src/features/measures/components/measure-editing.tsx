import type { ReactNode } from 'react';
import { useSessionStore } from '../../../api/session-store';
import type { Measure } from '../../../domain/measure';
import { canEditRecord } from '../../../domain/permissions';
import { recordContactNames, type MeasureChanges, type MeasureEditableField } from '../../../domain/record-changes';
import { PlainFieldValue } from '../../../components/record-edit/record-conflict-view';
import { RecordEditPanel } from '../../../components/record-edit/record-edit-panel';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import type { RecordOutboxEntry } from '../../../offline/db';
import { ImpactBadge, ProgressBadge } from './measure-badges';
import { MeasureEditForm } from './measure-edit-form';

type Values = Required<MeasureChanges>;

/** One side of a conflicted measure field, as a reader would compare it. */
function MeasureFieldValue({ field, value }: { field: string; value: unknown }): ReactNode {
  const { t, language } = useI18n();
  if (value === undefined || value === null) return <PlainFieldValue value={value} />;
  if (field === 'progress') return <ProgressBadge progress={value as Values['progress']} />;
  if (field === 'impact') return <ImpactBadge impact={value as Values['impact']} />;
  if (field === 'timeline') {
    return (
      <ul className="plain-list">
        {(value as Values['timeline']).map((task) => (
          <li key={task.id}>
            {formatDate(task.date, language)} {task.title} ({t(task.done ? 'measures.edit.taskIsDone' : 'measures.edit.taskIsToDo')})
          </li>
        ))}
      </ul>
    );
  }
  if (field === 'linkedTargets') {
    return (
      <ul className="plain-list">
        {(value as Values['linkedTargets']).map((link) => (
          <li key={link.targetId} className="prewrap">
            {link.targetId}: {link.howItAffects}
          </li>
        ))}
      </ul>
    );
  }
  if (field === 'contacts') return <PlainFieldValue value={(value as Values['contacts']).map((person) => person.name)} />;
  return <PlainFieldValue value={value} />;
}

/** Editing a measure: for its contact persons and the management; others are told they can only read it. */
export function MeasureEditing({ measure, edits }: { measure: Measure; edits: readonly RecordOutboxEntry<'measure'>[] }) {
  const { t } = useI18n();
  const user = useSessionStore((state) => state.user);
  const canEdit = user !== null && canEditRecord(user, recordContactNames(measure));
  return (
    <RecordEditPanel
      entries={edits}
      canEdit={canEdit}
      labels={{ open: t('measures.edit.open'), readOnly: t('measures.edit.readOnly'), conflictTitle: t('measures.conflict.title') }}
      display={{
        label: (field) => t(`measures.fields.${field as MeasureEditableField}`),
        value: (field, value) => <MeasureFieldValue field={field} value={value} />,
      }}
      form={({ onSaved, onCancel }) => <MeasureEditForm measure={measure} onSaved={onSaved} onCancel={onCancel} />}
    />
  );
}
