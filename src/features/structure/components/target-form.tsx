import { useState } from 'react';
import type { Goal } from '../../../domain/plan';
import { CODE_TAKEN_ERROR, isCodeTaken, newTargetSchema, suggestTargetCode } from '../../../domain/plan-structure';
import { structureClient } from '../../../api/structure-client';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFieldErrorText } from '../use-field-error-text';
import { useStructureForm } from '../use-structure-form';
import { FormShell } from './form-shell';
import { TextField } from './text-field';

const OPTIONAL_TEXTS = ['metric', 'baseline', 'targetLevel'] as const;

/** "Anna A, Bertta B" → ["Anna A", "Bertta B"] */
const namesFrom = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** Adds a binding target under a strategic goal: code and name, and optionally its metric, levels and people. */
export function TargetForm({ goal, onDone, onCancel }: { goal: Goal; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { planId, data } = useStructure();
  const form = useStructureForm();
  const errorText = useFieldErrorText();
  const [code, setCode] = useState(() => suggestTargetCode(goal, data.targets));
  const [title, setTitle] = useState('');
  const [texts, setTexts] = useState<Record<(typeof OPTIONAL_TEXTS)[number], string>>({ metric: '', baseline: '', targetLevel: '' });
  const [persons, setPersons] = useState('');
  const messageFor = (field: string) => {
    const error = form.errorFor(field);
    return error && errorText(error, { code: code.trim() });
  };

  async function save() {
    const optional = Object.fromEntries(OPTIONAL_TEXTS.filter((field) => texts[field].trim() !== '').map((field) => [field, texts[field]]));
    const names = namesFrom(persons);
    const saved = await form.submit({
      schema: newTargetSchema,
      values: { goalId: goal.id, code: code.trim(), title, ...optional, ...(names.length > 0 ? { responsiblePersons: names } : {}) },
      extraErrors: isCodeTaken(code, data.targets) ? [CODE_TAKEN_ERROR] : [],
      send: (body) => structureClient.addTarget(planId, body),
      done: t('structure.done.added', { name: t('structure.names.target', { code: code.trim() }) }),
    });
    if (saved) onDone();
  }

  return (
    <FormShell
      legend={t('structure.forms.addTargetTo', { number: goal.number })}
      formRef={form.formRef}
      problem={form.problem}
      busy={form.busy}
      submitLabel={t('structure.forms.add')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextField label={t('structure.fields.code')} hint={t('structure.fields.codeHint')} value={code} onChange={setCode} error={messageFor('code')} autoFocus />
      <TextField label={t('structure.fields.targetTitle')} value={title} onChange={setTitle} error={messageFor('title')} />
      {OPTIONAL_TEXTS.map((field) => (
        <TextField
          key={field}
          label={t(`structure.fields.${field}`)}
          optional
          value={texts[field]}
          onChange={(value) => setTexts((previous) => ({ ...previous, [field]: value }))}
          error={messageFor(field)}
        />
      ))}
      <TextField
        label={t('structure.fields.responsiblePersons')}
        hint={t('structure.fields.responsiblePersonsHint')}
        optional
        value={persons}
        onChange={setPersons}
        error={messageFor('responsiblePersons')}
      />
    </FormShell>
  );
}
