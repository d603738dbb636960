/**
 * The workspace's home: every plan in the browser's store with its verdict, launch, owner and state,
 * sorted and filtered from the keyboard, and the team's metrics and agenda across them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { openPlanStore, type PlanStore } from '@preflight/core/store';
import { evaluate, setPerson, STATE_TITLES, type Plan } from '@preflight/core';
import { makeBlocker, makePlan } from '../../packages/core/src/testing/factories.js';
import '../../packages/workspace/src/app.js';
import type { WorkspacePortfolio } from '../../packages/workspace/src/portfolio.js';
import { until } from '../../packages/components/src/shared/testing.js';
import { forgetWorkspaces, loadWorkspaceStyles } from './support/workspace-page.js';

const NOW = '2026-08-28T12:00:00Z';
const campaign = makePlan().campaign;
const PLANS: Plan[] = [
  setPerson(makePlan({ id: 'summit', campaign: { ...campaign, name: '2026q4_na_event_summit', state: 'live', launchDate: '2026-10-01' } }), 'Campaign manager', { name: 'Dana Kim' }),
  makePlan({
    id: 'launch',
    campaign: { ...campaign, name: '2026q3_emea_email_product-launch', launchDate: '2026-09-01' },
    blockers: [makeBlocker({ id: 'b1', severity: 'critical', raisedAt: '2026-08-20T09:00:00Z', due: '2026-08-21' })],
  }),
  makePlan({ id: 'webinar', campaign: { ...campaign, name: '2026q3_emea_webinar_ai', launchDate: '2026-09-15', owner: undefined } }),
];

const databases: string[] = [];
let store: PlanStore;

async function mount(plans: readonly Plan[] = PLANS): Promise<WorkspacePortfolio> {
  const name = `preflight-portfolio-test-${Math.random().toString(36).slice(2)}`;
  databases.push(name);
  store = await openPlanStore({ name });
  for (const plan of plans) await store.put(plan, { baseRevision: 0 });
  const el = await fixture<WorkspacePortfolio>(html`<preflight-workspace-portfolio .store=${store} .summaries=${await store.list()} now=${NOW}></preflight-workspace-portfolio>`);
  await until(() => !el.querySelector('.portfolio [role="status"]:not(.sr-status)'), 'the plans read', 600);
  return el;
}

const rowNames = (el: HTMLElement) => [...el.querySelectorAll('tbody tr th a')].map((a) => a.textContent!.trim());

before(loadWorkspaceStyles);
after(() => forgetWorkspaces(databases));

describe('portfolio', () => {
  it('lists every plan with the verdict, score and reason the core gives it, its launch, owner (with the person) and state, worst first', async () => {
    const el = await mount();
    const byVerdict = [...PLANS].map((p) => ({ p, r: evaluate(p, { now: NOW }) })).sort((a, b) => ['blocked', 'at-risk', 'ready'].indexOf(a.r.state) - ['blocked', 'at-risk', 'ready'].indexOf(b.r.state) || a.r.score - b.r.score);
    expect(rowNames(el)).to.deep.equal(byVerdict.map(({ p }) => p.campaign.name));
    for (const { p, r } of byVerdict) {
      const row = el.querySelector(`tr[data-plan="${p.id}"]`)!;
      expect(row.querySelector('.verdict')!.textContent).to.contain(`${STATE_TITLES[r.state]} ${r.score}`);
      expect(row.querySelector('time')!.getAttribute('datetime')).to.equal(p.campaign.launchDate);
      expect(row.querySelector('a')!.getAttribute('href')).to.equal(`#plan=${p.id}`);
    }
    expect(el.querySelector('tr[data-plan="summit"]')!.textContent).to.contain('Campaign manager · Dana Kim');
    expect(el.querySelector('tr[data-plan="webinar"]')!.textContent).to.contain('Nobody named');
    expect(el.querySelector('tr[data-plan="launch"] .reason')!.textContent!.length).to.be.greaterThan(10);
    expect(el.querySelector('th[aria-sort="ascending"]')!.textContent).to.contain('Verdict');
  });

  it('sorts by a column from the keyboard, a second press turning the order around', async () => {
    const el = await mount();
    const button = [...el.querySelectorAll<HTMLButtonElement>('th button')].find((b) => b.textContent!.includes('Launch'))!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['2026q3_emea_email_product-launch', '2026q3_emea_webinar_ai', '2026q4_na_event_summit']);
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['2026q4_na_event_summit', '2026q3_emea_webinar_ai', '2026q3_emea_email_product-launch']);
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(el.querySelectorAll('th[aria-sort="none"]').length).to.equal(4);
  });

  it('filters by words typed and by verdict, says how many are shown, and offers a way back when nothing matches', async () => {
    const el = await mount();
    el.querySelector<HTMLInputElement>('#portfolio-filter')!.focus();
    await sendKeys({ type: 'EMEA' });
    await el.updateComplete;
    expect(rowNames(el).sort()).to.deep.equal(['2026q3_emea_email_product-launch', '2026q3_emea_webinar_ai']);
    expect(el.querySelector('.sr-status')!.textContent).to.equal('2 plans of 3 shown');
    const blocked = [...el.querySelectorAll<HTMLLabelElement>('.verdict-filter label')].find((l) => l.textContent!.includes('Blocked'))!;
    blocked.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['2026q3_emea_email_product-launch']);
    el.querySelector<HTMLInputElement>('#portfolio-filter')!.focus();
    await sendKeys({ type: ' nothing' });
    await el.updateComplete;
    expect(el.querySelector('table')).to.equal(null);
    expect(el.querySelector('.empty-state')!.textContent).to.contain('No plan matches “EMEA nothing”');
    el.querySelector<HTMLButtonElement>('.empty-state button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el).length).to.equal(3);
    expect(document.activeElement).to.equal(el.querySelector('#portfolio-filter'));
  });

  it('shows the team metrics and the agenda across the plans, from the same plans', async () => {
    const el = await mount();
    const metrics = el.querySelector('preflight-metrics') as HTMLElement & { plans: Plan[] };
    const agenda = el.querySelector('preflight-agenda') as HTMLElement & { plans: Plan[] };
    expect(metrics.plans.map((p) => p.id).sort()).to.deep.equal(PLANS.map((p) => p.id).sort());
    expect(agenda.plans.length).to.equal(3);
    // Both are given the same plan objects the table was drawn from (their own tests match their figures to the core's).
    expect(agenda.plans).to.equal(metrics.plans);
  });

  it('says what to do when there is no plan, and reads the list again when it changes', async () => {
    const el = await mount([]);
    expect(el.querySelector('.empty-state')!.textContent).to.contain('Create one from a template');
    await store.put(PLANS[0]!, { baseRevision: 0 });
    el.summaries = await store.list();
    await until(() => rowNames(el).length === 1, 'the new plan listed', 600);
  });

  it('has no axe violation in light or dark, and its controls are at least 24 px', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      const el = await mount();
      await expect(el).to.be.accessible();
      el.id = 'portfolio';
      await executeServerCommand('screenshot', { selector: '#portfolio', name: `workspace/portfolio--${scheme}` });
      for (const control of el.querySelectorAll<HTMLElement>('button, input, a')) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), control.outerHTML.slice(0, 80)).to.be.at.least(24);
      }
    }
    await emulateMedia({ colorScheme: 'light' });
  });
});

describe('portfolio in the workspace', () => {
  it('“All plans at a glance” opens it with the focus on its title and #home in the address; a plan’s link opens that plan', async () => {
    const name = `preflight-portfolio-ws-${Math.random().toString(36).slice(2)}`;
    databases.push(name);
    const seeded = await openPlanStore({ name });
    for (const plan of PLANS) await seeded.put(plan, { baseRevision: 0 });
    seeded.close();
    localStorage.setItem(`preflight-workspace-seeded:${name}`, '1');
    history.replaceState(null, '', '#plan=summit');
    const ws = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<preflight-workspace db-name=${name} now=${NOW} team-config="data:application/json,null"></preflight-workspace>`);
    await until(() => Boolean(ws.querySelector('.plan-title')), 'the plan open', 600);
    expect(ws.querySelector('.plan-title')!.textContent).to.contain('2026q4_na_event_summit');
    ws.querySelector<HTMLAnchorElement>('.home-link')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.id === 'portfolio-heading', 'the focus on the portfolio title', 600);
    expect(location.hash).to.equal('#home');
    expect(ws.querySelector('.home-link')!.getAttribute('aria-current')).to.equal('page');
    await until(() => rowNames(ws).length === 3, 'every plan listed', 600);
    ws.querySelector<HTMLAnchorElement>('tr[data-plan="webinar"] a')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => ws.querySelector('.plan-title')?.textContent?.includes('2026q3_emea_webinar_ai') ?? false, 'the webinar open', 600);
    expect(location.hash).to.equal('#plan=webinar');
    expect(ws.querySelector('preflight-workspace-portfolio')).to.equal(null);
    history.replaceState(null, '', location.pathname);
  });
});
