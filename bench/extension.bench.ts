// The extension's cost to a host page: content-script main-thread time at load on each fixture
// page, its longest task, mutation-batch handling at p95, and the content-script bundle size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { percentile, report } from './report.js';
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
const browser = await ExtensionBrowser.launch(pages.map((p) => ({ ...p, html: withProbe(p.html) })));

const READ = `(() => ({
  tasks: performance.getEntriesByName('preflight:task').map((e) => e.duration),
  batches: performance.getEntriesByName('preflight:batch').map((e) => e.duration),
}))()`;

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

try {
  const allBatches: number[] = [];
  let loadTotal = 0;
  let longest = 0;
  for (const fixture of pages) {
    const page = await browser.open(fixture.url);
    await waitForPanel(page, (p) => p !== null, `the panel on ${fixture.description}`);
    const { tasks } = (await page.evaluate(READ)) as { tasks: number[]; batches: number[] };
    const total = tasks.reduce((a, b) => a + b, 0);
    loadTotal = Math.max(loadTotal, total);
    longest = Math.max(longest, ...tasks);
    report({ name: `extension: main-thread time at load, ${fixture.description}`.slice(0, 110), value: round(total), unit: 'ms', budget: 10 });
    await page.evaluate(CHURN);
    await waitForPanel(page, (p) => p !== null, 'the panel after the churn');
    const { batches } = (await page.evaluate(READ)) as { tasks: number[]; batches: number[] };
    allBatches.push(...batches);
    await browser.closePages();
  }
  report({ name: 'extension: main-thread time at load, worst page', value: round(loadTotal), unit: 'ms', budget: 10 });
  report({ name: 'extension: longest content-script task', value: round(longest), unit: 'ms', budget: 16 });
  report({ name: `extension: mutation-batch handling p95 (${allBatches.length} batches)`, value: round(allBatches.length ? percentile(allBatches, 95) : NaN), unit: 'ms', budget: 1 });
} finally {
  await browser.close();
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
