import { describe, expect, it } from 'vitest';
import { databaseNameFor, datasetFromQuery, parseRememberedDataset, seedPlansFor } from './datasets';

describe('demo datasets', () => {
  it('picks the large generated plan from ?dataset=large&n=…', () => {
    expect(datasetFromQuery('?dataset=large&n=2000')).toEqual({ dataset: { kind: 'large', size: 2000 }, problem: null });
    expect(datasetFromQuery('?dataset=large')).toEqual({ dataset: { kind: 'large', size: 2000 }, problem: null });
    expect(datasetFromQuery('?dataset=large&n=')).toEqual({ dataset: { kind: 'large', size: 2000 }, problem: null });
    expect(datasetFromQuery('?dataset=large&n=1').dataset).toEqual({ kind: 'large', size: 1 });
    expect(datasetFromQuery('?dataset=large&n=50000').dataset).toEqual({ kind: 'large', size: 50000 });
  });

  it('says nothing when the query does not name a dataset', () => {
    expect(datasetFromQuery('?q=abc')).toEqual({ dataset: null, problem: null });
    expect(datasetFromQuery('')).toEqual({ dataset: null, problem: null });
    expect(datasetFromQuery('?dataset=default')).toEqual({ dataset: { kind: 'default', size: 0 }, problem: null });
  });

  it('refuses an absurd n with the reason and the allowed range instead of generating or clamping it', () => {
    const range = { min: 1, max: 50000 };
    expect(datasetFromQuery('?dataset=large&n=1000000000')).toEqual({
      dataset: null,
      problem: { parameter: 'n', reason: 'tooLarge', value: '1000000000', ...range },
    });
    expect(datasetFromQuery('?dataset=large&n=50001').problem).toMatchObject({ reason: 'tooLarge', value: '50001' });
    expect(datasetFromQuery('?dataset=large&n=-5').problem).toEqual({ parameter: 'n', reason: 'tooSmall', value: '-5', ...range });
    expect(datasetFromQuery('?dataset=large&n=0').problem).toMatchObject({ reason: 'tooSmall', value: '0' });
    expect(datasetFromQuery('?dataset=large&n=abc').problem).toEqual({ parameter: 'n', reason: 'notANumber', value: 'abc', ...range });
    // Forms that Number() or parseInt() would quietly accept are not counts a person typed.
    for (const n of ['1e9', '0x10', '12abc', '2.5', '1,000', 'Infinity', 'NaN']) {
      expect(datasetFromQuery(`?dataset=large&n=${encodeURIComponent(n)}`).problem, n).toMatchObject({ reason: 'notANumber' });
    }
  });

  it('refuses an unknown dataset name', () => {
    expect(datasetFromQuery('?dataset=huge').problem).toMatchObject({ parameter: 'dataset', reason: 'unknownDataset', value: 'huge' });
  });

  it('shortens a very long refused value before it is shown to anyone', () => {
    const problem = datasetFromQuery(`?dataset=large&n=${'9'.repeat(5000)}`).problem;
    expect(problem?.reason).toBe('tooLarge');
    expect(problem?.value.length).toBeLessThanOrEqual(41);
  });

  it('trusts a remembered dataset only when it is still a valid one', () => {
    expect(parseRememberedDataset(JSON.stringify({ kind: 'large', size: 300 }))).toEqual({ kind: 'large', size: 300 });
    expect(parseRememberedDataset(JSON.stringify({ kind: 'default', size: 0 }))).toEqual({ kind: 'default', size: 0 });
    expect(parseRememberedDataset(null)).toBeNull();
    expect(parseRememberedDataset('not json')).toBeNull();
    expect(parseRememberedDataset('null')).toBeNull();
    expect(parseRememberedDataset(JSON.stringify({ kind: 'large', size: 1e9 }))).toBeNull();
    expect(parseRememberedDataset(JSON.stringify({ kind: 'large', size: '300' }))).toBeNull();
    expect(parseRememberedDataset(JSON.stringify({ kind: 'other' }))).toBeNull();
  });

  it('opens the generated plan first and keeps the Vantaa report beside it', () => {
    const plans = seedPlansFor({ kind: 'large', size: 50 });
    expect(plans.map((plan) => plan.targets.length)).toEqual([50, 8, 8]);
    expect(seedPlansFor({ kind: 'default', size: 0 }).map((plan) => plan.plan.id)).toEqual([
      'vantaa-kasvatus-2021',
      'vantaa-kasvatus-2020',
    ]);
  });

  it('adds an illustrative 2020 plan, marked as such, with the same target codes', () => {
    const [report, previous] = seedPlansFor({ kind: 'default', size: 0 });
    expect(previous?.plan).toMatchObject({ reportingYear: 2020, illustrative: true });
    expect(previous?.targets.map((target) => target.code)).toEqual(report?.targets.map((target) => target.code));
    expect(previous?.targets.every((target) => target.metricStatus.startsWith('Havainnollistava'))).toBe(true);
  });

  it('keeps each dataset in a database of its own', () => {
    expect(databaseNameFor({ kind: 'default', size: 0 })).not.toBe(databaseNameFor({ kind: 'large', size: 2000 }));
    expect(databaseNameFor({ kind: 'large', size: 2000 })).not.toBe(databaseNameFor({ kind: 'large', size: 10000 }));
  });
});
