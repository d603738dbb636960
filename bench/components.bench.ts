// Element sizes and RACI rendering speed in Chromium. Figures beside their budgets; nothing fails.
import { median, report } from './report.ts';
import { bundlePage, closeBrowser, reportElementSizes, runInPage } from './components/page-runner.ts';

// Budgets (issue 15's) are for each element's initial load: what arrives before it first renders (Lit, the
// core's parsing and rules, the element). The element with everything it pulls in (Floating UI and the
// IndexedDB store, both loaded on first use) is reported beside it against the same figure.
// The team sync client (Yjs, the Hocuspocus provider, y-indexeddb, the status strip) is a chunk of its own, loaded
// only for an element given `sync`: it is left out of the element's figure and reported once, beside its budget.
const { sync } = await reportElementSizes('preflight-badge', 24, 'lazy floating-ui and store');
await reportElementSizes('preflight-raci', 30, 'lazy floating-ui and store');
report({ name: 'team sync chunk gzipped (loaded only with sync: Yjs, the Hocuspocus provider from its sources, y-indexeddb, the status strip)', value: sync, unit: 'kB', budget: 35 });

// 200 steps × 20 roles: time from setting .plan to the first paint that shows the rows on screen (the rest
// are drawn a chunk a frame after it, and the long tasks meanwhile are counted), then, every row drawn, one
// cell edit to the next paint.
const raciPage = await bundlePage(`
  import './packages/components/src/define/preflight-raci.ts';
  import { makePlan, makeStep } from './packages/core/src/testing/factories.ts';
  const roles = Array.from({ length: 20 }, (_, i) => 'Role ' + i);
  const letters = ['responsible', 'accountable', 'consulted', 'informed'];
  const steps = Array.from({ length: 200 }, (_, i) => {
    const raci = { responsible: [], accountable: [], consulted: [], informed: [], backup: roles[(i + 1) % 20] };
    raci.accountable.push(roles[i % 20]);
    raci.responsible.push(roles[(i + 2) % 20]);
    raci[letters[2 + (i % 2)]].push(roles[(i + 3) % 20]);
    return makeStep({ id: 's' + i, name: 'Step ' + i, raci });
  });
  const plan = makePlan({ roles, steps });
  const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const rows = (el) => el.shadowRoot.querySelectorAll('tbody tr[role=row]');
  // The rows on screen are shown: the last row drawn reaches the bottom of the window (the rest are drawn
  // a chunk a frame after the first paint), or every row is drawn.
  const windowFull = (el) => { const drawn = rows(el); return drawn.length === 200 || drawn[drawn.length - 1].getBoundingClientRect().top >= innerHeight; };
  const runs = { render: [], edit: [], all: [], longTasks: [] };
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) runs.longTasks.push(e.duration); });
  for (let run = 0; run < 7; run++) {
    const el = document.createElement('preflight-raci');
    el.now = '2026-08-20T09:00:00Z';
    await paint();
    let t = performance.now();
    el.plan = plan;
    document.body.append(el);
    await el.updateComplete;
    await paint();
    while (!windowFull(el)) await paint();
    runs.render.push(performance.now() - t);
    // Long tasks from there until every row is in the DOM (the first run's are left out with its figures).
    if (run > 0) observer.observe({ type: 'longtask' });
    while (rows(el).length < 200) await paint();
    runs.all.push(performance.now() - t);
    observer.disconnect();
    const cell = el.shadowRoot.querySelector('[data-r="100"][data-c="7"]');
    cell.focus();
    // Focus scrolls the row into view; rows that come on screen render in the frame after. Let that settle first.
    await paint();
    await paint();
    t = performance.now();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    await el.updateComplete;
    await paint();
    runs.edit.push(performance.now() - t);
    el.remove();
  }
  window.__result = runs;
`);
const runs = await runInPage<{ render: number[]; edit: number[]; all: number[]; longTasks: number[] }>(raciPage);
// The first run pays for compiling the templates; the median of the rest is the steady figure.
report({ name: 'preflight-raci 200×20 first render to paint (the rows on screen)', value: Math.round(median(runs.render.slice(1)) * 10) / 10, unit: 'ms', budget: 50 });
report({ name: 'preflight-raci 200×20 long tasks (>50 ms) while the rows off screen are drawn (6 runs)', value: runs.longTasks.length, unit: 'tasks', budget: 0 });
console.log(`  preflight-raci 200×20: every row in the DOM after ${Math.round(median(runs.all.slice(1)))} ms (median)${runs.longTasks.length ? `; longest task ${Math.round(Math.max(...runs.longTasks))} ms` : ''}`);
report({ name: 'preflight-raci one cell edit to next paint', value: Math.round(median(runs.edit.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
await closeBrowser();
