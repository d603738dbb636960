import { expect, html } from '@open-wc/testing';
import { createMemoryStore } from '@preflight/core/store';
import type { Plan } from '@preflight/core';
import { makeBlocker, makePlan, makeStep } from '../../../core/src/testing/factories.js';
import '../define/preflight-badge.js';
import type { PreflightBadge } from './badge.js';
import { expectAccessibleInBothThemes, focused, ManualClock, mount, part, parts, press, until, XSS_NAME } from '../shared/testing.js';

const NOW = '2026-08-20T09:00:00Z';
const render = (plan: unknown, now: string | undefined = NOW) =>
  mount<PreflightBadge>(html`<preflight-badge .plan=${plan} now=${now ?? ''}></preflight-badge>`);
const blockedPlan = (): Plan => {
  const plan = makePlan();
  plan.steps[0] = makeStep({ raci: { ...makeStep().raci, accountable: [] } });
  return plan;
};

describe('<preflight-badge>', () => {
  it('shows the state and score the core computes', async () => {
    const el = await render(makePlan());
    const pill = part(el, '[part=pill]');
    expect(pill.dataset.state).to.equal('ready');
    expect(part(el, '[part=state]').textContent).to.equal('Ready');
    expect(part(el, '[part=score]').textContent).to.equal('100');
    el.plan = blockedPlan();
    await el.updateComplete;
    expect(pill.dataset.state).to.equal('blocked');
    expect(Number(part(el, '[part=score]').textContent)).to.be.below(100);
    expect(pill.textContent!.replace(/\s+/g, ' ')).to.match(/Readiness: Blocked, score \d+ of 100/);
  });

  it('opens the top findings with the keyboard, explains them and closes with Escape, returning focus', async () => {
    const el = await render(blockedPlan());
    const pill = part(el, '[part=pill]');
    pill.focus();
    await press('Enter');
    await until(() => part(el, '[part=popover]').matches(':popover-open'), 'the popover');
    await el.updateComplete;
    const text = part(el, '[part=popover]').textContent!;
    expect(text).to.contain('Exactly one Accountable per step');
    expect(text).to.contain('Fix:');
    expect(text).to.contain('A blocking finding');
    expect(pill.getAttribute('aria-expanded')).to.equal('true');
    expect(pill.getAttribute('aria-controls')).to.equal(part(el, '[part=popover]').id);
    await expectAccessibleInBothThemes(el);
    await press('Escape');
    await until(() => focused(el) === pill, 'focus back on the pill');
    expect(pill.getAttribute('aria-expanded')).to.equal('false');
  });

  it('with no `now`, judges at the clock and again as time passes: a blocker due today turns overdue after midnight while the page stays open', async () => {
    const clock = new ManualClock(Date.parse('2026-08-20T23:58:30Z'));
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-20' })] });
    const el = await mount<PreflightBadge>(html`<preflight-badge .plan=${plan} .clock=${clock}></preflight-badge>`);
    const pill = part(el, '[part=pill]');
    expect(pill.dataset.state).to.equal('ready');
    clock.advance(60_000);
    await el.updateComplete;
    expect(pill.dataset.state, 'still the 20th').to.equal('ready');
    clock.advance(60_000);
    await el.updateComplete;
    expect(pill.dataset.state, 'the 21st: the blocker is overdue').to.equal('at-risk');
    // Judged at a fixed instant, the element stops following the clock; removed, it leaves nothing scheduled.
    el.now = NOW;
    await el.updateComplete;
    expect(pill.dataset.state).to.equal('ready');
    expect(clock.pending).to.equal(0);
    el.now = undefined;
    await el.updateComplete;
    expect(pill.dataset.state).to.equal('at-risk');
    el.remove();
    expect(clock.pending).to.equal(0);
  });

  it('a page coming back into view is judged again at once', async () => {
    const clock = new ManualClock(Date.parse('2026-08-20T23:59:59Z'));
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-20' })] });
    const el = await mount<PreflightBadge>(html`<preflight-badge .plan=${plan} .clock=${clock}></preflight-badge>`);
    clock.jump(Date.parse('2026-08-21T07:00:00Z'));
    expect(part(el, '[part=pill]').dataset.state).to.equal('ready');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(part(el, '[part=pill]').dataset.state).to.equal('at-risk');
  });

  it('reports a `now` that is not an ISO instant, by name', async () => {
    const el = await render(makePlan());
    el.now = 'not a date';
    await el.updateComplete;
    expect(part(el, '[role=alert]').textContent).to.contain('now');
  });

  it('has no axe violations in either theme', async () => {
    const el = await render(makePlan());
    await expectAccessibleInBothThemes(el);
  });

  it('lists the bad paths of an invalid plan', async () => {
    const el = await render({ ...makePlan(), campaign: { name: '', type: 'zeppelin' } });
    const alert = part(el, '[role=alert]');
    expect(alert.textContent).to.contain('campaign.name');
    expect(alert.textContent).to.contain('campaign.type');
  });

  it('renders a markup-shaped campaign name as text', async () => {
    const plan = blockedPlan();
    plan.campaign.name = XSS_NAME;
    const el = await render(plan);
    part(el, '[part=pill]').click();
    await until(() => part(el, '[part=popover]').matches(':popover-open'), 'the popover');
    expect(parts(el, 'img')).to.have.length(0);
    expect(part(el, '[part=pill]').title).to.contain(XSS_NAME);
    expect(part(el, '[part=popover]').getAttribute('aria-label')).to.contain(XSS_NAME);
  });

  it('follows a bound store and shows its status in the popover', async () => {
    const store = createMemoryStore();
    await store.put(makePlan());
    const el = await mount<PreflightBadge>(html`<preflight-badge plan-id="plan-1" .store=${store} now=${NOW}></preflight-badge>`);
    await until(() => parts(el, '[part=pill]').length === 1, 'the stored plan');
    expect(part(el, '[part=state]').textContent).to.equal('Ready');
    const current = (await store.get('plan-1'))!;
    await store.put(blockedPlan(), { baseRevision: current.revision });
    await until(() => part(el, '[part=state]').textContent === 'Blocked', 'the saved change');
    part(el, '[part=pill]').click();
    await until(() => parts(el, '.store').length === 1, 'the status line');
    expect(part(el, '.store').textContent).to.contain(store.status);
  });
});
