// The extension's cost to a host page: content-script main-thread time at load on each fixture
// page, its longest task, mutation-batch handling at p95, and the content-script bundle size.
// Time at load = the script's evaluation (compile, module setup, the context and the page session
// starting, read from a Chromium trace) + the tasks that compile and evaluate the campaign chunk it
// imports on a campaign page (also from the trace) + each later task the content script runs until
// the panel is drawn and the badge sent (user-timing measures from the script's own bench probe).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, percentile, report } from './report.js';
import { detectPage } from '../packages/extension/src/platforms/index.js';
import { CHROME_BUILD, ensureExtensionBuilt } from '../test/e2e/support/extension-build.js';
import { ExtensionBrowser, waitForPanel } from '../test/e2e/support/extension-browser.js';
import type { Page } from 'puppeteer-core';
import { platformFixtures } from '../test/e2e/support/pages.js';
import { CAMPAIGN_CHUNK } from '../packages/extension/src/content/chunk-path.js';

ensureExtensionBuilt();
const gzipKb = (path: string) => Math.round((gzipSync(readFileSync(join(CHROME_BUILD, path)), { level: 9 }).length / 1024) * 100) / 100;
report({ name: 'extension: content script bundle, loaded on every matching page (gzip)', value: gzipKb('content-scripts/content.js'), unit: 'kB', budget: 30 });
report({ name: 'extension: content script with its campaign chunk (gzip)', value: round(gzipKb('content-scripts/content.js') + gzipKb(CAMPAIGN_CHUNK)), unit: 'kB', budget: 30 });

// The probe in the content script records user-timing measures only on pages carrying this tag.
const withProbe = (html: string) => html.replace(/<head([^>]*)>/i, '<head$1><meta name="preflight-bench">');
const pages = [...(await platformFixtures()).values()].flat().filter((p) => detectPage(new URL(p.url))?.kind === 'campaign');
const served = pages.map((p) => ({ ...p, html: withProbe(p.html) }));
const RUNS = 3;
const PHASES = ['preflight:extract', 'preflight:check', 'preflight:render'] as const;

/** A trace event; RunTask events are the main thread's tasks. */
type TraceEvent = { name: string; ts: number; tid: number; dur?: number; args?: { data?: { url?: string }; worldName?: string } };

/**
 * Opens a page with a trace running and returns the content script's evaluation (Chromium's
 * EvaluateScript event for the bundle: compile plus everything it runs synchronously, the start
 * of the page session included) and the tasks that compile and evaluate the campaign chunk (the
 * RunTask events holding the chunk's v8.compileModule and the content script world's
 * v8.evaluateModule; its parse runs off the main thread).
 */
async function openTraced(browser: ExtensionBrowser, url: string): Promise<{ page: Page; evaluate: number; chunkTasks: number[] }> {
  const page = await browser.browser.newPage();
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  await waitForPanel(page, (p) => p !== null, `the panel on ${url}`);
  // The badge message is the load's last task.
  await page.waitForFunction(() => performance.getEntriesByName('preflight:badge').length > 0);
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/content-scripts/content.js'));
  if (evaluations.length !== 1) throw new Error(`expected one evaluation of the content script on ${url}, found ${evaluations.length}`);
  const chunkWork = events.filter(
    (e) => (e.name === 'v8.compileModule' && e.args?.data?.url?.endsWith(`/${CAMPAIGN_CHUNK}`)) || (e.name === 'v8.evaluateModule' && e.args?.worldName === 'Preflight'),
  );
  if (!chunkWork.some((e) => e.name === 'v8.evaluateModule')) throw new Error(`no evaluation of the campaign chunk found on ${url}`);
  const chunkTasks = events.filter((t) => t.name === 'RunTask' && chunkWork.some((e) => e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur!));
  return { page, evaluate: evaluations[0]!.dur! / 1000, chunkTasks: chunkTasks.map((t) => t.dur! / 1000) };
}

const READ = `(() => ({
  tasks: ['preflight:task', 'preflight:badge'].flatMap((n) => performance.getEntriesByName(n)).map((e) => e.duration),
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
const firstEvaluations: number[] = [];
const evaluations: number[] = [];
const chunkLoads: number[] = [];
const allBatches: number[] = [];
let longest = 0;
for (let run = 0; run < RUNS; run++) {
  const browser = await ExtensionBrowser.launch(served);
  try {
    for (const [i, fixture] of pages.entries()) {
      const { page, evaluate, chunkTasks } = await openTraced(browser, fixture.url);
      const { tasks, phases } = (await page.evaluate(READ)) as Read;
      const total = evaluate + [...chunkTasks, ...tasks].reduce((a, b) => a + b, 0);
      loads.get(fixture.description)!.push(total);
      evaluations.push(evaluate);
      chunkLoads.push(chunkTasks.reduce((a, b) => a + b, 0));
      longest = Math.max(longest, evaluate, ...chunkTasks, ...tasks);
      if (i === 0) {
        firstLoads.push(total);
        firstPhases.push(phases);
        firstEvaluations.push(evaluate);
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
report({ name: `extension: first page, script evaluation incl. session start (median of ${RUNS})`, value: round(median(firstEvaluations)), unit: 'ms', budget: 10 });
report({ name: `extension: script evaluation incl. session start, every page (median of ${evaluations.length})`, value: round(median(evaluations)), unit: 'ms', budget: 10 });
report({ name: `extension: campaign chunk compile and evaluation tasks, every page (median of ${chunkLoads.length})`, value: round(median(chunkLoads)), unit: 'ms', budget: 10 });
for (const phase of PHASES) {
  report({ name: `extension: first page, ${phase.slice('preflight:'.length)} (median of ${RUNS})`, value: round(median(firstPhases.map((p) => p[phase] ?? 0))), unit: 'ms', budget: 10 });
}
report({ name: 'extension: longest content-script task', value: round(longest), unit: 'ms', budget: 16 });
report({ name: `extension: mutation-batch handling p95 (${allBatches.length} batches)`, value: round(allBatches.length ? percentile(allBatches, 95) : NaN), unit: 'ms', budget: 1 });

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
