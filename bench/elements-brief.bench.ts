// <preflight-brief> in Chromium: first render of a 50-step plan, one edit (a lifecycle move) to the next paint,
// and its size. Figures beside their budgets; nothing fails.
import { median, report } from './report.ts';
import { bundlePage, closeBrowser, reportElementSizes, runInPage } from './components/page-runner.ts';
import type { RenderRuns } from './components/render-runs.ts';

await reportElementSizes('preflight-brief', 16, 'lazy floating-ui and store');

const page = await bundlePage(`
  import './packages/components/src/define/preflight-brief.ts';
  import { makePlan, makeStep } from './packages/core/src/testing/factories.ts';
  import { editFloor, renderRuns } from './bench/components/render-runs.ts';
  const base = makePlan();
  // The default five steps first (the launch and review steps the lifecycle reads), then 45 more.
  const steps = [...base.steps, ...Array.from({ length: 45 }, (_, i) => makeStep({ id: 's' + i, name: 'Step ' + i, start: '2026-08-01', due: '2026-08-20' }))];
  const plan = makePlan({
    steps,
    brief: { ...base.brief, keyResults: Array.from({ length: 5 }, (_, i) => ({ id: 'kr-' + i, name: 'Key result ' + i, target: 100 * (i + 1), current: 40 * i })) },
  });
  plan.campaign.state = 'draft';
  window.__result = (async () => ({ ...(await renderRuns({
    tag: 'preflight-brief',
    setUp(el) {
      el.now = '2026-08-20T09:00:00Z';
      el.plan = plan;
    },
    edit: (el) => el.shadowRoot.querySelector('[part~=move-button][data-to=ready]').click(),
    check(el) {
      if (el.plan.campaign.state !== 'ready') throw new Error('the move did not happen');
    },
  })), floor: await editFloor() }))();
`);
const runs = await runInPage<RenderRuns & { floor: number[] }>(page);
// The first run pays for compiling the templates; the median of the rest is the steady figure.
report({ name: 'preflight-brief 50-step plan first render to paint', value: Math.round(median(runs.render.slice(1)) * 10) / 10, unit: 'ms', budget: 30 });
report({ name: 'preflight-brief one edit (a lifecycle move) to next paint', value: Math.round(median(runs.edit.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
report({ name: 'preflight-brief one edit (a lifecycle move): its script, style and layout (forced, no frame wait)', value: Math.round(median(runs.editWork.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
// The same page's floor for the edit figure: one text node changed, timed the same way (the frame the page waits for).
report({ name: 'baseline: one text node changed to next paint, same page (the floor under the edit figure)', value: Math.round(median(runs.floor.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
await closeBrowser();
