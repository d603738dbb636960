/**
 * The workspace left open with no `now`: the open plan's readiness summary, its widgets and the
 * portfolio are judged again as the clock passes a boundary, on the one clock the workspace gives them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { openPlanStore } from '@preflight/core/store';
import { makeBlocker, makePlan } from '../../core/src/testing/factories.js';
import './app.js';
import type { PreflightWorkspace } from './workspace.js';
import { ManualClock, until } from '../../components/src/shared/testing.js';
import { forgetWorkspaces } from '../../../test/browser/support/workspace-page.js';

/** A high blocker due on 28 August: overdue (at risk) from midnight UTC, the team's default zone. */
const PLAN = makePlan({ id: 'overdue-soon', blockers: [makeBlocker({ id: 'b1', severity: 'high', raisedAt: '2026-08-20T09:00:00Z', due: '2026-08-28' })] });
const BEFORE_MIDNIGHT = Date.parse('2026-08-28T23:58:30Z');

const databases: string[] = [];
after(() => forgetWorkspaces(databases));
afterEach(() => history.replaceState(null, '', location.pathname));

async function mountWith(clock: ManualClock, hash = ''): Promise<PreflightWorkspace> {
  const name = `preflight-workspace-clock-${Math.random().toString(36).slice(2)}`;
  databases.push(name);
  const store = await openPlanStore({ name });
  await store.put(PLAN, { baseRevision: 0 });
  store.close();
  history.replaceState(null, '', `${location.pathname}${hash}`);
  return fixture<PreflightWorkspace>(html`<preflight-workspace db-name=${name} team-config="data:application/json,null" .clock=${clock}></preflight-workspace>`);
}

const badgeState = (el: PreflightWorkspace) => el.querySelector('[data-widget="badge"] preflight-badge')?.shadowRoot?.querySelector('[part=state]')?.textContent?.trim();

describe('the workspace on its clock', () => {
  it('shows the open plan at risk once its blocker falls overdue at midnight, with the page left open', async () => {
    const clock = new ManualClock(BEFORE_MIDNIGHT);
    const el = await mountWith(clock);
    await until(() => el.querySelector('.verdict-reasons') !== null && badgeState(el) !== undefined, 'the readiness summary', 600);
    expect(el.querySelector('.verdict-reasons')!.getAttribute('data-state')).to.equal('ready');
    expect(badgeState(el)).to.equal('Ready');

    clock.advance(2 * 60_000);
    await el.updateComplete;
    await until(() => el.querySelector('.verdict-reasons')!.getAttribute('data-state') === 'at-risk', 'the summary judged again', 200);
    expect(el.querySelector('.verdict-reasons li[data-rule="blocker.overdue"]')).to.not.equal(null);
    // The badge reads the same clock, given once by the workspace.
    await until(() => badgeState(el) === 'At risk', 'the badge judged again', 200);
  });

  it('moves the plan into the at-risk count of the portfolio when the clock passes midnight', async () => {
    const clock = new ManualClock(BEFORE_MIDNIGHT);
    const el = await mountWith(clock, '#home');
    const verdict = () => el.querySelector('tr[data-plan="overdue-soon"] .verdict')?.textContent ?? '';
    await until(() => verdict() !== '', 'the portfolio', 600);
    expect(verdict()).to.contain('Ready');

    clock.advance(2 * 60_000);
    await until(() => verdict().includes('At risk'), 'the portfolio judged again', 200);
  });

  it('judges at its `now` when set, whatever its clock says, and leaves the clock nothing to run', async () => {
    const clock = new ManualClock(BEFORE_MIDNIGHT);
    const name = `preflight-workspace-clock-${Math.random().toString(36).slice(2)}`;
    databases.push(name);
    const store = await openPlanStore({ name });
    await store.put(PLAN, { baseRevision: 0 });
    store.close();
    const el = await fixture<PreflightWorkspace>(html`<preflight-workspace db-name=${name} now="2026-08-29T09:00:00Z" team-config="data:application/json,null" .clock=${clock}></preflight-workspace>`);
    await until(() => el.querySelector('.verdict-reasons') !== null && badgeState(el) !== undefined, 'the readiness summary', 600);
    expect(el.querySelector('.verdict-reasons')!.getAttribute('data-state')).to.equal('at-risk');
    expect(badgeState(el)).to.equal('At risk');
    expect(clock.pending).to.equal(0);
  });
});
