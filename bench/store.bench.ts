// The IndexedDB plan store in real Chromium: a 10,000-blocker plan saved in one transaction, a cold
// load from a new store, and single edits. The store and the measuring code are bundled into one
// page served on loopback; the figures come back from the page. Cross-tab delivery is timed between
// two pages (tabs) of that origin in one browser, on the clock both share (timeOrigin + now).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium.mjs';
import { gzippedKb } from './size.ts';
import { median, percentile, report } from './report.ts';
import { BROWSER_CONDITIONS } from '../scripts/browser-conditions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const pageScript = `
import { openPlanStore } from './packages/core/src/store/index.ts';
import { makeBlocker, makePlan } from './packages/core/src/testing/factories.ts';

const blockers = Array.from({ length: 10000 }, (_, i) => makeBlocker({ id: 'blk-' + i, title: 'Blocker number ' + i, notes: 'Raised in the weekly blocker check' }));
const big = makePlan({ id: 'big', blockers });

async function fresh(name) {
  await new Promise((resolve) => { const r = indexedDB.deleteDatabase(name); r.onsuccess = r.onerror = r.onblocked = resolve; });
  return openPlanStore({ name });
}

window.runBench = async () => {
  const save = [], cold = [], bigEdit = [], smallEdit = [];
  for (let round = 0; round < 5; round++) {
    const name = 'bench-' + round;
    const store = await fresh(name);
    let t = performance.now();
    await store.put(big);
    save.push(performance.now() - t);
    store.close();
    t = performance.now();
    const reopened = await openPlanStore({ name });
    const plan = await reopened.get('big');
    cold.push(performance.now() - t);
    if (plan.blockers.length !== 10000 || reopened.status !== 'saved') throw new Error('cold load did not read the plan back');
    reopened.close();
  }
  const store = await openPlanStore({ name: 'bench-0' });
  let plan = await store.get('big');
  for (let i = 0; i < 60; i++) {
    // As the widgets edit: a changed copy of one record in a new list, everything else shared.
    const blockers = plan.blockers.slice();
    blockers[i] = { ...blockers[i], title: 'Blocker renamed ' + i };
    const t = performance.now();
    plan = await store.put({ ...plan, blockers });
    bigEdit.push(performance.now() - t);
  }
  let small = await store.put(makePlan({ id: 'small' }));
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    small = await store.put({ ...small, brief: { ...small.brief, offer: 'offer ' + i } });
    smallEdit.push(performance.now() - t);
  }
  store.close();
  return { save, cold, bigEdit, smallEdit, status: store.status };
};

const clock = () => performance.timeOrigin + performance.now();

// The receiving tab: notes when each remote put reaches its subscriber, by revision.
window.listen = async (name) => {
  const store = await openPlanStore({ name });
  window.arrivals = {};
  store.subscribe((change) => {
    if (change.origin === 'remote' && change.type === 'put') window.arrivals[change.revision] = clock();
  });
};

// The saving tab: one edit at a time, spaced so each is delivered before the next is saved.
window.sendChanges = async (name, count) => {
  const store = await openPlanStore({ name });
  let plan = await store.put(makePlan({ id: 'cross-tab' }));
  const sent = [];
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    const called = clock();
    plan = await store.put({ ...plan, brief: { ...plan.brief, offer: 'offer ' + i } });
    sent.push({ revision: plan.revision, called, committed: clock() });
  }
  store.close();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return sent;
};
`;

const bundle = await build({
  stdin: { contents: pageScript, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  conditions: BROWSER_CONDITIONS,
  tsconfig: `${root}tsconfig.json`,
});
const js = bundle.outputFiles[0]!.text;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/bench.js"></script>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction('typeof window.runBench === "function"');
  const r = (await page.evaluate('window.runBench()')) as { save: number[]; cold: number[]; bigEdit: number[]; smallEdit: number[] };
  const round = (n: number) => Math.round(n * 10) / 10;
  report({ name: 'store: save a 10,000-blocker plan in one transaction (median of 5)', value: round(median(r.save)), unit: 'ms', budget: 1000 });
  report({ name: 'store: cold load of that plan, new store + get (median of 5)', value: round(median(r.cold)), unit: 'ms', budget: 150 });
  report({ name: 'store: one edit to the 10,000-blocker plan committed, p95 of 60', value: round(percentile(r.bigEdit, 95)), unit: 'ms', budget: 20 });
  report({ name: 'store: one edit to the 10,000-blocker plan committed, median of 60', value: round(median(r.bigEdit)), unit: 'ms', budget: 20 });
  // The first edit after a load: the plan read back is frozen and known valid, and its chunks are remembered, so it validates and writes one record's chunk.
  report({ name: 'store: first edit to the 10,000-blocker plan after a load (one sample)', value: round(r.bigEdit[0]!), unit: 'ms', budget: 20 });
  report({ name: 'store: one edit to a typical plan committed, p95 of 60', value: round(percentile(r.smallEdit, 95)), unit: 'ms', budget: 20 });

  // Two tabs of the same origin: the receiver opens first, so the saving tab is the one in front.
  const receiver = await browser.newPage();
  await receiver.goto(`http://127.0.0.1:${port}/`);
  await receiver.waitForFunction('typeof window.listen === "function"');
  await receiver.evaluate('window.listen("cross-tab")');
  const sender = await browser.newPage();
  await sender.goto(`http://127.0.0.1:${port}/`);
  await sender.waitForFunction('typeof window.sendChanges === "function"');
  const changes = 40;
  const sent = (await sender.evaluate(`window.sendChanges("cross-tab", ${changes})`)) as { revision: number; called: number; committed: number }[];
  const arrivals = (await receiver.evaluate('window.arrivals')) as Record<string, number>;
  const delivered = sent.filter((s) => arrivals[s.revision] !== undefined);
  if (delivered.length < changes) console.warn(`store: ${changes - delivered.length} of ${changes} cross-tab changes never reached the other tab`);
  // The put resolves once its transaction has committed; the message is posted just before that.
  const afterCommit = delivered.map((s) => Math.max(0, arrivals[s.revision]! - s.committed));
  const afterPut = delivered.map((s) => arrivals[s.revision]! - s.called);
  report({ name: `store: cross-tab, commit to the other tab's subscriber, median of ${delivered.length}`, value: round(median(afterCommit)), unit: 'ms', budget: 100 });
  report({ name: `store: cross-tab, commit to the other tab's subscriber, p95 of ${delivered.length}`, value: round(percentile(afterCommit, 95)), unit: 'ms', budget: 100 });
  report({ name: `store: cross-tab, put called to the other tab's subscriber, p95 of ${delivered.length}`, value: round(percentile(afterPut, 95)), unit: 'ms', budget: 100 });
} finally {
  await browser.close();
  server.close();
}
report({ name: 'store: @preflight/core/store gzipped', value: await gzippedKb(`${root}packages/core/src/store/index.ts`), unit: 'kB', budget: 20 });
