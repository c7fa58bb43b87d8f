import { useId } from 'react';
import type { Measure } from '../../../domain/measure';
import { TEXT_MAX_LENGTH } from '../../../domain/target';
import { EditInput, EditTextArea } from '../../../components/record-edit/edit-fields';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { tasksToDo, type MeasureFormState } from '../measure-edit';

interface MeasureTaskFieldsProps {
  measure: Measure;
  state: MeasureFormState;
  errors: Record<string, string>;
  onChange: (change: Partial<MeasureFormState>) => void;
}

/** The task timeline's part of the form: tick tasks to do as done, and add a new task. */
export function MeasureTaskFields({ measure, state, errors, onChange }: MeasureTaskFieldsProps) {
  const { t, language } = useI18n();
  const id = useId();
  const toDo = tasksToDo(measure);
  const setNewTask = (change: Partial<MeasureFormState['newTask']>) => onChange({ newTask: { ...state.newTask, ...change } });
  const toggle = (taskId: string, done: boolean) =>
    onChange({ markedDone: done ? [...state.markedDone, taskId] : state.markedDone.filter((marked) => marked !== taskId) });

  return (
    <>
      <fieldset className="edit-form__tasks">
        <legend>{t('measures.edit.tasksToDo')}</legend>
        {toDo.length === 0 && <p>{t('measures.edit.noTasksToDo')}</p>}
        {toDo.map((task) => (
          <label key={task.id} className="status-checkbox">
            <input type="checkbox" checked={state.markedDone.includes(task.id)} onChange={(event) => toggle(task.id, event.target.checked)} />
            <span>
              {t('measures.edit.markDone', { title: task.title })} <span className="field__hint">({formatDate(task.date, language)})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="edit-form__new-task" aria-describedby={`${id}-hint`}>
        <legend>{t('measures.edit.newTask')}</legend>
        <p id={`${id}-hint`} className="field__hint">
          {t('measures.edit.newTaskHint')}
        </p>
        <EditInput
          id={`${id}-date`}
          type="date"
          label={t('measures.edit.taskDate')}
          value={state.newTask.date}
          error={errors['newTask.date']}
          onChange={(date) => setNewTask({ date })}
        />
        <EditInput
          id={`${id}-title`}
          label={t('measures.edit.taskTitle')}
          value={state.newTask.title}
          error={errors['newTask.title']}
          onChange={(title) => setNewTask({ title })}
        />
        <EditTextArea
          id={`${id}-text`}
          label={t('measures.edit.taskText')}
          value={state.newTask.text}
          maxLength={TEXT_MAX_LENGTH}
          rows={3}
          error={errors['newTask.text']}
          onChange={(text) => setNewTask({ text })}
        />
        <label className="status-checkbox">
          <input type="checkbox" checked={state.newTask.done} onChange={(event) => setNewTask({ done: event.target.checked })} />
          <span>{t('measures.edit.taskDone')}</span>
        </label>
      </fieldset>
    </>
  );
}
