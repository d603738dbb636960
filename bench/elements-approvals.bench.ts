// <preflight-approvals> in Chromium: first render of a 50-step plan with a review on every step (two in three
// waiting, each with its SLA clock and escalation), one decision to the next paint, and its size.
// Figures beside their budgets; nothing fails.
import { median, report } from './report.ts';
import { bundlePage, closeBrowser, reportElementSizes, runInPage } from './components/page-runner.ts';
import type { RenderRuns } from './components/render-runs.ts';

await reportElementSizes('preflight-approvals', 16, 'lazy floating-ui and store');

const page = await bundlePage(`
  import './packages/components/src/define/preflight-approvals.ts';
  import { makeApproval, makePlan, makeStep } from './packages/core/src/testing/factories.ts';
  import { editFloor, renderRuns } from './bench/components/render-runs.ts';
  const steps = Array.from({ length: 50 }, (_, i) => makeStep({ id: 's' + i, name: 'Step ' + i }));
  const kinds = ['creative', 'brand', 'legal', 'launch', 'other'];
  // Requested over the ten days before now: some are past their SLA and up the ladder, some still running.
  const approvals = steps.map((s, i) => makeApproval({
    id: 'apr-' + i,
    kind: kinds[i % 5],
    stepId: s.id,
    requestedAt: '2026-08-' + String(10 + (i % 10)).padStart(2, '0') + 'T09:00:00Z',
    ...(i % 3 === 2 ? { decision: 'approved', decidedAt: '2026-08-19T12:00:00Z', decidedBy: 'Demand gen lead' } : {}),
  }));
  const plan = makePlan({ steps, approvals });
  window.__result = (async () => ({ ...(await renderRuns({
    tag: 'preflight-approvals',
    setUp(el) {
      el.now = '2026-08-20T09:00:00Z';
      el.actor = 'Demand gen lead';
      el.plan = plan;
    },
    // The reviews on screen: the last one drawn reaches the window's bottom, or every review is drawn.
    shown(el) {
      const rows = el.shadowRoot.querySelectorAll('.reviews > [part~=review]');
      return rows.length === approvals.length || rows[rows.length - 1].getBoundingClientRect().top >= innerHeight;
    },
    // Opening the form is its own interaction; the edit timed is the decision, from Record decision to the paint,
    // with every review drawn.
    async beforeEdit(el) {
      while (el.shadowRoot.querySelector('.undrawn')) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      el.shadowRoot.querySelector('[data-id="apr-0"] [part~=decide-button]').click();
      await el.updateComplete;
      el.shadowRoot.querySelector('[part~=decide-form] input[value=approved]').checked = true;
    },
    edit: (el) => el.shadowRoot.querySelector('[part~=decide-form] [type=submit]').click(),
    check(el) {
      if (el.plan.approvals[0].decision !== 'approved') throw new Error('the decision was not recorded');
    },
  })), floor: await editFloor() }))();
`);
const runs = await runInPage<RenderRuns & { floor: number[] }>(page);
// The first run pays for compiling the templates; the median of the rest is the steady figure.
report({ name: 'preflight-approvals 50-step plan, 50 reviews, first render to paint', value: Math.round(median(runs.render.slice(1)) * 10) / 10, unit: 'ms', budget: 30 });
report({ name: 'preflight-approvals one edit (a decision) to next paint', value: Math.round(median(runs.edit.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
report({ name: 'preflight-approvals one edit (a decision): its script, style and layout (forced, no frame wait)', value: Math.round(median(runs.editWork.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
// The same page's floor for the edit figure: one text node changed, timed the same way (the frame the page waits for).
report({ name: 'baseline: one text node changed to next paint, same page (the floor under the edit figure)', value: Math.round(median(runs.floor.slice(1)) * 10) / 10, unit: 'ms', budget: 12 });
await closeBrowser();
