import { describe, expect, it } from 'vitest';
import type { Target } from '../domain/target';
import type { OutboxEntry, OutboxState } from './db';
import { applyPendingEdits, conflictingFields, RETRY_CAP_MS, retryDelayMs, syncStateByTarget } from './pending';

const serverCopy: Target = {
  id: 'target-1',
  planId: 'plan-1',
  goalId: 'goal-1',
  code: '1.1',
  order: 1,
  title: 'Tavoite',
  metric: 'Mittari',
  baseline: 'Lähtötaso',
  targetLevel: 'Tavoitetaso',
  responsiblePersons: ['Katri Kalske'],
  reportingResponsible: null,
  keyActions: 'Toimenpiteet',
  metricStatus: 'Palvelimen tilanne',
  status: 'notAssessed',
  indicators: [],
  version: 4,
  updatedAt: '2026-11-01T10:00:00.000Z',
  updatedBy: 'Palvelin',
};

let nextSeq = 1;
function entry(overrides: Partial<OutboxEntry>): OutboxEntry {
  const seq = nextSeq++;
  return {
    seq,
    id: `edit-${seq}`,
    entity: 'target',
    entityId: 'target-1',
    planId: 'plan-1',
    baseVersion: 4,
    changes: {},
    createdAt: '2026-11-02T10:00:00.000Z',
    author: 'Katri Kalske',
    attempts: 0,
    lastError: null,
    state: 'pending',
    nextAttemptAt: 0,
    theirs: null,
    ...overrides,
  };
}

describe('retryDelayMs', () => {
  it('waits between half and all of one second before the first retry', () => {
    expect(retryDelayMs(1, () => 0)).toBe(500);
    expect(retryDelayMs(1, () => 0.5)).toBe(750);
    expect(retryDelayMs(1, () => 0.999999)).toBe(1000);
  });

  it('doubles the wait with every further attempt', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, () => 1))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, () => 0))).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it('never waits longer than a minute, however many attempts failed', () => {
    for (const attempts of [7, 8, 20, 1_000]) {
      expect(retryDelayMs(attempts, () => 1)).toBe(RETRY_CAP_MS);
      expect(retryDelayMs(attempts, () => 0)).toBe(RETRY_CAP_MS / 2);
    }
    expect(RETRY_CAP_MS).toBe(60_000);
  });

  it('spreads the retries of many clients between half and the full delay', () => {
    const delays = Array.from({ length: 200 }, () => retryDelayMs(3));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4000);
    expect(new Set(delays).size).toBeGreaterThan(1);
  });

  it('treats a first attempt counted as zero like the first retry', () => {
    expect(retryDelayMs(0, () => 1)).toBe(1000);
  });
});

describe('applyPendingEdits', () => {
  it('lays the edits over the server copy in the order they were made', () => {
    const shown = applyPendingEdits(serverCopy, [
      entry({ changes: { metricStatus: 'Ensimmäinen', status: 'partially' } }),
      entry({ changes: { metricStatus: 'Toinen' } }),
    ]);

    expect(shown).toEqual({ ...serverCopy, metricStatus: 'Toinen', status: 'partially' });
  });

  it('ignores edits of other targets and leaves the server copy untouched', () => {
    const before = structuredClone(serverCopy);

    const shown = applyPendingEdits(serverCopy, [entry({ entityId: 'target-2', changes: { status: 'fully' } })]);

    expect(shown).toEqual(serverCopy);
    expect(serverCopy).toEqual(before);
  });

  it('shows the server copy when nothing waits', () => {
    expect(applyPendingEdits(serverCopy, [])).toBe(serverCopy);
  });
});

describe('syncStateByTarget', () => {
  it('picks the most serious state of each target: conflict over failed over pending', () => {
    const states = (list: OutboxState[], entityId: string) => list.map((state) => entry({ entityId, state }));

    const byTarget = syncStateByTarget([
      ...states(['pending', 'conflict', 'failed'], 'a'),
      ...states(['failed', 'pending'], 'b'),
      ...states(['pending', 'pending'], 'c'),
    ]);

    expect(Object.fromEntries(byTarget)).toEqual({ a: 'conflict', b: 'failed', c: 'pending' });
  });

  it('lists no target when the outbox is empty', () => {
    expect(syncStateByTarget([]).size).toBe(0);
  });
});

describe('conflictingFields', () => {
  it('names the edited fields whose values differ from the server copy', () => {
    expect(
      conflictingFields(
        { metricStatus: 'Minun', status: 'notAssessed', responsiblePersons: ['Katri Kalske'], title: 'Uusi' },
        serverCopy,
      ),
    ).toEqual(['metricStatus', 'title']);
  });
});
