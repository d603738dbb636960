/**
 * The workspace given a `now` that is not an ISO instant with an offset: the core's rules refuse to
 * judge at it, so the workspace says why where its verdicts go, as its elements do, instead of failing to render.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { openPlanStore } from '@preflight/core/store';
import { makeBlocker, makePlan } from '../../core/src/testing/factories.js';
import './app.js';
import type { PreflightWorkspace } from './workspace.js';
import { until } from '../../components/src/shared/testing.js';
import { forgetWorkspaces } from '../../../test/browser/support/workspace-page.js';

const PLAN = makePlan({ id: 'judged', blockers: [makeBlocker({ id: 'b1', severity: 'high', raisedAt: '2026-08-20T09:00:00Z', due: '2026-08-28' })] });

const databases: string[] = [];
after(() => forgetWorkspaces(databases));
afterEach(() => history.replaceState(null, '', location.pathname));

async function mountAt(now: string, hash = ''): Promise<PreflightWorkspace> {
  const name = `preflight-workspace-now-${Math.random().toString(36).slice(2)}`;
  databases.push(name);
  const store = await openPlanStore({ name });
  await store.put(PLAN, { baseRevision: 0 });
  store.close();
  history.replaceState(null, '', `${location.pathname}${hash}`);
  return fixture<PreflightWorkspace>(html`<preflight-workspace db-name=${name} now=${now} team-config="data:application/json,null"></preflight-workspace>`);
}

const alertText = (el: ParentNode) => el.querySelector('.invalid-now[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('the workspace given a bad `now`', () => {
  it('says the day without a time is no instant where the open plan’s verdict goes, and its badge says the same', async () => {
    const el = await mountAt('2026-09-01');
    await until(() => alertText(el) !== undefined, 'the notice beside the badge', 600);
    expect(alertText(el)).to.equal('now: "2026-09-01" is not an ISO 8601 instant such as 2026-09-01T09:00:00Z');
    expect(el.querySelector('.verdict-reasons')).to.equal(null);
    const badge = el.querySelector('[data-widget="badge"] preflight-badge')!;
    await until(() => badge.shadowRoot?.querySelector('[part=error]') != null, 'the badge’s own error', 200);
    expect(badge.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('"2026-09-01" is not an ISO 8601 instant');
  });

  it('says so in place of the portfolio’s table', async () => {
    const el = await mountAt('soon', '#home');
    const portfolio = () => el.querySelector('preflight-workspace-portfolio') ?? el;
    await until(() => alertText(portfolio()) !== undefined, 'the portfolio’s notice', 600);
    expect(alertText(portfolio())).to.equal('now: "soon" is not an ISO 8601 instant such as 2026-09-01T09:00:00Z');
    expect(el.querySelector('tr[data-plan="judged"]')).to.equal(null);
  });
});
