// `npm run bench:bundle [build folder] [--also=src/x.ts,…]`: the CI check of issue 6. Reads an existing build (dist/ by default),
// sums the gzipped size of the first view's JavaScript (index.html's entry chunk and its static imports,
// transitively; dynamic imports are not followed) and exits 1 when it is over the goal.
// The demo API's code (a dynamic import in src/main.tsx, plus MSW's worker script) is printed apart
// and not counted, since a real deployment never loads it.
import { existsSync } from 'node:fs';
import { FIRST_VIEW_GOAL_KB, GZIP_LEVEL, staticFirstView, sumGzip } from './bundle-graph.mjs';
import { KB } from './stats.mjs';

const GOAL_BYTES = FIRST_VIEW_GOAL_KB * KB;

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const line = (chunk) => `  ${kb(chunk.gzipBytes).padStart(9)} gzip  ${kb(chunk.bytes).padStart(9)} raw  ${chunk.file}`;

function main() {
  const args = process.argv.slice(2);
  const buildDir = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
  // --also=src/a.ts,src/b.ts: dynamic imports the first view is known to load too, counted with their static imports.
  const alsoLoaded = args.find((arg) => arg.startsWith('--also='))?.slice('--also='.length).split(',').filter(Boolean) ?? [];
  if (!existsSync(buildDir)) {
    console.error(`No build at ${buildDir}/: run npm run build first (or give the build folder as the argument).`);
    return 2;
  }
  let firstView;
  try {
    firstView = staticFirstView(buildDir, alsoLoaded);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const total = sumGzip(firstView.app);
  const also = alsoLoaded.length > 0 ? `, with ${alsoLoaded.join(', ')}` : '';
  console.log(`First-view JavaScript of ${buildDir}/: index.html's entry and its static imports${also} (gzip level ${GZIP_LEVEL}, each file on its own; 1 KB = 1024 bytes):`);
  for (const chunk of firstView.app) console.log(line(chunk));
  console.log(`Only for the demo API (mocks/, MSW, seed data) and the benchmark hooks, loaded on demand in the demo build, not counted (${firstView.demo.length} files, ${kb(sumGzip(firstView.demo))} gzip):`);
  for (const chunk of firstView.demo) console.log(line(chunk));
  const verdict = total <= GOAL_BYTES ? 'within the goal' : `OVER the goal by ${kb(total - GOAL_BYTES)}`;
  console.log(
    `First-view JS: ${kb(total)} gzip in ${firstView.app.length} chunks (goal ≤ ${FIRST_VIEW_GOAL_KB} KB = ${GOAL_BYTES} bytes; ${total} bytes): ${verdict}`,
  );
  return total <= GOAL_BYTES ? 0 : 1;
}

process.exitCode = main();
