import { useId } from 'react';
import type { ProjectBudget } from '../../../domain/project';
import { EditInput } from '../../../components/record-edit/edit-fields';
import { useI18n } from '../../../i18n/i18n';
import { formatEuros } from '../format';
import { computedOwnFinancing, type BudgetFormState } from '../project-edit';

interface ProjectBudgetFieldsProps {
  budget: ProjectBudget;
  state: BudgetFormState;
  errors: Record<string, string>;
  onChange: (state: BudgetFormState) => void;
}

/** The budget figures in whole euros, with the own financing computed as the user types. */
export function ProjectBudgetFields({ budget, state, errors, onChange }: ProjectBudgetFieldsProps) {
  const { t, language } = useI18n();
  const id = useId();
  const set = (change: Partial<BudgetFormState>) => onChange({ ...state, ...change });
  const computed = computedOwnFinancing(budget, state);
  const computedText = computed === null ? t('projects.edit.notComputable') : t('projects.edit.computed', { amount: formatEuros(computed, language) });
  return (
    <fieldset className="edit-form__budget">
      <legend>{t('projects.edit.budget')}</legend>
      <EditInput
        id={`${id}-total`}
        label={t('projects.edit.total')}
        hint={t('projects.edit.totalHint')}
        inputMode="numeric"
        value={state.total}
        error={errors['budget.total']}
        onChange={(total) => set({ total })}
      />
      <EditInput
        id={`${id}-city-share`}
        label={t('projects.edit.cityShare')}
        inputMode="numeric"
        value={state.cityShare}
        error={errors['budget.cityShare']}
        onChange={(cityShare) => set({ cityShare })}
      />
      <EditInput
        id={`${id}-percent`}
        label={t('projects.edit.ownFinancingPercent')}
        inputMode="decimal"
        value={state.percent}
        error={errors['budget.ownFinancingPercent']}
        onChange={(percent) => set({ percent })}
      />
      <div className="field">
        <label htmlFor={`${id}-base`}>{t('projects.edit.ownFinancingBase')}</label>
        <select id={`${id}-base`} value={state.base} onChange={(event) => set({ base: event.target.value as BudgetFormState['base'] })}>
          <option value="cityShare">{t('projects.edit.baseCityShare')}</option>
          <option value="total">{t('projects.edit.baseTotal')}</option>
        </select>
      </div>
      <EditInput
        id={`${id}-amount`}
        label={t('projects.edit.ownFinancingAmount')}
        hint={computedText}
        inputMode="numeric"
        value={state.amount}
        error={errors['budget.ownFinancingAmount']}
        onChange={(amount) => set({ amount })}
      />
    </fieldset>
  );
}
