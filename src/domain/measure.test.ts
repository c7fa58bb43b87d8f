import { describe, expect, it } from 'vitest';
import { measure91 } from '../../mocks/seed/measures';
import {
  impactFromWord,
  measureSchema,
  measuresForTarget,
  progressFromWord,
  splitTimeline,
  type Measure,
  type TimelineEntry,
} from './measure';

const entry = (id: string, date: string, done: boolean): TimelineEntry => ({ id, date, title: id, text: '', done });

describe('measure schema', () => {
  it('accepts measure 91 from the seed', () => {
    expect(measureSchema.parse(measure91)).toEqual(measure91);
  });

  it('rejects an unknown impact, a Finnish date and a missing title', () => {
    expect(measureSchema.safeParse({ ...measure91, impact: 'huge' }).success).toBe(false);
    expect(measureSchema.safeParse({ ...measure91, lastUpdated: '20.05.2020' }).success).toBe(false);
    expect(measureSchema.safeParse({ ...measure91, title: '' }).success).toBe(false);
  });
});

describe('timeline split', () => {
  it('puts done tasks oldest first and tasks to do soonest first', () => {
    const { done, toDo } = splitTimeline([
      entry('later-todo', '2021-03-01', false),
      entry('newest-done', '2020-01-28', true),
      entry('soonest-todo', '2020-09-20', false),
      entry('oldest-done', '2019-11-22', true),
    ]);
    expect(done.map((task) => task.id)).toEqual(['oldest-done', 'newest-done']);
    expect(toDo.map((task) => task.id)).toEqual(['soonest-todo', 'later-todo']);
  });

  it('keeps the given order of tasks on the same date', () => {
    const { done } = splitTimeline([entry('b', '2019-11-22', true), entry('a', '2019-11-22', true)]);
    expect(done.map((task) => task.id)).toEqual(['b', 'a']);
  });

  it('splits measure 91 into five done tasks and one to do', () => {
    const { done, toDo } = splitTimeline(measure91.timeline);
    expect(done.map((task) => task.date)).toEqual(['2019-11-22', '2019-11-22', '2019-11-22', '2019-12-31', '2020-01-28']);
    expect(toDo.map((task) => task.date)).toEqual(['2020-09-20']);
  });
});

describe('tracker words', () => {
  it('maps impact words, ignoring case and spaces', () => {
    expect(impactFromWord('Pieni')).toBe('small');
    expect(impactFromWord(' keskisuuri ')).toBe('medium');
    expect(impactFromWord('SUURI')).toBe('large');
    expect(impactFromWord('valtava')).toBeNull();
  });

  it('maps progress words and reads an unknown word as unknown', () => {
    expect(progressFromWord('Ajallaan')).toBe('onTime');
    expect(progressFromWord('Myöhässä')).toBe('late');
    expect(progressFromWord('Valmis')).toBe('completed');
    expect(progressFromWord('Ei  aloitettu')).toBe('notStarted');
    expect(progressFromWord('')).toBe('unknown');
  });
});

describe('measures for a target', () => {
  it('finds the measures linked to a target in number order', () => {
    const measure9: Measure = { ...measure91, id: 'measure-9', number: '9' };
    const unlinked: Measure = { ...measure91, id: 'measure-5', number: '5', linkedTargets: [] };
    expect(measuresForTarget([measure91, unlinked, measure9], 'vantaa-2021-8-1').map((m) => m.number)).toEqual(['9', '91']);
    expect(measuresForTarget([measure91], 'vantaa-2021-5-1')).toEqual([]);
  });
});
