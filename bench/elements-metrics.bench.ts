// <preflight-metrics> and <preflight-agenda> in Chromium over 500 plans: first render to the paint with
// every figure and chart drawn (the chart chunk loaded on the first run, as a page loads it once), and
// each element's size, initial and with its lazy chunks. Figures beside their budgets; nothing fails.
import { median, report } from './report.ts';
import { bundlePage, closeBrowser, reportElementSizes, runInPage } from './components/page-runner.ts';

// Beside the other elements' (the badge, the smallest plan element, loads 40.5 kB before it renders): both read
// plans with the core's parser and judge them with its rules; the metrics' charts (d3-scale, d3-shape) are a chunk of their own.
await reportElementSizes('preflight-metrics', 56, 'lazy charts: d3-scale and d3-shape');
await reportElementSizes('preflight-agenda', 40, 'no lazy chunk');

interface Runs {
  metrics: number[];
  agenda: number[];
}

const page = await bundlePage(`
  import './packages/components/src/define/preflight-metrics.ts';
  import './packages/components/src/define/preflight-agenda.ts';
  import { manyPlans, TEAM_NOW } from './packages/components/src/stories/story-team-plans.ts';
  import { paint } from './bench/components/render-runs.ts';

  const plans = manyPlans(500);
  /**
   * Fresh elements each run, given the same 500 plan objects, as a page that holds its plans gives them:
   * the first run validates every record, later ones (like a store's plans) only the checks across records.
   */
  async function firstRender(tag, drawn) {
    const times = [];
    for (let run = 0; run < 15; run++) {
      const el = document.createElement(tag);
      await paint();
      const t = performance.now();
      el.now = TEAM_NOW;
      el.plans = plans;
      document.body.append(el);
      await el.updateComplete;
      while (!drawn(el)) await new Promise((resolve) => requestAnimationFrame(resolve));
      await paint();
      times.push(performance.now() - t);
      if (!el.shadowRoot.querySelector('[part~=header]')) throw new Error(tag + ' did not render the plans');
      el.remove();
    }
    return times;
  }
  window.__result = (async () => ({
    metrics: await firstRender('preflight-metrics', (el) => el.shadowRoot.querySelectorAll('svg.plot').length === 3),
    agenda: await firstRender('preflight-agenda', (el) => el.shadowRoot.querySelectorAll('[part~=section]').length >= 5),
  }))();
`);
const runs = await runInPage<Runs>(page);
// The first run also loads the chart chunk and compiles the templates; the median of the rest is the steady figure.
report({ name: 'preflight-metrics 500 plans first render to paint, charts drawn', value: Math.round(median(runs.metrics.slice(1)) * 10) / 10, unit: 'ms', budget: 100 });
// The cold first render: every record of the 500 plans validated for the first time, the chart chunk loaded, the templates compiled.
report({ name: 'preflight-metrics 500 plans first render on a cold page (plans never read, charts not loaded yet)', value: Math.round(runs.metrics[0]! * 10) / 10, unit: 'ms', budget: 150 });
report({ name: 'preflight-agenda 500 plans first render to paint', value: Math.round(median(runs.agenda.slice(1)) * 10) / 10, unit: 'ms', budget: 100 });
await closeBrowser();
