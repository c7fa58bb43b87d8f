import { useState } from 'react';
import type { Target } from '../../../domain/target';
import { CODE_TAKEN_ERROR, isCodeTaken, targetStructureChangesSchema } from '../../../domain/plan-structure';
import { structureClient } from '../../../api/structure-client';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFieldErrorText } from '../use-field-error-text';
import { useStructureForm } from '../use-structure-form';
import { FormShell } from './form-shell';
import { SelectField, TextField } from './text-field';

/** Changes a target's code and name, or moves it under another strategic goal of the plan. */
export function TargetStructureForm({ target, onDone, onCancel }: { target: Target; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { data } = useStructure();
  const form = useStructureForm();
  const errorText = useFieldErrorText();
  const [code, setCode] = useState(target.code);
  const [title, setTitle] = useState(target.title);
  const [goalId, setGoalId] = useState(target.goalId);
  const messageFor = (field: string) => {
    const error = form.errorFor(field);
    return error && errorText(error, { code: code.trim() });
  };
  const themeOrder = new Map(data.themes.map((theme) => [theme.id, theme.order]));
  const goals = [...data.goals].sort((a, b) => (themeOrder.get(a.themeId) ?? 0) - (themeOrder.get(b.themeId) ?? 0) || a.order - b.order);

  async function save() {
    const changes = {
      ...(code.trim() !== target.code ? { code: code.trim() } : {}),
      ...(title !== target.title ? { title } : {}),
      ...(goalId !== target.goalId ? { goalId } : {}),
    };
    if (Object.keys(changes).length === 0) return onDone();
    const saved = await form.submit({
      schema: targetStructureChangesSchema,
      values: changes,
      extraErrors: isCodeTaken(code, data.targets, target.id) ? [CODE_TAKEN_ERROR] : [],
      // Based on the version shown, so a colleague's change in between is not overwritten.
      send: (valid) => structureClient.updateTargetStructure(target.id, { baseVersion: target.version, changes: valid }),
      done: t('structure.done.saved', { name: t('structure.names.target', { code: code.trim() }) }),
    });
    if (saved) onDone();
  }

  return (
    <FormShell
      legend={t('structure.forms.editTarget', { code: target.code })}
      formRef={form.formRef}
      problem={form.problem}
      busy={form.busy}
      submitLabel={t('structure.forms.save')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextField label={t('structure.fields.code')} hint={t('structure.fields.codeHint')} value={code} onChange={setCode} error={messageFor('code')} autoFocus />
      <TextField label={t('structure.fields.targetTitle')} value={title} onChange={setTitle} error={messageFor('title')} />
      <SelectField
        label={t('structure.fields.goal')}
        value={goalId}
        onChange={setGoalId}
        error={messageFor('goalId')}
        options={goals.map((goal) => ({ value: goal.id, label: t('structure.goalHeading', { number: goal.number, title: goal.title }) }))}
      />
    </FormShell>
  );
}
