import { parseNumberInput, formatNumberInput } from '../../domain/number-input';
import { ownFinancingCheck, type Project, type ProjectBudget, type ProjectPeriod } from '../../domain/project';
import type { ProjectChanges } from '../../domain/record-changes';
import { linesOf, sameValue } from '../../components/record-edit/edit-fields';
import { formatPeriod } from './format';

export interface BudgetFormState {
  total: string;
  cityShare: string;
  percent: string;
  base: ProjectBudget['ownFinancingBase'];
  amount: string;
}

/** What the project form holds: texts as typed, so nothing is lost while the user fixes an error. */
export interface ProjectFormState {
  goals: string;
  coordinator: string;
  responsibleUnit: string;
  decisionReference: string;
  funders: string;
  partners: string;
  start: string;
  end: string;
  /** Null when the project has no budget: the form then offers none. */
  budget: BudgetFormState | null;
}

export function formStateOf(project: Project, locale: string): ProjectFormState {
  const number = (value: number | null) => (value === null ? '' : formatNumberInput(value, locale));
  return {
    goals: project.goals,
    coordinator: project.coordinator ?? '',
    responsibleUnit: project.responsibleUnit ?? '',
    decisionReference: project.decisionReference ?? '',
    funders: project.funders.join('\n'),
    partners: project.partners.join('\n'),
    start: project.period.start,
    end: project.period.end,
    budget: project.budget && {
      total: number(project.budget.total),
      cityShare: number(project.budget.cityShare),
      percent: number(project.budget.ownFinancingPercent),
      base: project.budget.ownFinancingBase,
      amount: number(project.budget.ownFinancingAmount),
    },
  };
}

/** What the form itself finds wrong with a number, by field path. */
export type NumberProblem = 'wholeEuros' | 'percentRange';

const euros = (text: string): number | null => {
  const value = parseNumberInput(text);
  return value === null || (Number.isInteger(value) && value >= 0) ? value : Number.NaN;
};

/** The budget the form describes, or the numbers it cannot read. */
export function budgetFrom(previous: ProjectBudget, state: BudgetFormState): { budget: ProjectBudget | null; problems: Record<string, NumberProblem> } {
  const problems: Record<string, NumberProblem> = {};
  const total = euros(state.total);
  const cityShare = euros(state.cityShare);
  const amount = euros(state.amount);
  const percent = parseNumberInput(state.percent);
  if (Number.isNaN(total)) problems['budget.total'] = 'wholeEuros';
  if (cityShare === null || Number.isNaN(cityShare)) problems['budget.cityShare'] = 'wholeEuros';
  if (amount === null || Number.isNaN(amount)) problems['budget.ownFinancingAmount'] = 'wholeEuros';
  if (percent === null || Number.isNaN(percent) || percent < 0 || percent > 100) problems['budget.ownFinancingPercent'] = 'percentRange';
  if (Object.keys(problems).length > 0) return { budget: null, problems };
  const budget: ProjectBudget = {
    ...previous,
    total,
    // The source's wording of the total ("noin 1 000 000 €") no longer holds once the total is changed.
    totalAsWritten: total === previous.total ? previous.totalAsWritten : null,
    cityShare: cityShare as number,
    ownFinancingPercent: percent as number,
    ownFinancingBase: state.base,
    ownFinancingAmount: amount as number,
  };
  return { budget, problems };
}

/** The own financing the budget fields give, for the hint beside the amount; null when it cannot be computed. */
export function computedOwnFinancing(previous: ProjectBudget, state: BudgetFormState): number | null {
  const { budget } = budgetFrom(previous, { ...state, amount: state.amount.trim() === '' ? '0' : state.amount });
  return budget ? (ownFinancingCheck(budget)?.computed ?? null) : null;
}

function periodFrom(previous: ProjectPeriod, start: string, end: string): ProjectPeriod {
  if (start === previous.start && end === previous.end) return previous;
  const period = {
    start,
    end,
    startPrecision: start === previous.start ? previous.startPrecision : ('day' as const),
    endPrecision: end === previous.end ? previous.endPrecision : ('day' as const),
  };
  // "As written" is what the source said; a period changed here is written the way the app shows it in Finnish.
  return { ...period, asWritten: formatPeriod({ ...period, asWritten: '' }, 'fi') };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Only the fields the user changed, as the server expects them, and the numbers the form could not read. */
export function changesFrom(project: Project, state: ProjectFormState): { changes: ProjectChanges; problems: Record<string, NumberProblem> } {
  const changes: ProjectChanges = {};
  if (state.goals !== project.goals) changes.goals = state.goals;
  if (orNull(state.coordinator) !== project.coordinator) changes.coordinator = orNull(state.coordinator);
  if (orNull(state.responsibleUnit) !== project.responsibleUnit) changes.responsibleUnit = orNull(state.responsibleUnit);
  if (orNull(state.decisionReference) !== project.decisionReference) changes.decisionReference = orNull(state.decisionReference);
  const funders = linesOf(state.funders);
  if (!sameValue(funders, project.funders)) changes.funders = funders;
  const partners = linesOf(state.partners);
  if (!sameValue(partners, project.partners)) changes.partners = partners;
  const period = periodFrom(project.period, state.start, state.end);
  if (period !== project.period) changes.period = period;
  let problems: Record<string, NumberProblem> = {};
  if (project.budget && state.budget) {
    const result = budgetFrom(project.budget, state.budget);
    problems = result.problems;
    if (result.budget && !sameValue(result.budget, project.budget)) changes.budget = result.budget;
  }
  return { changes, problems };
}
