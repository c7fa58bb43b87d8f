import { describe, expect, it } from 'vitest';
import {
  createCachedTargetFilter,
  EMPTY_FILTERS,
  filterTargets,
  filtersFromSearchParams,
  filtersToSearchParams,
  isEmptyFilters,
  responsiblePersonsOf,
  targetSearchText,
  type TargetFilters,
} from './target-filters';
import type { Target } from './target';
import { makeGoal, makeTarget } from '../../test/factories';

const goals = [makeGoal({ id: 'g-8', themeId: 'th-1' }), makeGoal({ id: 'g-12', themeId: 'th-2' })];
const targets = [
  makeTarget({ id: 'a', code: '8.1', goalId: 'g-8', status: 'fully', title: 'Oppivelvollisuuden laajentaminen' }),
  makeTarget({
    id: 'b',
    code: '12.12',
    goalId: 'g-12',
    status: 'notAtAll',
    metricStatus: 'Keskeyttäneiden osuus 19,3 %',
    responsiblePersons: ['Riikka Åstrand'],
  }),
  makeTarget({
    id: 'c',
    code: '12.5',
    goalId: 'g-12',
    status: 'fully',
    responsiblePersons: ['Timo Aronkytö', 'Katri Kalske'],
    reportingResponsible: 'Timo Aronkytö',
  }),
];
const filter = (change: Partial<TargetFilters>) =>
  filterTargets(targets, goals, { ...EMPTY_FILTERS, ...change }).map((target) => target.code);

describe('filterTargets', () => {
  it('keeps everything with no filter', () => {
    expect(filter({})).toEqual(['8.1', '12.12', '12.5']);
  });

  it('filters by several statuses at once', () => {
    expect(filter({ statuses: ['notAtAll'] })).toEqual(['12.12']);
    expect(filter({ statuses: ['fully', 'notAtAll'] })).toEqual(['8.1', '12.12', '12.5']);
  });

  it('filters by theme through the goal, and by goal', () => {
    expect(filter({ themeId: 'th-2' })).toEqual(['12.12', '12.5']);
    expect(filter({ goalId: 'g-8' })).toEqual(['8.1']);
  });

  it('filters by responsible person, also the reporting person, ignoring diacritics', () => {
    expect(filter({ person: 'Riikka Astrand' })).toEqual(['12.12']);
    expect(filter({ person: 'Timo Aronkytö' })).toEqual(['12.5']);
  });

  it('searches all text fields Finnish-aware and combines with other filters', () => {
    expect(filter({ query: 'keskeyttaneiden' })).toEqual(['12.12']);
    expect(filter({ query: '12.12' })).toEqual(['12.12']);
    expect(filter({ query: 'kalske', statuses: ['fully'] })).toEqual(['8.1', '12.5']);
  });
});

describe('overdue filter', () => {
  it('keeps only the targets the given rule calls overdue', () => {
    const overdue = filterTargets(targets, goals, { ...EMPTY_FILTERS, overdueOnly: true }, undefined, (target) => target.code === '12.5');
    expect(overdue.map((target) => target.code)).toEqual(['12.5']);
  });
});

describe('createCachedTargetFilter', () => {
  const search = (filterRun: ReturnType<typeof createCachedTargetFilter>, change: Partial<TargetFilters>, lookup = targetSearchText) =>
    filterRun(targets, goals, { ...EMPTY_FILTERS, ...change }, lookup);

  it('gives the same array for equal filters, even as a new object', () => {
    const filterRun = createCachedTargetFilter();
    const first = search(filterRun, { query: 'kalske', statuses: ['fully'] });
    expect(search(filterRun, { query: ' Kalske ', statuses: ['fully'] })).toBe(first);
  });

  it('checks only the targets a shorter search kept while the text grows, with the same answers as a full run', () => {
    const filterRun = createCachedTargetFilter();
    const searched: string[] = [];
    const lookup = (target: Target) => {
      searched.push(target.code);
      return targetSearchText(target);
    };
    search(filterRun, { query: 'ka' }, lookup);
    const keptByShorter = filterTargets(targets, goals, { ...EMPTY_FILTERS, query: 'ka' }).map((target) => target.code);
    searched.length = 0;
    const longer = search(filterRun, { query: 'kalske' }, lookup);
    expect(searched).toEqual(keptByShorter);
    expect(longer).toEqual(filterTargets(targets, goals, { ...EMPTY_FILTERS, query: 'kalske' }));
  });

  it('starts again from every target when the search text shrinks or another filter changes', () => {
    const filterRun = createCachedTargetFilter();
    expect(search(filterRun, { query: 'keskeyttaneiden' }).map((target) => target.code)).toEqual(['12.12']);
    expect(search(filterRun, { query: 'k' }).map((target) => target.code)).toEqual(filter({ query: 'k' }));
    expect(search(filterRun, { query: 'ka', statuses: ['fully'] }).map((target) => target.code)).toEqual(
      filter({ query: 'ka', statuses: ['fully'] }),
    );
    expect(search(filterRun, { query: 'kal' }).map((target) => target.code)).toEqual(filter({ query: 'kal' }));
  });
});

describe('filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters: TargetFilters = {
      statuses: ['partially', 'notAtAll'],
      themeId: 'th-2',
      goalId: 'g-12',
      person: 'Riikka Åstrand',
      query: 'mielenterveys täyttää',
      overdueOnly: true,
    };
    const query = filtersToSearchParams(filters).toString();
    expect(filtersFromSearchParams(new URLSearchParams(query))).toEqual(filters);
  });

  it('leaves empty filters out of the URL', () => {
    expect(filtersToSearchParams(EMPTY_FILTERS).toString()).toBe('');
    expect(isEmptyFilters(filtersFromSearchParams(new URLSearchParams('')))).toBe(true);
  });

  it('drops unknown status words instead of guessing', () => {
    expect(filtersFromSearchParams(new URLSearchParams('status=fully,bogus')).statuses).toEqual(['fully']);
  });
});

describe('responsiblePersonsOf', () => {
  it('lists each person once, sorted the Finnish way', () => {
    expect(responsiblePersonsOf(targets)).toEqual(['Katri Kalske', 'Riikka Åstrand', 'Timo Aronkytö']);
  });
});
