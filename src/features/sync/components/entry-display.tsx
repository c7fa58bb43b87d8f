import type { ReactNode } from 'react';
import type { MeasureEditableField, ProjectEditableField } from '../../../domain/record-changes';
import type { TargetEditableField } from '../../../domain/target';
import { useI18n } from '../../../i18n/i18n';
import type { AnyOutboxEntry } from '../../../offline/db';
import type { EditedLabel } from '../edited-labels';

export interface EntryDisplay {
  /** The page where the edit can be seen and, for a conflict, resolved. */
  path: string;
  title: ReactNode;
  /** The changed fields' names in the user's language. */
  fields: string[];
  failedHelp: string;
  conflictHelp: string;
}

const encode = encodeURIComponent;

/** How one unsynced edit reads in the panel: a target, a measure ("Toimenpide 91: …"), a project or a plan import. */
export function useEntryDisplay(entry: AnyOutboxEntry, label: EditedLabel | undefined): EntryDisplay {
  const { t } = useI18n();
  const changed = Object.keys(entry.changes);
  const record = { failedHelp: t('sync.recordFailedHelp'), conflictHelp: t('sync.recordConflictHelp') };
  switch (entry.entity) {
    case 'measure':
      return {
        ...record,
        path: `/measures/${encode(entry.entityId)}`,
        title: label ? t('sync.entries.measure', { number: label.code ?? '', title: label.title }) : t('sync.unknownMeasure', { id: entry.entityId }),
        fields: changed.map((field) => t(`measures.fields.${field as MeasureEditableField}`)),
      };
    case 'project':
      return {
        ...record,
        path: `/projects/${encode(entry.entityId)}`,
        title: label ? t('sync.entries.project', { name: label.title }) : t('sync.unknownProject', { id: entry.entityId }),
        fields: changed.map((field) => t(`projects.fields.${field as ProjectEditableField}`)),
      };
    case 'planImport':
      return {
        path: `/plans/${encode(entry.entityId)}`,
        title: entry.payload ? t('sync.entries.planImport', { title: entry.payload.plan.title }) : t('sync.unknownPlanImport', { id: entry.entityId }),
        fields: [t('sync.wholePlan', { count: entry.payload?.targets.length ?? 0 })],
        failedHelp: t('sync.importFailedHelp'),
        conflictHelp: t('sync.conflictHelp'),
      };
    default:
      return {
        path: `/plans/${encode(entry.planId)}/targets/${encode(entry.entityId)}`,
        title: label ? (
          <>
            <span className="target-code">{label.code}</span> {label.title}
          </>
        ) : (
          t('sync.unknownTarget', { id: entry.entityId })
        ),
        fields: changed.map((field) => t(`fields.${field as TargetEditableField}`)),
        failedHelp: t('sync.failedHelp'),
        conflictHelp: t('sync.conflictHelp'),
      };
  }
}
