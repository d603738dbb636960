// <preflight-brief> in Chromium: first render of a 50-step plan, one edit (a lifecycle move) to the next paint,
// and its size. Figures beside their budgets; nothing fails.
import { median, report } from './report.ts';
import { bundlePage, closeBrowser, reportElementSizes, runInPage } from './components/page-runner.ts';

await reportElementSizes('preflight-brief', 16, 'lazy floating-ui and store');

const page = await bundlePage(`
  import './packages/components/src/define/preflight-brief.ts';
  import { makePlan, makeStep } from './packages/core/src/testing/factories.ts';
  const base = makePlan();
  // The default five steps first (the launch and review steps the lifecycle reads), then 45 more.
  const steps = [...base.steps, ...Array.from({ length: 45 }, (_, i) => makeStep({ id: 's' + i, name: 'Step ' + i, start: '2026-08-01', due: '2026-08-20' }))];
  const plan = makePlan({
    steps,
    brief: { ...base.brief, keyResults: Array.from({ length: 5 }, (_, i) => ({ id: 'kr-' + i, name: 'Key result ' + i, target: 100 * (i + 1), current: 40 * i })) },
  });
  plan.campaign.state = 'draft';
  const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const runs = { render: [], edit: [] };
  for (let run = 0; run < 9; run++) {
    const el = document.createElement('preflight-brief');
    el.now = '2026-08-20T09:00:00Z';
    await paint();
    let t = performance.now();
    el.plan = plan;
    document.body.append(el);
    await el.updateComplete;
    await paint();
    runs.render.push(performance.now() - t);
    const move = el.shadowRoot.querySelector('[part~=move-button][data-to=ready]');
    t = performance.now();
    move.click();
    await el.updateComplete;
    await paint();
    runs.edit.push(performance.now() - t);
    if (el.plan.campaign.state !== 'ready') throw new Error('the move did not happen');
    el.remove();
  }
  window.__result = runs;
`);
const runs = await runInPage<{ render: number[]; edit: number[] }>(page);
// The first run pays for compiling the templates; the median of the rest is the steady figure.
report({ name: 'preflight-brief 50-step plan first render to paint', value: Math.round(median(runs.render.slice(1)) * 10) / 10, unit: 'ms', budget: 30 });
report({ name: 'preflight-brief one edit (a lifecycle move) to next paint', value: Math.round(median(runs.edit.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
await closeBrowser();
