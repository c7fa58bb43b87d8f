import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ChartSchedule from './chart-schedule';

type Schedule = typeof ChartSchedule;

/** A fresh scheduler per test: its queue is module state. */
async function freshSchedule(): Promise<Schedule> {
  vi.resetModules();
  return import('./chart-schedule');
}

const box = () => document.body.appendChild(document.createElement('div'));
/** The first chart waits for the drawing code (Recharts), which a cold test run takes a while to load. */
const LOAD_WAIT = { timeout: 10_000 };

describe('chart schedule', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('draws the charts one at a time, in page order, each after the previous one is drawn', async () => {
    const schedule = await freshSchedule();
    const shown: string[] = [];
    const first = schedule.queueChart(box(), () => shown.push('first'));
    const second = schedule.queueChart(box(), () => shown.push('second'));
    schedule.queueChart(box(), () => shown.push('third'));
    await vi.waitFor(() => expect(shown).toEqual(['first']), LOAD_WAIT);
    // The second waits for the first to be in the page.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toEqual(['first']);
    first.drawn();
    await vi.waitFor(() => expect(shown).toEqual(['first', 'second']));
    // A chart that leaves the page while drawn lets the next one go too.
    second.cancel();
    await vi.waitFor(() => expect(shown).toEqual(['first', 'second', 'third']));
    expect(schedule.loadedChartDrawings()).not.toBeNull();
  });

  it('skips a chart that left the page before its turn', async () => {
    const schedule = await freshSchedule();
    const shown: string[] = [];
    const first = schedule.queueChart(box(), () => shown.push('first'));
    const gone = schedule.queueChart(box(), () => shown.push('gone'));
    schedule.queueChart(box(), () => shown.push('last'));
    gone.cancel();
    await vi.waitFor(() => expect(shown).toEqual(['first']), LOAD_WAIT);
    first.drawn();
    await vi.waitFor(() => expect(shown).toEqual(['first', 'last']));
  });

  it('draws every waiting chart at once, urgently, before printing', async () => {
    const schedule = await freshSchedule();
    const shown: [string, boolean][] = [];
    schedule.queueChart(box(), (urgent) => shown.push(['first', urgent]));
    schedule.queueChart(box(), (urgent) => shown.push(['second', urgent]));
    schedule.queueChart(box(), (urgent) => shown.push(['third', urgent]));
    await vi.waitFor(() => expect(shown).toEqual([['first', false]]), LOAD_WAIT);
    window.dispatchEvent(new Event('beforeprint'));
    expect(shown).toEqual([
      ['first', false],
      ['second', true],
      ['third', true],
    ]);
  });
});
