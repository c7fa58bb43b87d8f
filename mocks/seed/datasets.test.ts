import { describe, expect, it } from 'vitest';
import { databaseNameFor, datasetFromQuery, seedPlansFor } from './datasets';

describe('demo datasets', () => {
  it('picks the large generated plan from ?dataset=large&n=…', () => {
    expect(datasetFromQuery('?dataset=large&n=2000')).toEqual({ kind: 'large', size: 2000 });
    expect(datasetFromQuery('?dataset=large')).toEqual({ kind: 'large', size: 2000 });
    expect(datasetFromQuery('?dataset=large&n=-5')).toEqual({ kind: 'large', size: 2000 });
    expect(datasetFromQuery('?dataset=large&n=999999')).toEqual({ kind: 'large', size: 50000 });
  });

  it('says nothing when the query does not name a dataset', () => {
    expect(datasetFromQuery('?q=abc')).toBeNull();
    expect(datasetFromQuery('?dataset=default')).toEqual({ kind: 'default', size: 0 });
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
