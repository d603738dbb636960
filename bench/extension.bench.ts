// The extension's cost to a host page: content-script main-thread time at load on each fixture
// page, its longest task, mutation-batch handling at p95, and the content-script bundle size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, percentile, report } from './report.js';
import { detectPage } from '../packages/extension/src/platforms/index.js';
import { CHROME_BUILD, ensureExtensionBuilt } from '../test/e2e/support/extension-build.js';
import { ExtensionBrowser, waitForPanel } from '../test/e2e/support/extension-browser.js';
import { platformFixtures } from '../test/e2e/support/pages.js';

ensureExtensionBuilt();
const content = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'));
report({ name: 'extension: content script bundle (gzip)', value: Math.round((gzipSync(content, { level: 9 }).length / 1024) * 100) / 100, unit: 'kB', budget: 30 });

// The probe in the content script records user-timing measures only on pages carrying this tag.
const withProbe = (html: string) => html.replace(/<head([^>]*)>/i, '<head$1><meta name="preflight-bench">');
const pages = [...(await platformFixtures()).values()].flat().filter((p) => detectPage(new URL(p.url))?.kind === 'campaign');
const served = pages.map((p) => ({ ...p, html: withProbe(p.html) }));
const RUNS = 3;
const PHASES = ['preflight:extract', 'preflight:check', 'preflight:render'] as const;

const READ = `(() => ({
  tasks: performance.getEntriesByName('preflight:task').map((e) => e.duration),
  batches: performance.getEntriesByName('preflight:batch').map((e) => e.duration),
  phases: Object.fromEntries(${JSON.stringify(PHASES)}.map((n) => [n, performance.getEntriesByName(n).reduce((a, e) => a + e.duration, 0)])),
}))()`;
type Read = { tasks: number[]; batches: number[]; phases: Record<string, number> };

/** Host-page churn over ~60 frames after an in-app navigation, so the settle observer sees real batches. */
const CHURN = `new Promise((resolve) => {
  history.pushState({}, '', location.pathname + location.search + (location.search ? '&' : '?') + 'bench=1' + location.hash);
  let frame = 0;
  const box = document.body.appendChild(document.createElement('div'));
  const step = () => {
    for (let i = 0; i < 50; i++) box.appendChild(document.createElement('span')).textContent = 'row ' + frame + '.' + i;
    if (++frame < 60) requestAnimationFrame(step); else resolve(frame);
  };
  requestAnimationFrame(step);
})`;

// Each run is a fresh browser, so its first page pays what a first page pays (code compiled,
// templates prepared, styles parsed for the first time) and the later pages show the warm cost.
const loads = new Map<string, number[]>(pages.map((p) => [p.description, []]));
const firstLoads: number[] = [];
const firstPhases: Record<string, number>[] = [];
const allBatches: number[] = [];
let longest = 0;
for (let run = 0; run < RUNS; run++) {
  const browser = await ExtensionBrowser.launch(served);
  try {
    for (const [i, fixture] of pages.entries()) {
      const page = await browser.open(fixture.url);
      await waitForPanel(page, (p) => p !== null, `the panel on ${fixture.description}`);
      const { tasks, phases } = (await page.evaluate(READ)) as Read;
      const total = tasks.reduce((a, b) => a + b, 0);
      loads.get(fixture.description)!.push(total);
      longest = Math.max(longest, ...tasks);
      if (i === 0) {
        firstLoads.push(total);
        firstPhases.push(phases);
      }
      // The churn once per page is enough for the batch figures.
      if (run === 0) {
        await page.evaluate(CHURN);
        await waitForPanel(page, (p) => p !== null, 'the panel after the churn');
        allBatches.push(...((await page.evaluate(READ)) as Read).batches);
      }
      await browser.closePages();
    }
  } finally {
    await browser.close();
  }
}

for (const [description, totals] of loads) {
  report({ name: `extension: main-thread time at load, ${description} (median of ${RUNS})`.slice(0, 120), value: round(median(totals)), unit: 'ms', budget: 10 });
}
const medians = [...loads.values()].map(median);
report({ name: `extension: main-thread time at load, worst page (median of ${RUNS})`, value: round(Math.max(...medians)), unit: 'ms', budget: 10 });
report({ name: `extension: main-thread time at load, first page of a fresh browser, ${pages[0]!.description} (median of ${RUNS})`.slice(0, 120), value: round(median(firstLoads)), unit: 'ms', budget: 10 });
for (const phase of PHASES) {
  report({ name: `extension: first page, ${phase.slice('preflight:'.length)} (median of ${RUNS})`, value: round(median(firstPhases.map((p) => p[phase] ?? 0))), unit: 'ms', budget: 10 });
}
report({ name: 'extension: longest content-script task', value: round(longest), unit: 'ms', budget: 16 });
report({ name: `extension: mutation-batch handling p95 (${allBatches.length} batches)`, value: round(allBatches.length ? percentile(allBatches, 95) : NaN), unit: 'ms', budget: 1 });

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
