import { describe, expect, it } from 'vitest';
import {
  addMonths,
  budgetTotalsByFunder,
  endsWithinMonths,
  filterProjects,
  isActiveOn,
  ownFinancingCheck,
  projectSchema,
  sortByEndDate,
  type Project,
  type ProjectBudget,
} from './project';

const budget: ProjectBudget = {
  total: 1_000_000,
  totalAsWritten: 'noin 1 000 000 €',
  cityShare: 309_792,
  ownFinancingPercent: 30,
  ownFinancingBase: 'cityShare',
  ownFinancingAmount: 92_938,
};

function project(id: string, start: string, end: string, overrides: Partial<Project> = {}): Project {
  return {
    id,
    name: `Hanke ${id}`,
    sector: 'Perusopetus',
    funders: ['Opetushallitus'],
    period: { start, end, startPrecision: 'day', endPrecision: 'day', asWritten: `${start}–${end}` },
    coordinator: null,
    partners: [],
    goals: '',
    contacts: [],
    budget: null,
    decisionReference: null,
    responsibleUnit: null,
    source: 'testi',
    linkedTargets: [],
    version: 1,
    updatedAt: '2021-01-01T00:00:00.000Z',
    updatedBy: 'testi',
    ...overrides,
  };
}

describe('own financing', () => {
  it('computes 30 % of 309 792 € as 92 938 € and agrees with the stated amount', () => {
    expect(ownFinancingCheck(budget)).toEqual({ base: 309_792, percent: 30, computed: 92_938, stated: 92_938, matches: true });
  });

  it('says when the stated amount differs from the computed one', () => {
    expect(ownFinancingCheck({ ...budget, ownFinancingAmount: 92_937 })).toMatchObject({ computed: 92_938, matches: false });
  });

  it('takes the percentage of the total when the budget says so, and cannot without a total', () => {
    expect(ownFinancingCheck({ ...budget, ownFinancingBase: 'total', ownFinancingAmount: 300_000 })).toMatchObject({ computed: 300_000, matches: true });
    expect(ownFinancingCheck({ ...budget, ownFinancingBase: 'total', total: null })).toBeNull();
  });

  it('rounds half a euro up and copes with fractional percentages', () => {
    expect(ownFinancingCheck({ ...budget, cityShare: 5, ownFinancingPercent: 10, ownFinancingAmount: 1 })?.computed).toBe(1);
    expect(ownFinancingCheck({ ...budget, cityShare: 1000, ownFinancingPercent: 12.5, ownFinancingAmount: 125 })?.matches).toBe(true);
  });
});

describe('dates', () => {
  const pedtech = project('p', '2020-03-01', '2021-12-31');

  it('is active on its first and last day and not outside them', () => {
    expect(isActiveOn(pedtech, '2020-03-01')).toBe(true);
    expect(isActiveOn(pedtech, '2021-12-31')).toBe(true);
    expect(isActiveOn(pedtech, '2020-02-29')).toBe(false);
    expect(isActiveOn(pedtech, '2022-01-01')).toBe(false);
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2021-08-31', 6)).toBe('2022-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2021-10-15', 3)).toBe('2022-01-15');
    expect(addMonths('2021-01-31', 12)).toBe('2022-01-31');
  });

  it('ends within N months only when it has not ended yet', () => {
    expect(endsWithinMonths(pedtech, '2021-10-01', 3)).toBe(true);
    expect(endsWithinMonths(pedtech, '2021-09-30', 3)).toBe(false);
    expect(endsWithinMonths(pedtech, '2021-12-31', 3)).toBe(true);
    expect(endsWithinMonths(pedtech, '2022-01-01', 12)).toBe(false);
  });
});

describe('portfolio', () => {
  const a = project('a', '2019-01-01', '2021-06-30', { funders: ['Opetushallitus', 'ESR'], budget });
  const b = project('b', '2018-01-01', '2021-06-30', { name: 'Aakkoset' });
  const c = project('c', '2020-01-01', '2020-12-31', { funders: ['ESR'], budget: { ...budget, cityShare: 100, ownFinancingAmount: 30 } });

  it('sorts by end date, then start date, either way, without touching the input', () => {
    const input = [a, b, c];
    expect(sortByEndDate(input).map((item) => item.id)).toEqual(['c', 'b', 'a']);
    expect(sortByEndDate(input, 'descending').map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(input.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('sums the budgets per funder and counts a project with two funders for both', () => {
    expect(budgetTotalsByFunder([a, b, c])).toEqual([
      { funder: 'ESR', projectCount: 2, budgetedCount: 2, cityShare: 309_892, ownFinancing: 92_968 },
      { funder: 'Opetushallitus', projectCount: 2, budgetedCount: 1, cityShare: 309_792, ownFinancing: 92_938 },
    ]);
  });

  it('filters by funder, sector, active date and linked target together', () => {
    const linked = project('d', '2021-01-01', '2021-12-31', {
      sector: 'Lukio',
      linkedTargets: [{ planId: 'p', targetId: 't', targetCode: '1.1', illustrative: true }],
    });
    const all = [a, b, c, linked];
    const none = { funder: null, sector: null, activeOn: null, target: null };
    expect(filterProjects(all, { ...none, funder: 'ESR' }).map((item) => item.id)).toEqual(['a', 'c']);
    expect(filterProjects(all, { ...none, sector: 'Lukio' }).map((item) => item.id)).toEqual(['d']);
    expect(filterProjects(all, { ...none, activeOn: '2020-06-01' }).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(filterProjects(all, { ...none, target: 'p/t' }).map((item) => item.id)).toEqual(['d']);
    expect(filterProjects(all, { ...none, funder: 'ESR', activeOn: '2021-01-01' }).map((item) => item.id)).toEqual(['a']);
  });

  it('rejects a period that ends before it starts', () => {
    expect(projectSchema.safeParse(project('x', '2021-01-01', '2020-01-01')).success).toBe(false);
    expect(projectSchema.safeParse(project('x', '2020-01-01', '2021-01-01')).success).toBe(true);
  });
});
