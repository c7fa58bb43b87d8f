import { whenIdle } from '../../../components/ui/when-idle';
import type * as ChartDrawingsModule from './chart-drawings';

/**
 * When the summary's charts are drawn. Drawing a Recharts chart takes tens of milliseconds, and the summary has
 * a dozen of them: drawn together with the page they held the main thread for most of a second (Lighthouse's
 * total blocking time). So the page shows its headings, legends, descriptions and table toggles at once, with
 * a box of the chart's final height in place of each drawing, and the drawings follow one at a time while the
 * browser is idle: those in or near view first, then the rest, so that a keyboard user tabbing on and a
 * find-in-page still meet every chart soon after the page opened. Printing draws whatever is still waiting.
 */

export type ChartDrawings = typeof ChartDrawingsModule;

let drawings: ChartDrawings | null = null;
let drawingsLoading: Promise<ChartDrawings> | null = null;

/** Loads the drawing code (Recharts) once, in a chunk of its own, so the page's text need not wait for it. */
export function loadChartDrawings(): Promise<ChartDrawings> {
  drawingsLoading ??= import('./chart-drawings').then(
    (module) => {
      drawings = module;
      return module;
    },
    (error: unknown) => {
      // Tried again by the next chart queued, e.g. when the network is back.
      drawingsLoading = null;
      throw error;
    },
  );
  return drawingsLoading;
}

/** The drawing code, once loaded. */
export const loadedChartDrawings = (): ChartDrawings | null => drawings;

export interface ChartTurn {
  /** The chart left the page before or while its turn came. */
  cancel: () => void;
  /** The chart is drawn (committed): the next one may go. */
  drawn: () => void;
}

interface Job {
  element: Element;
  /** Draws the chart: `urgent` (printing) in the same task, else when React has time. */
  show: (urgent: boolean) => void;
  /** In or near the viewport, as the intersection observer last said. */
  near: boolean;
}

/** How far outside the viewport a chart still counts as near: about one screen. */
const NEAR_MARGIN = '100% 0px';

/** The timeout keeps a busy page (typing in another tab's sync, a slow machine) from leaving charts undrawn. */
const IDLE_OPTIONS = { timeoutMs: 1000 };

const waiting: Job[] = [];
let current: Job | null = null;
let pumpScheduled = false;
let observer: IntersectionObserver | null = null;
let printListening = false;

function nearObserver(): IntersectionObserver | null {
  if (observer || typeof IntersectionObserver === 'undefined') return observer;
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const job = waiting.find((candidate) => candidate.element === entry.target);
        if (job) job.near = entry.isIntersecting;
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  return observer;
}

function forget(job: Job) {
  const index = waiting.indexOf(job);
  if (index >= 0) waiting.splice(index, 1);
  observer?.unobserve(job.element);
}

/** Draws every chart still waiting at once, in the same task, so that a printout has them all. */
function drawAllForPrint() {
  if (!drawings || waiting.length === 0) return;
  for (const job of waiting.splice(0)) {
    observer?.unobserve(job.element);
    job.show(true);
  }
}

function pump() {
  if (pumpScheduled || current || waiting.length === 0) return;
  pumpScheduled = true;
  loadChartDrawings().then(
    () =>
      whenIdle(() => {
        pumpScheduled = false;
        if (current) return;
        // The first waiting chart in or near view, else the first in the order the page gave them (its reading order).
        const job = waiting.find((candidate) => candidate.near) ?? waiting[0];
        if (!job) return;
        forget(job);
        current = job;
        job.show(false);
      }, IDLE_OPTIONS),
    () => {
      // Without the drawing code the boxes stay empty; the description, legend and table still tell the numbers.
      pumpScheduled = false;
    },
  );
}

/**
 * Queues a chart's drawing: `show` is called when its turn comes (at once for printing), after which the chart
 * calls `drawn` once it is in the page. Answers the chart's handle; `cancel` when it unmounts.
 */
export function queueChart(element: Element, show: (urgent: boolean) => void): ChartTurn {
  const job: Job = { element, show, near: false };
  waiting.push(job);
  nearObserver()?.observe(element);
  if (!printListening && typeof window !== 'undefined') {
    printListening = true;
    window.addEventListener('beforeprint', drawAllForPrint);
  }
  pump();
  const release = () => {
    if (current !== job) return;
    current = null;
    pump();
  };
  return {
    cancel: () => {
      forget(job);
      release();
    },
    drawn: release,
  };
}
