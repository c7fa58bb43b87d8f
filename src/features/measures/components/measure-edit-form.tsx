import { useId, useState } from 'react';
import { IMPACTS, PROGRESSES, targetLinkKey, type Measure } from '../../../domain/measure';
import { TEXT_MAX_LENGTH } from '../../../domain/target';
import { EditInput, EditTextArea } from '../../../components/record-edit/edit-fields';
import { EditFormFrame } from '../../../components/record-edit/edit-form-frame';
import { useRecordSave } from '../../../components/record-edit/use-record-save';
import { useI18n } from '../../../i18n/i18n';
import { changesFrom, formStateOf, type MeasureFormState } from '../measure-edit';
import { useLinkedTargetLabels } from '../queries';
import { linkedTargetText } from './linked-target-label';
import { ImpactBadge, ProgressBadge } from './measure-badges';
import { MeasureTaskFields } from './measure-task-fields';

interface MeasureEditFormProps {
  measure: Measure;
  onSaved: () => void;
  onCancel: () => void;
}

/** The first error at `path` or below it ("metrics" also shows "metrics.2"). */
function errorAt(errors: Record<string, string>, path: string): string | undefined {
  const key = Object.keys(errors).find((field) => field === path || field.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}

/** Errors of the new task come back under its place in the timeline; they belong on the new-task fields. */
function withNewTaskErrors(errors: Record<string, string>, newTaskIndex: number | null): Record<string, string> {
  if (newTaskIndex === null) return errors;
  const prefix = `timeline.${newTaskIndex}.`;
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field.startsWith(prefix) ? `newTask.${field.slice(prefix.length)}` : field, message]));
}

/** Updates a measure (progress, impact, texts, tasks, effect on targets); stored on this device first, synced later. */
export function MeasureEditForm({ measure, onSaved, onCancel }: MeasureEditFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [state, setState] = useState(() => formStateOf(measure));
  const [newTaskIndex, setNewTaskIndex] = useState<number | null>(null);
  const { save, fieldErrors, problem } = useRecordSave('measure', measure.id, { onSaved });
  const targetLabels = useLinkedTargetLabels(measure.linkedTargets.map((link) => link.planId));
  const errors = withNewTaskErrors(fieldErrors, newTaskIndex);
  const update = (change: Partial<MeasureFormState>) => setState((current) => ({ ...current, ...change }));

  function submit() {
    const result = changesFrom(measure, state, () => crypto.randomUUID());
    setNewTaskIndex(result.newTaskIndex);
    void save(result.changes, result.missingTaskDate ? { 'newTask.date': t('measures.edit.taskDateRequired') } : {});
  }

  return (
    <EditFormFrame title={t('measures.edit.title', { number: measure.number })} problem={problem} onSubmit={submit} onCancel={onCancel}>
      <fieldset className="edit-form__statuses">
        <legend>{t('measures.fields.progress')}</legend>
        {PROGRESSES.map((option) => (
          <label key={option} className="status-checkbox">
            <input type="radio" name={`${id}-progress`} checked={state.progress === option} onChange={() => update({ progress: option })} />
            <ProgressBadge progress={option} />
          </label>
        ))}
      </fieldset>
      <fieldset className="edit-form__statuses">
        <legend>{t('measures.fields.impact')}</legend>
        {IMPACTS.map((option) => (
          <label key={option} className="status-checkbox">
            <input type="radio" name={`${id}-impact`} checked={state.impact === option} onChange={() => update({ impact: option })} />
            <ImpactBadge impact={option} />
          </label>
        ))}
      </fieldset>
      <EditTextArea
        id={`${id}-description`}
        label={t('measures.fields.description')}
        value={state.description}
        maxLength={TEXT_MAX_LENGTH}
        error={errorAt(errors, 'description')}
        onChange={(description) => update({ description })}
      />
      <EditInput
        id={`${id}-time-span`}
        label={t('measures.fields.timeSpan')}
        value={state.timeSpan}
        error={errorAt(errors, 'timeSpan')}
        onChange={(timeSpan) => update({ timeSpan })}
      />
      <EditTextArea
        id={`${id}-metrics`}
        label={t('measures.fields.metrics')}
        hint={t('measures.edit.linesHint')}
        value={state.metrics}
        maxLength={TEXT_MAX_LENGTH}
        rows={3}
        error={errorAt(errors, 'metrics')}
        onChange={(metrics) => update({ metrics })}
      />
      <EditTextArea
        id={`${id}-organisations`}
        label={t('measures.fields.responsibleOrganisations')}
        hint={t('measures.edit.linesHint')}
        value={state.organisations}
        maxLength={TEXT_MAX_LENGTH}
        rows={3}
        error={errorAt(errors, 'responsibleOrganisations')}
        onChange={(organisations) => update({ organisations })}
      />
      <MeasureTaskFields measure={measure} state={state} errors={errors} onChange={update} />
      {measure.linkedTargets.map((link, index) => {
        const key = targetLinkKey(link);
        return (
          <EditTextArea
            key={key}
            id={`${id}-link-${index}`}
            label={t('measures.edit.howItAffects', { target: linkedTargetText(link, targetLabels) })}
            value={state.howItAffects[key] ?? ''}
            maxLength={TEXT_MAX_LENGTH}
            rows={4}
            error={errorAt(errors, `linkedTargets.${index}`)}
            onChange={(text) => update({ howItAffects: { ...state.howItAffects, [key]: text } })}
          />
        );
      })}
    </EditFormFrame>
  );
}
