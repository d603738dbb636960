// The drop-in's size and how fast the Notion embed page shows its widget. Measures; never fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { median, report } from './report.ts';
import { builtModuleKb } from './size.ts';
import { findChromium, CHROMIUM_FLAGS } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { encodeSnapshot } from '../packages/workspace/src/embed/snapshot.ts';

const built = spawnSync(process.execPath, ['scripts/build-components.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// The drop-in is a loader that fetches an element's chunks when its tag is in the page (and Floating UI,
// the virtualizer's layout and the store on first use). Its budget (issue 15's, 45 kB) is for the initial
// load; what a page with one widget, and with the four widgets, fetches before they render is reported
// against it too, and the loader with every chunk it can fetch for reference.
const DROPIN = 'packages/components/dist/dropin';
const dropin = builtModuleKb(`${DROPIN}/preflight.js`);
report({ name: 'preflight.js (the loader) gzipped, initial load only (before any element is in the page)', value: dropin.initial, unit: 'kB', budget: 45 });
const chunkOf = (tag: string) => {
  const file = readdirSync(`${DROPIN}/preflight-chunks`).find((f) => new RegExp(`^${tag}-[A-Z0-9]+\\.js$`).test(f));
  if (!file) throw new Error(`no chunk for ${tag} in ${DROPIN}/preflight-chunks`);
  return `${DROPIN}/preflight-chunks/${file}`;
};
const FOUR = ['preflight-raci', 'preflight-blocker-log', 'preflight-checklist', 'preflight-badge'];
for (const tag of FOUR) {
  report({ name: `preflight.js, a page with one <${tag}>: gzipped, before it renders`, value: builtModuleKb([`${DROPIN}/preflight.js`, chunkOf(tag)]).initial, unit: 'kB', budget: 45 });
}
report({ name: 'preflight.js, a page with the four widgets: gzipped, before they render', value: builtModuleKb([`${DROPIN}/preflight.js`, ...FOUR.map(chunkOf)]).initial, unit: 'kB', budget: 45 });
report({ name: 'preflight.js gzipped, with every chunk it can fetch (every element, lazy chunks and store)', value: dropin.total, unit: 'kB', budget: 45 });

const plan = JSON.parse(readFileSync('examples/sample-plan.json', 'utf8'));
const data = await encodeSnapshot(plan);
const { server, url } = await serveStatic('packages/workspace/dist');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  for (const widget of ['checklist', 'raci', 'blocker-log', 'badge']) {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      await page.goto('about:blank');
      await page.goto(`${url}embed.html#widget=${widget}&data=${data}&now=2026-08-20T09:00:00Z`, { waitUntil: 'domcontentloaded' });
      // The page marks when the widget first showed its plan, in ms since navigation start.
      const handle = await page.waitForFunction(() => performance.getEntriesByName('preflight-embed-ready')[0]?.startTime, { timeout: 10_000 });
      times.push(Number(await handle.jsonValue()));
    }
    report({ name: `embed page ready (${widget}, snapshot), median of 7`, value: Math.round(median(times)), unit: 'ms', budget: 300 });
  }
} finally {
  await browser.close();
  server.close();
}
