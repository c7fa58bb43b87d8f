import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { RecordOutboxEntry } from '../../offline/db';
import { syncStateByTarget } from '../../offline/pending';
import { EditSyncMarker } from './edit-sync-marker';
import { RecordConflictView, type ConflictFieldDisplay } from './record-conflict-view';

interface RecordEditPanelProps {
  /** This record's unsynced edits, oldest first. */
  entries: readonly RecordOutboxEntry[];
  canEdit: boolean;
  labels: { open: string; readOnly: string; conflictTitle: string };
  display: ConflictFieldDisplay;
  form: (done: { onSaved: () => void; onCancel: () => void }) => ReactNode;
}

/** The "not yet synced" marker of a record: the most serious state of its unsynced edits, if any. */
export function RecordSyncMarker({ entries }: { entries: readonly RecordOutboxEntry[] }) {
  const state = entries[0] ? syncStateByTarget(entries).get(entries[0].entityId) : undefined;
  return state ? <EditSyncMarker state={state} /> : null;
}

/**
 * Editing a measure or project like a target: an edit button for those allowed (a note for the others), the
 * form, a notice once the edit is stored on this device, and the conflict view when the server moved on.
 */
export function RecordEditPanel({ entries, canEdit, labels, display, form }: RecordEditPanelProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<'edit.saved' | 'conflict.resolved' | null>(null);
  const conflict = entries.find((entry) => entry.state === 'conflict');
  return (
    <>
      <p className={notice ? 'notice notice--success' : 'visually-hidden'} role="status">
        {notice ? t(notice) : ''}
      </p>
      {conflict && (
        <RecordConflictView
          key={conflict.id}
          entry={conflict}
          title={labels.conflictTitle}
          display={display}
          onResolved={() => setNotice('conflict.resolved')}
        />
      )}
      {editing ? (
        form({
          onSaved: () => {
            setEditing(false);
            setNotice('edit.saved');
          },
          onCancel: () => setEditing(false),
        })
      ) : canEdit ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {labels.open}
          </button>
        </p>
      ) : (
        <p className="read-only-note">{labels.readOnly}</p>
      )}
    </>
  );
}
