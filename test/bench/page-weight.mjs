// DOM size and JS heap of the list page once the 10,000-target plan is loaded (on the page cold-start.mjs left open).
/* global document */
import { readListReady, settle } from './browser.mjs';
import { measured, spec } from './report.mjs';
import { MB } from './stats.mjs';

export const pageWeightSpecs = [
  spec('domElements10000', 'DOM elements on the list page, 10,000 targets', 'elements', { op: '<=', value: 3000 }, 0),
  spec('jsHeap10000Mb', 'JS heap after loading 10,000 targets (after a forced GC)', 'MB', { op: '<=', value: 150 }, 1),
];
const [domSpec, heapSpec] = pageWeightSpecs;

export async function measurePageWeight(page) {
  await readListReady(page);
  await settle(page, 1000, 60_000);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const rows = await page.evaluate(() => document.querySelectorAll('tr[data-target-code]').length);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      figures: [
        measured(domSpec, elements, `${rows} target rows in the DOM`),
        measured(heapSpec, heap.usedSize / MB, `1 MB = 1,048,576 bytes; ${(heap.totalSize / MB).toFixed(1)} MB allocated; the page also runs the demo API and its store`),
      ],
      details: { elements, rows, heap },
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
