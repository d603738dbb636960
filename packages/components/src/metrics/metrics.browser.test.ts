import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { computeMetrics, DEFAULT_CONFIG, metricFigures, type Plan } from '@preflight/core';
import { makeApproval, makeBlocker, makeMilestone, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-metrics.js';
import type { PreflightMetrics } from './metrics.js';
import { seasonPlans, TEAM_NOW, thisWeekPlan } from '../stories/story-team-plans.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, focused, mount, mountIn, NARROW_FRAMES, part, parts, press, sidewaysOverflow, until, XSS_NAME } from '../shared/testing.js';

const NOW = '2026-09-10T12:00:00Z';
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const render = (plans: unknown, now = NOW, config?: unknown) => mount<PreflightMetrics>(html`<preflight-metrics .plans=${plans} .config=${config} now=${now}></preflight-metrics>`);
const figure = (el: PreflightMetrics, id: string) => part(el, `[part~=figure][data-id="${id}"]`);
const chartsDrawn = (el: PreflightMetrics) => until(() => parts(el, 'svg.plot').length === 3, 'the charts to load and draw');

/** Two launched plans: brief to launch 10 and 30 days, a review decided in 4 and one in 20 hours, a tooling blocker each. */
const launched = (id: string, brief: string, launch: string, reviewHours: number, name = `Campaign ${id}`): Plan =>
  makePlan({
    id,
    campaign: { ...makePlan().campaign, name, launchDate: launch },
    milestones: [makeMilestone({ id: 'b', kind: 'brief-approved', planned: brief, actual: brief }), makeMilestone({ id: 'l', kind: 'campaign-launched', planned: launch, actual: launch })],
    approvals: [makeApproval({ requestedAt: '2026-08-03T09:00:00Z', decidedAt: new Date(Date.parse('2026-08-03T09:00:00Z') + reviewHours * 3_600_000).toISOString(), decision: 'approved' })],
    blockers: [makeBlocker({ category: 'poor-tooling', raisedAt: '2026-09-05T09:00:00Z', status: 'resolved', resolvedAt: '2026-09-08T09:00:00Z' })],
  });
const tiny = [launched('a', '2026-07-01', '2026-07-11', 4), launched('b', '2026-07-01', '2026-07-31', 20)];

describe('<preflight-metrics>', () => {
  afterEach(() => setViewport(DEFAULT_VIEWPORT));

  it('shows figures worked out by hand for two small plans', async () => {
    const el = await render(tiny);
    expect(text(figure(el, 'brief-to-launch'))).to.equal('Brief to launch 20 days p90 30 days over 2 launched plans');
    expect(text(figure(el, 'approval-cycle'))).to.equal('Review cycle time 12 h p90 20 h over 2 decided reviews');
    expect(text(figure(el, 'blocker-resolution'))).to.equal('Blocker resolution 3 days p90 3 days over 2 resolved blockers');
    expect(text(figure(el, 'milestones-on-time'))).to.equal('Milestones on time 100% 4 of 4 due milestones');
    expect(text(part(el, '[part~=killers] h3'))).to.equal('Most active killer: Poor tooling 2 open or recent blockers');
    expect(text(part(el, '[part~=header]'))).to.equal('Team metrics 2 plans · as of Sep 10 · sprints of 7 days');
  });

  it('shows every headline figure as the core computes it for a season of plans', async () => {
    const plans = [...seasonPlans, thisWeekPlan];
    const el = await render(plans, TEAM_NOW);
    const expected = metricFigures(computeMetrics(plans, { now: TEAM_NOW }));
    for (const f of expected.filter((f) => f.id !== 'most-active-killer')) {
      const card = figure(el, f.id);
      expect(text(card.querySelector('[part~=figure-value]')!), f.id).to.equal(f.value);
      expect(text(card.querySelector('[part~=figure-basis]')!), f.id).to.equal(f.basis);
      expect(card.querySelector('[part~=figure-p90]') ? text(card.querySelector('[part~=figure-p90]')!) : undefined, f.id).to.equal(f.p90 && f.number !== null ? `p90 ${f.p90}` : undefined);
    }
    const killer = expected.find((f) => f.id === 'most-active-killer')!;
    expect(text(part(el, '[part~=killers] [part~=figure-value]'))).to.equal(killer.value);
  });

  it('draws the charts from a chunk loaded on demand, each named and summed up, its data a table behind a disclosure', async () => {
    const plans = [...seasonPlans, thisWeekPlan];
    const el = await render(plans, TEAM_NOW);
    await chartsDrawn(el);
    const m = computeMetrics(plans, { now: TEAM_NOW });
    const charts = parts(el, '[part~=chart]');
    expect(charts.map((c) => c.dataset.id)).to.deep.equal(['blockers', 'review-cycle', 'brief-to-launch']);
    for (const chart of charts) {
      const name = el.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!;
      const summary = el.shadowRoot!.getElementById(chart.getAttribute('aria-describedby')!)!;
      expect(text(name), 'a name').to.not.equal('');
      expect(text(summary), 'a summary').to.not.equal('');
      expect(chart.querySelector('svg')!.getAttribute('aria-hidden'), 'the drawing is decoration beside its table').to.equal('true');
    }
    // The bars of the blocker chart are the sprints' raised counts (the latest 26 sprints).
    const bars = parts(el, '[data-id=blockers] .bars rect');
    expect(bars.length).to.equal(m.sprints.slice(-26).filter((s) => s.raised > 0).length);

    // The data table opens by keyboard and holds every sprint, as the core counts them.
    const summary = part(el, '[data-id=blockers] [part~=chart-data] summary');
    summary.focus();
    await press('Enter');
    await el.updateComplete;
    const rows = parts(el, '[data-id=blockers] tbody tr').map((r) => [...r.children].map(text));
    expect(rows).to.deep.equal(m.sprints.map((s) => [String(s.sprint), s.start, String(s.raised), String(s.resolved), String(s.unresolved), s.milestonesDue ? `${s.milestonesOnTime} of ${s.milestonesDue}` : '—']));
    await press('Tab');
    expect(focused(el)?.getAttribute('role'), 'the table scrolls in a region reached by keyboard').to.equal('region');
    await expectAccessibleInBothThemes(el);
  });

  it('with no plans says where the figures come from and what to do', async () => {
    const el = await render([]);
    expect(text(part(el, '[part~=empty]'))).to.match(/^No plans to measure yet\. .*Add a plan/);
    expect(parts(el, '[part~=figure]')).to.have.length(0);
    await expectAccessibleInBothThemes(el);
  });

  it('with plans that have nothing measured yet says which records make the figures, and loads no chart', async () => {
    const el = await render([makePlan({ id: 'one' }), makePlan({ id: 'two' })]);
    expect(text(part(el, '[part~=empty]'))).to.match(/^Nothing measured yet: .*“Brief approved” and “Campaign launched”/);
    expect(text(figure(el, 'brief-to-launch'))).to.equal('Brief to launch — no plan has an approved brief and a launch yet');
    expect(parts(el, '[part~=chart]')).to.have.length(0);
  });

  it('takes one plan as .plan', async () => {
    const el = await mount<PreflightMetrics>(html`<preflight-metrics .plan=${tiny[0]} now=${NOW}></preflight-metrics>`);
    expect(text(figure(el, 'brief-to-launch'))).to.equal('Brief to launch 10 days p90 10 days over 1 launched plan');
  });

  it('names an unreadable plan by path and measures the others', async () => {
    const el = await render([tiny[0], { ...tiny[1], campaign: { ...tiny[1]!.campaign, type: 'podcast' } }]);
    expect(text(part(el, '[part~=error]'))).to.contain('plans[1].campaign.type');
    expect(text(part(el, '[part~=header]'))).to.contain('1 plan ·');
    const bad = await render(tiny, 'yesterday');
    expect(text(part(bad, '[part~=error]'))).to.contain('now: "yesterday" is not an ISO 8601 instant');
  });

  it('says the day the figures are as of on the team’s clock', async () => {
    // 12:00 UTC on the 10th is already the 11th in Auckland (UTC+12).
    const el = await render(tiny, NOW, { timeZone: 'Pacific/Auckland' });
    expect(text(part(el, '[part~=header]'))).to.contain('as of Sep 11');
  });

  it('follows the team’s sprint length', async () => {
    const el = await render(tiny, NOW, { sprint: { lengthDays: 14 } });
    expect(text(part(el, '[part~=header]'))).to.contain('sprints of 14 days');
    const m = computeMetrics(tiny, { now: NOW, config: { ...DEFAULT_CONFIG, sprint: { ...DEFAULT_CONFIG.sprint, lengthDays: 14 } } });
    expect(text(figure(el, 'blockers-per-sprint').querySelector('[part~=figure-basis]')!)).to.equal(metricFigures(m).find((f) => f.id === 'blockers-per-sprint')!.basis);
  });

  it('renders campaign names as text', async () => {
    const el = await render([launched('x', '2026-07-01', '2026-07-11', 4, XSS_NAME)]);
    await chartsDrawn(el);
    part(el, '[data-id=brief-to-launch] summary').click();
    await until(() => parts(el, '[data-id=brief-to-launch] tbody th').length === 1, 'the data table to open');
    expect(text(part(el, '[data-id=brief-to-launch] tbody th'))).to.equal(XSS_NAME);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
  });

  for (const frame of NARROW_FRAMES) {
    it(`fits ${frame.name} without sideways scrolling, charts drawn to its width`, async () => {
      const el = await mountIn<PreflightMetrics>(frame, html`<preflight-metrics .plans=${[...seasonPlans, thisWeekPlan]} now=${TEAM_NOW}></preflight-metrics>`);
      await chartsDrawn(el);
      await until(() => Number(part(el, 'svg.plot').getAttribute('width')) <= el.getBoundingClientRect().width, 'the charts to take the element’s width');
      // A data table wider than the column scrolls inside its own region, which the keyboard reaches (tabindex, role=region).
      expect(sidewaysOverflow(el).filter((what) => !what.startsWith('div.table-wrap scrolls sideways'))).to.deep.equal([]);
      for (const region of parts(el, '.table-wrap')) expect([region.tabIndex, region.getAttribute('role')]).to.deep.equal([0, 'region']);
    });
  }
});
