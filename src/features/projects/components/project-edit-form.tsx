import { useId, useState } from 'react';
import type { FieldError } from '../../../domain/field-errors';
import type { Project } from '../../../domain/project';
import { TEXT_MAX_LENGTH } from '../../../domain/target';
import { EditInput, EditTextArea } from '../../../components/record-edit/edit-fields';
import { EditFormFrame } from '../../../components/record-edit/edit-form-frame';
import { useRecordSave } from '../../../components/record-edit/use-record-save';
import { useI18n } from '../../../i18n/i18n';
import { LOCALES } from '../../../i18n/languages';
import { formatEuros } from '../format';
import { changesFrom, computedOwnFinancing, formStateOf, type ProjectFormState } from '../project-edit';
import { ProjectBudgetFields } from './project-budget-fields';

interface ProjectEditFormProps {
  project: Project;
  onSaved: () => void;
  onCancel: () => void;
}

/** The first error at `path` or below it ("partners" also shows "partners.2"). */
function errorAt(errors: Record<string, string>, path: string): string | undefined {
  const key = Object.keys(errors).find((field) => field === path || field.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}

/** Updates a project (goals, people, period, budget); stored on this device first, synced later. */
export function ProjectEditForm({ project, onSaved, onCancel }: ProjectEditFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [state, setState] = useState(() => formStateOf(project, LOCALES[language]));
  const update = (change: Partial<ProjectFormState>) => setState((current) => ({ ...current, ...change }));

  // The rules the schema checks, said in this form's own words.
  const describe = (error: FieldError) => {
    if (error.field === 'period.end' && error.code === 'invalid' && state.start !== '' && state.end !== '') return t('projects.edit.periodOrder');
    if (error.field === 'budget.ownFinancingAmount' && error.code === 'invalid' && project.budget && state.budget) {
      const computed = computedOwnFinancing(project.budget, state.budget);
      return computed === null ? undefined : t('projects.edit.ownFinancingMismatch', { amount: formatEuros(computed, language) });
    }
    return undefined;
  };
  const { save, fieldErrors, problem } = useRecordSave('project', project.id, { describe, onSaved });

  function submit() {
    const { changes, problems } = changesFrom(project, state);
    void save(changes, Object.fromEntries(Object.entries(problems).map(([field, problemKey]) => [field, t(`projects.edit.${problemKey}`)])));
  }

  const textField = (field: 'coordinator' | 'responsibleUnit' | 'decisionReference') => (
    <EditInput
      id={`${id}-${field}`}
      label={t(`projects.fields.${field}`)}
      hint={t('projects.edit.emptyIsNone')}
      value={state[field]}
      error={errorAt(fieldErrors, field)}
      onChange={(value) => update({ [field]: value })}
    />
  );
  const listField = (field: 'funders' | 'partners') => (
    <EditTextArea
      id={`${id}-${field}`}
      label={t(`projects.fields.${field}`)}
      hint={t('projects.edit.linesHint')}
      value={state[field]}
      maxLength={TEXT_MAX_LENGTH}
      rows={4}
      error={errorAt(fieldErrors, field)}
      onChange={(value) => update({ [field]: value })}
    />
  );

  return (
    <EditFormFrame title={t('projects.edit.title', { name: project.name })} problem={problem} onSubmit={submit} onCancel={onCancel}>
      <EditTextArea
        id={`${id}-goals`}
        label={t('projects.fields.goals')}
        value={state.goals}
        maxLength={TEXT_MAX_LENGTH}
        error={errorAt(fieldErrors, 'goals')}
        onChange={(goals) => update({ goals })}
      />
      <fieldset className="edit-form__period">
        <legend>{t('projects.fields.period')}</legend>
        <EditInput
          id={`${id}-start`}
          type="date"
          label={t('projects.edit.periodStart')}
          value={state.start}
          error={errorAt(fieldErrors, 'period.start')}
          onChange={(start) => update({ start })}
        />
        <EditInput
          id={`${id}-end`}
          type="date"
          label={t('projects.edit.periodEnd')}
          value={state.end}
          error={errorAt(fieldErrors, 'period.end')}
          onChange={(end) => update({ end })}
        />
      </fieldset>
      {textField('coordinator')}
      {textField('responsibleUnit')}
      {textField('decisionReference')}
      {listField('funders')}
      {listField('partners')}
      {project.budget && state.budget && (
        <ProjectBudgetFields budget={project.budget} state={state.budget} errors={fieldErrors} onChange={(budget) => update({ budget })} />
      )}
    </EditFormFrame>
  );
}
