// Parsing a large blocker log in slices, and the size of the core a widget imports.
import { parseListInSlices, BlockerSchema } from '../packages/core/src/schema.js';
import { makeBlocker } from '../packages/core/src/testing/factories.js';
import { report, median, percentile } from './report.js';
import { gzippedKb } from './size.js';

/** 10,000 blockers; every second one is malformed in a different way. */
function blockerLog(): unknown[] {
  const breakers: ((b: Record<string, unknown>) => void)[] = [
    (b) => delete b.title,
    (b) => (b.raisedAt = 'last tuesday'),
    (b) => (b.severity = 'urgent'),
    (b) => (b.owner = ''),
    (b) => (b.extra = true),
  ];
  return Array.from({ length: 10_000 }, (_, i) => {
    const b: Record<string, unknown> = { ...makeBlocker({ id: `blk-${i}`, title: `Blocker ${i}` }) };
    if (i % 2) breakers[(i >> 1) % breakers.length]!(b);
    return b;
  });
}

const items = blockerLog();
const totals: number[] = [];
const judged: number[] = [];
let problems = 0;
for (let run = 0; run < 7; run++) {
  const slices: number[] = [];
  const start = performance.now();
  const result = await parseListInSlices(items, BlockerSchema, 'blockers', { sliceMs: 8, onSlice: (ms) => slices.push(ms) });
  totals.push(performance.now() - start);
  // The first run warms the JIT; judge the slices of the runs after it.
  if (run > 0) judged.push(...slices);
  problems = result.problems.length;
}
if (problems < 5_000) throw new Error(`expected every malformed blocker to be reported, got ${problems} problems`);
// The longest slice includes any garbage-collection pause that lands in it, as a page would see it.
report({ name: 'parse 10k blockers (half bad): longest slice', value: Math.round(Math.max(...judged) * 100) / 100, unit: 'ms', budget: 8 });
report({ name: 'parse 10k blockers (half bad): p95 slice', value: Math.round(percentile(judged, 95) * 100) / 100, unit: 'ms', budget: 8 });
report({ name: 'parse 10k blockers (half bad): total', value: Math.round(median(totals.slice(1)) * 10) / 10, unit: 'ms', budget: 1000 });

// What a widget imports from the core: rules, parsing and the helpers that render their results.
const widgetImports = `export { evaluate, parsePlan, parseConfig, findingsByTarget, raciRowChecks, blockerStatus, checklistProgress, escalations, GLOSSARY, DEFAULT_CONFIG } from '@preflight/core';`;
report({ name: 'core browser bundle (widget imports)', value: await gzippedKb({ contents: widgetImports, resolveDir: process.cwd() }), unit: 'kB', budget: 16 });
