import { useState } from 'react';
import type { Theme } from '../../../domain/plan';
import { newThemeSchema, themeChangesSchema } from '../../../domain/plan-structure';
import { structureClient } from '../../../api/structure-client';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFieldErrorText } from '../use-field-error-text';
import { useStructureForm } from '../use-structure-form';
import { FormShell } from './form-shell';
import { TextField } from './text-field';

/** Adds a theme to the plan, or renames `theme` when given. */
export function ThemeForm({ theme, onDone, onCancel }: { theme?: Theme; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { planId } = useStructure();
  const form = useStructureForm();
  const errorText = useFieldErrorText();
  const [title, setTitle] = useState(theme?.title ?? '');
  const error = form.errorFor('title');

  async function save() {
    const name = t('structure.names.theme', { title: title.trim() });
    const saved = theme
      ? await form.submit({
          schema: themeChangesSchema,
          values: { title },
          send: (changes) => structureClient.updateTheme(theme.id, changes),
          done: t('structure.done.saved', { name }),
        })
      : await form.submit({
          schema: newThemeSchema,
          values: { title },
          send: (body) => structureClient.addTheme(planId, body),
          done: t('structure.done.added', { name }),
        });
    if (saved) onDone();
  }

  return (
    <FormShell
      legend={theme ? t('structure.forms.editTheme') : t('structure.forms.addTheme')}
      formRef={form.formRef}
      problem={form.problem}
      busy={form.busy}
      submitLabel={theme ? t('structure.forms.save') : t('structure.forms.add')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextField label={t('structure.fields.themeTitle')} value={title} onChange={setTitle} error={error && errorText(error)} autoFocus />
    </FormShell>
  );
}
