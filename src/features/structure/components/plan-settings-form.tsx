import { useState } from 'react';
import { planSettingsErrors, planSettingsSchema, withPlanSettings } from '../../../domain/plan-structure';
import { DEFAULT_STALE_AFTER_DAYS, DEFAULT_UPDATE_INTERVAL_DAYS } from '../../../domain/staleness';
import { structureClient } from '../../../api/structure-client';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';
import { useFieldErrorText } from '../use-field-error-text';
import { useStructureForm } from '../use-structure-form';
import { FormShell } from './form-shell';
import { TextField } from './text-field';

/** "" → null (the default applies); whole numbers as numbers; anything else NaN, which the schema refuses. */
const daysFrom = (text: string): number | null => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The plan's update rules: how often targets should be updated and when they count as stale. */
export function PlanSettingsForm() {
  const { t } = useI18n();
  const { planId, data } = useStructure();
  const form = useStructureForm();
  const errorText = useFieldErrorText();
  const [interval, setIntervalText] = useState(data.plan.updateIntervalDays?.toString() ?? '');
  const [staleAfter, setStaleAfter] = useState(data.plan.staleAfterDays?.toString() ?? '');
  const messageFor = (field: string) => {
    const error = form.errorFor(field);
    return error && errorText(error);
  };

  function save() {
    const settings = { updateIntervalDays: daysFrom(interval), staleAfterDays: daysFrom(staleAfter) };
    const parsed = planSettingsSchema.safeParse(settings);
    void form.submit({
      schema: planSettingsSchema,
      values: settings,
      extraErrors: parsed.success ? planSettingsErrors(withPlanSettings(data.plan, parsed.data)) : [],
      send: (valid) => structureClient.updatePlanSettings(planId, valid),
      done: t('structure.done.settings'),
    });
  }

  return (
    <section className="structure-settings" aria-labelledby="structure-settings-title">
      <h2 id="structure-settings-title">{t('structure.settings.title')}</h2>
      <p>{t('structure.settings.intro')}</p>
      <FormShell
        legend={t('structure.settings.title')}
        formRef={form.formRef}
        problem={form.problem}
        busy={form.busy}
        submitLabel={t('structure.settings.save')}
        onSubmit={save}
      >
        <TextField
          label={t('structure.settings.updateIntervalDays')}
          hint={t('structure.settings.defaultHint', { days: DEFAULT_UPDATE_INTERVAL_DAYS })}
          inputMode="numeric"
          value={interval}
          onChange={setIntervalText}
          error={messageFor('updateIntervalDays')}
        />
        <TextField
          label={t('structure.settings.staleAfterDays')}
          hint={t('structure.settings.defaultHint', { days: DEFAULT_STALE_AFTER_DAYS })}
          inputMode="numeric"
          value={staleAfter}
          onChange={setStaleAfter}
          error={messageFor('staleAfterDays')}
        />
      </FormShell>
    </section>
  );
}
