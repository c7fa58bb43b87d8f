import { useState } from 'react';
import type { Goal } from '../../../domain/plan';
import { goalChangesSchema, newGoalSchema } from '../../../domain/plan-structure';
import { structureClient } from '../../../api/structure-client';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFieldErrorText } from '../use-field-error-text';
import { useStructureForm } from '../use-structure-form';
import { FormShell } from './form-shell';
import { SelectField, TextField } from './text-field';

interface GoalFormProps {
  /** The theme a new goal goes under. */
  themeId: string;
  /** The goal to edit; without it the form adds one. */
  goal?: Goal;
  onDone: () => void;
  onCancel: () => void;
}

/** Adds a strategic goal under a theme, or edits one (number, name, and the theme it belongs to). */
export function GoalForm({ themeId, goal, onDone, onCancel }: GoalFormProps) {
  const { t } = useI18n();
  const { planId, data } = useStructure();
  const form = useStructureForm();
  const errorText = useFieldErrorText();
  const [number, setNumber] = useState(goal?.number ?? '');
  const [title, setTitle] = useState(goal?.title ?? '');
  const [chosenTheme, setChosenTheme] = useState(goal?.themeId ?? themeId);
  const messageFor = (field: string) => {
    const error = form.errorFor(field);
    return error && errorText(error);
  };
  const themeName = data.themes.find((theme) => theme.id === themeId)?.title ?? '';

  async function save() {
    const name = t('structure.names.goal', { number: number.trim() });
    const saved = goal
      ? await form.submit({
          schema: goalChangesSchema,
          values: { number, title, ...(chosenTheme !== goal.themeId ? { themeId: chosenTheme } : {}) },
          send: (changes) => structureClient.updateGoal(goal.id, changes),
          done: t('structure.done.saved', { name }),
        })
      : await form.submit({
          schema: newGoalSchema,
          values: { themeId, number, title },
          send: (body) => structureClient.addGoal(planId, body),
          done: t('structure.done.added', { name }),
        });
    if (saved) onDone();
  }

  return (
    <FormShell
      legend={goal ? t('structure.forms.editGoal', { number: goal.number }) : t('structure.forms.addGoalTo', { name: themeName })}
      formRef={form.formRef}
      problem={form.problem}
      busy={form.busy}
      submitLabel={goal ? t('structure.forms.save') : t('structure.forms.add')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextField label={t('structure.fields.goalNumber')} value={number} onChange={setNumber} error={messageFor('number')} autoFocus />
      <TextField label={t('structure.fields.goalTitle')} value={title} onChange={setTitle} error={messageFor('title')} />
      {goal && (
        <SelectField
          label={t('structure.fields.theme')}
          value={chosenTheme}
          onChange={setChosenTheme}
          error={messageFor('themeId')}
          options={[...data.themes].sort((a, b) => a.order - b.order).map((theme) => ({ value: theme.id, label: theme.title }))}
        />
      )}
    </FormShell>
  );
}
