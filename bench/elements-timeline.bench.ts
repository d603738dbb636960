// <preflight-timeline> in Chromium: first render of a 50-step and a 200-step dated plan (dependencies drawn,
// the critical path marked), one edit (a step moved a day by keyboard) to the next paint, and its size.
// Figures beside their budgets; nothing fails.
import { median, report } from './report.ts';
import { bundlePage, closeBrowser, reportElementSizes, runInPage } from './components/page-runner.ts';
import type { RenderRuns } from './components/render-runs.ts';

await reportElementSizes('preflight-timeline', 20, 'lazy floating-ui and store');

const page = await bundlePage(`
  import './packages/components/src/define/preflight-timeline.ts';
  import { manyStepsPlan } from './packages/components/src/timeline/testing.ts';
  import { editFloor, renderRuns } from './bench/components/render-runs.ts';
  const result = {};
  for (const n of [50, 200]) {
    const plan = manyStepsPlan(n);
    const middle = n >> 1;
    const bar = (el) => el.shadowRoot.querySelector('[part~=step][data-id="step-' + middle + '"] [part=bar]');
    result[n] = await renderRuns({
      tag: 'preflight-timeline',
      setUp: (el) => {
        el.now = '2026-08-20T09:00:00Z';
        el.plan = plan;
      },
      // The steps on screen: the last one drawn reaches the window's bottom, or every step is drawn.
      shown: (el) => {
        const rows = el.shadowRoot.querySelectorAll('[part=steps] > [part~=step]');
        return rows.length === n || rows[rows.length - 1].getBoundingClientRect().top >= innerHeight;
      },
      // The edit is timed on a chart with every step drawn.
      beforeEdit: async (el) => {
        while (el.shadowRoot.querySelector('.undrawn')) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        bar(el).focus();
      },
      edit: (el) => bar(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true })),
      check: (el) => {
        if (el.plan.steps[middle].start === plan.steps[middle].start) throw new Error('the move did not happen');
      },
    });
  }
  result.floor = await editFloor();
  window.__result = result;
`);
const runs = await runInPage<Record<50 | 200, RenderRuns> & { floor: number[] }>(page);
// The first run pays for compiling the templates; the median of the rest is the steady figure.
const ms = (values: number[]) => Math.round(median(values.slice(1)) * 10) / 10;
report({ name: 'preflight-timeline 50-step plan first render to paint', value: ms(runs[50].render), unit: 'ms', budget: 30 });
report({ name: 'preflight-timeline one edit (a step moved a day) to next paint, 50 steps', value: ms(runs[50].edit), unit: 'ms', budget: 12 });
report({ name: 'preflight-timeline one edit, 50 steps: its script, style and layout (forced, no frame wait)', value: ms(runs[50].editWork), unit: 'ms', budget: 12 });
report({ name: 'preflight-timeline 200-step plan first render to paint', value: ms(runs[200].render), unit: 'ms', budget: 50 });
report({ name: 'preflight-timeline one edit (a step moved a day) to next paint, 200 steps', value: ms(runs[200].edit), unit: 'ms', budget: 12 });
report({ name: 'preflight-timeline one edit, 200 steps: its script, style and layout (forced, no frame wait)', value: ms(runs[200].editWork), unit: 'ms', budget: 12 });
// The same page's floor for the edit figures: one text node changed, timed the same way (the frame the page waits for).
report({ name: 'baseline: one text node changed to next paint, same page (the floor under the edit figures)', value: ms(runs.floor), unit: 'ms', budget: 12 });
await closeBrowser();
