import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit';
import type { Indicator } from './indicator';
import {
  changedBy,
  changesSince,
  describeChange,
  isReturnAnswered,
  lastDecisionBy,
  lastDecisionOn,
  reviewDecisionErrors,
  unreviewedEntries,
  type Review,
} from './review';

function entry(version: number, actorName: string, changes: AuditEntry['changes']): AuditEntry {
  return {
    id: `e${version}`,
    entity: 'target',
    entityId: 't-1',
    planId: 'plan-1',
    at: `2026-11-2${version}T09:00:00.000Z`,
    actorId: actorName,
    actorName,
    version,
    changes,
  };
}

function review(overrides: Partial<Review>): Review {
  return {
    id: 'r',
    planId: 'plan-1',
    targetId: 't-1',
    reviewerId: 'maija',
    reviewerName: 'Maija Manageri',
    version: 2,
    decision: 'reviewed',
    comment: '',
    at: '2026-11-23T09:00:00.000Z',
    ...overrides,
  };
}

const series = (id: string, label: string, value: number): Indicator => ({
  id,
  label,
  unit: '',
  direction: 'decrease',
  baselineValue: null,
  targetValue: null,
  values: [{ year: 2021, value }],
});

describe('review rules', () => {
  it('needs a comment for a return but not for a review', () => {
    expect(reviewDecisionErrors('returned', '  ')).toEqual([{ field: 'comment', code: 'required' }]);
    expect(reviewDecisionErrors('returned', 'Lisää luvut')).toEqual([]);
    expect(reviewDecisionErrors('reviewed', '')).toEqual([]);
  });

  it("finds a reviewer's latest decision, and anyone's", () => {
    const reviews = [
      review({ id: 'a', reviewerId: 'maija', version: 2, at: '2026-11-20T09:00:00.000Z' }),
      review({ id: 'b', reviewerId: 'anni', version: 3, at: '2026-11-22T09:00:00.000Z' }),
      review({ id: 'c', reviewerId: 'maija', version: 3, at: '2026-11-21T09:00:00.000Z' }),
      review({ id: 'd', reviewerId: 'maija', targetId: 't-2', at: '2026-11-25T09:00:00.000Z' }),
    ];
    expect(lastDecisionBy(reviews, 'maija', 't-1')?.id).toBe('c');
    expect(lastDecisionOn(reviews, 't-1')?.id).toBe('b');
    expect(lastDecisionBy(reviews, 'lauri', 't-1')).toBeUndefined();
  });

  it('takes the later of two decisions made in the same second', () => {
    const reviews = [review({ id: 'first' }), review({ id: 'second' })];
    expect(lastDecisionOn(reviews, 't-1')?.id).toBe('second');
  });

  it('counts a return as answered once the target has a newer version', () => {
    expect(isReturnAnswered(review({ version: 2 }), 2)).toBe(false);
    expect(isReturnAnswered(review({ version: 2 }), 3)).toBe(true);
  });
});

describe('changes since the last review', () => {
  const trail = [
    entry(2, 'Riikka Åstrand', [{ field: 'status', before: 'notAssessed', after: 'partially' }]),
    entry(3, 'Katri Kalske', [
      { field: 'metricStatus', before: 'Vanha', after: 'Uusi' },
      { field: 'status', before: 'partially', after: 'fully' },
    ]),
    entry(4, 'Riikka Åstrand', [{ field: 'metricStatus', before: 'Uusi', after: 'Vanha' }]),
  ];

  it('keeps only the entries after the reviewed version, oldest first', () => {
    expect(unreviewedEntries([...trail].reverse(), 0).map((item) => item.version)).toEqual([2, 3, 4]);
    expect(unreviewedEntries(trail, 3).map((item) => item.version)).toEqual([4]);
    expect(unreviewedEntries(trail, 4)).toEqual([]);
  });

  it('gives each field its value before the first change and its value now, leaving out fields changed back', () => {
    const current = { status: 'fully', metricStatus: 'Vanha' };
    expect(changesSince(trail, current)).toEqual([{ field: 'status', before: 'notAssessed', after: 'fully' }]);
    expect(changesSince(unreviewedEntries(trail, 2), current)).toEqual([{ field: 'status', before: 'partially', after: 'fully' }]);
  });

  it('names who changed the target, each once', () => {
    expect(changedBy(trail)).toEqual(['Riikka Åstrand', 'Katri Kalske']);
  });
});

describe('describing a change for a reader', () => {
  it('shows statuses as statuses, names as a list and missing values as empty', () => {
    expect(describeChange({ field: 'status', before: 'notAssessed', after: 'fully' })).toEqual({
      field: 'status',
      before: { kind: 'status', status: 'notAssessed' },
      after: { kind: 'status', status: 'fully' },
    });
    expect(describeChange({ field: 'responsiblePersons', before: ['Katri Kalske'], after: [] })).toMatchObject({
      before: { kind: 'list', items: ['Katri Kalske'] },
      after: { kind: 'empty' },
    });
    expect(describeChange({ field: 'reportingResponsible', before: null, after: 'Timo' })).toMatchObject({
      before: { kind: 'empty' },
      after: { kind: 'text', text: 'Timo' },
    });
  });

  it('never reads user text as a status, even when it spells one', () => {
    expect(describeChange({ field: 'metricStatus', before: '', after: 'fully' }).after).toEqual({ kind: 'text', text: 'fully' });
  });

  it('summarises indicator series: which changed, were added or removed', () => {
    const before = [series('a', 'Keskeyttäneet', 609), series('b', 'Osuus', 19.3)];
    const after = [series('a', 'Keskeyttäneet', 550), series('c', 'Alle 20-v.', 10)];
    expect(describeChange({ field: 'indicators', before, after })).toEqual({
      field: 'indicators',
      before: { kind: 'indicators', count: 2, changed: [], added: [], removed: [] },
      after: { kind: 'indicators', count: 2, changed: ['Keskeyttäneet'], added: ['Alle 20-v.'], removed: ['Osuus'] },
    });
  });
});
