// The drop-in's size and how fast the Notion embed page shows its widget. Measures; never fails.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { median, report } from './report.ts';
import { builtModuleKb } from './size.ts';
import { findChromium, CHROMIUM_FLAGS } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { encodeSnapshot } from '../packages/workspace/src/embed/snapshot.ts';

const built = spawnSync(process.execPath, ['scripts/build-components.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// The drop-in loads its shared chunk with it and fetches Floating UI, the virtualizer's layout and the
// store (persist) on first use. The budget is for everything it pulls in; the initial load is beside it.
const dropin = builtModuleKb('packages/components/dist/dropin/preflight.js');
report({ name: 'preflight.js (all four widgets) gzipped, with everything it pulls in (lazy chunks and store)', value: dropin.total, unit: 'kB', budget: 45 });
report({ name: 'preflight.js (all four widgets) gzipped, initial load only (before lazy chunks)', value: dropin.initial, unit: 'kB', budget: 45 });

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
