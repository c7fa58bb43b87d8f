import type { Goal, Plan, Theme } from '../src/domain/plan';
import type { Target } from '../src/domain/target';

/** Small valid entities for unit tests; override only what the test is about. */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    title: 'Esimerkkisuunnitelma 2021',
    organisation: 'Esimerkkikaupunki',
    sector: 'Kasvatuksen ja oppimisen toimiala',
    reportingYear: 2021,
    reportDate: '2022-02-02',
    baselineLabel: 'Lähtötaso v:n 2019 loppu',
    targetLevelLabel: 'Tavoitetaso 2021',
    periodLabel: '1.1. - 31.12.2021',
    illustrative: true,
    ...overrides,
  };
}

export function makeTheme(overrides: Partial<Theme> = {}): Theme {
  return { id: 'theme-1', planId: 'plan-1', title: 'Edistämme asukkaiden hyvinvointia', order: 1, ...overrides };
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return { id: 'goal-1', planId: 'plan-1', themeId: 'theme-1', number: '12', title: 'Hyvinvointierot vähenevät', order: 1, ...overrides };
}

export function makeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: 'target-1',
    planId: 'plan-1',
    goalId: 'goal-1',
    code: '12.1',
    order: 1,
    title: 'Tavoite',
    metric: 'Mittari',
    baseline: 'Lähtötaso',
    targetLevel: 'Tavoitetaso',
    responsiblePersons: ['Katri Kalske'],
    reportingResponsible: null,
    keyActions: '',
    metricStatus: '',
    status: 'notAssessed',
    indicators: [],
    version: 1,
    updatedAt: '2022-02-02T10:00:00.000Z',
    updatedBy: 'Katri Kalske',
    ...overrides,
  };
}
