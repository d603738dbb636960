import { expect, html } from '@open-wc/testing';
import { createMemoryStore } from '@preflight/core/store';
import type { Plan } from '@preflight/core';
import { makeApproval, makeBlocker, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-raci.js';
import '../define/preflight-checklist.js';
import '../define/preflight-blocker-log.js';
import '../define/preflight-approvals.js';
import '../define/preflight-brief.js';
import type { PreflightRaci } from './raci.js';
import { ignoreResizeObserverNotice } from '../blocker-log/testing.js';
import { expectAccessibleInBothThemes, mount, part, parts, until } from '../shared/testing.js';

const NOW = '2026-08-20T09:00:00Z';
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
/** The blocker's row alone (the owner filter lists every role with its person too), scrolled into view: the log draws only the rows in sight. */
const row = (el: HTMLElement) => {
  el.scrollIntoView();
  return (el.shadowRoot!.querySelector('[part~=row][data-id="blk-1"]')?.textContent ?? '').replace(/\s+/g, ' ');
};

/** Every element of one plan on one store, as a page that embeds them all would have them. */
async function page(plan: Plan) {
  const store = createMemoryStore();
  await store.put(plan);
  const root = await mount<HTMLElement>(html`<div>
    <preflight-raci plan-id=${plan.id} .store=${store} now=${NOW}></preflight-raci>
    <preflight-checklist plan-id=${plan.id} .store=${store} now=${NOW}></preflight-checklist>
    <preflight-blocker-log plan-id=${plan.id} .store=${store} now=${NOW}></preflight-blocker-log>
    <preflight-approvals plan-id=${plan.id} .store=${store} now=${NOW}></preflight-approvals>
    <preflight-brief plan-id=${plan.id} .store=${store} now=${NOW}></preflight-brief>
  </div>`);
  const el = <T extends HTMLElement>(name: string) => root.querySelector<T>(name)!;
  const raci = el<PreflightRaci>('preflight-raci');
  await until(() => parts(raci, '[role=grid]').length === 1, 'the stored plan');
  return { store, raci, checklist: el('preflight-checklist'), blockers: el('preflight-blocker-log'), approvals: el('preflight-approvals'), brief: el('preflight-brief') };
}

describe('people who hold the roles, across the elements', () => {
  // The blocker log's virtualizer may defer a ResizeObserver notice to the next frame.
  ignoreResizeObserverNotice();

  const plan = makePlan({
    people: [
      { role: 'Marketing ops', name: 'Dana Kim' },
      { role: 'Marketing director', name: 'Lee Park' },
    ],
    campaign: { ...makePlan().campaign, owner: 'Marketing ops' },
    checklist: [makeItem({ owner: 'Marketing ops' })],
    blockers: [makeBlocker({ owner: 'Marketing ops' })],
    approvals: [makeApproval({ requestedFrom: 'Marketing director' })],
  });

  it('shows the person beside the role in the checklist, the blocker log, the reviews and the campaign', async () => {
    const { checklist, blockers, approvals, brief, raci } = await page(plan);
    await until(() => text(checklist).includes('Owner: Marketing ops · Dana Kim'), 'the checklist owner with her name');
    await until(() => row(blockers).includes('Marketing ops · Dana Kim'), 'the blocker owner with her name');
    await until(() => text(approvals).includes('from Marketing director · Lee Park'), 'the reviewer with his name');
    await until(() => text(brief).includes('Marketing ops · Dana Kim'), 'the campaign owner with her name');
    expect(part(raci, `[role=columnheader][data-c="${plan.roles.indexOf('Marketing ops') + 1}"] .holder`).textContent).to.equal('Dana Kim');
    await expectAccessibleInBothThemes(raci as never);
  });

  it('a finding says who acts with the person who holds the role', async () => {
    const late = { ...plan, checklist: [makeItem({ owner: 'Marketing ops', due: '2026-08-10' })] };
    const el = await mount<HTMLElement>(html`<preflight-checklist .plan=${late} now=${NOW}></preflight-checklist>`);
    part(el, '[part~=item][data-id="item-1"] [part~=findings-button]').click();
    await until(() => text(el).includes('Who acts: Marketing ops · Dana Kim'), 'who acts, with her name');
  });

  it('a role renamed in the RACI carries its person and every owner to every element, and Undo brings both back', async () => {
    const { raci, checklist, blockers, store } = await page(plan);
    await until(() => text(checklist).includes('Marketing ops · Dana Kim'), 'the checklist');
    part<HTMLElement>(raci, `[data-r="1"][data-c="${plan.roles.indexOf('Marketing ops') + 1}"]`).focus();
    await raci.updateComplete;
    const name = part<HTMLInputElement>(raci, '[part=editor] [name="role-name"]');
    name.value = 'Operations team';
    name.dispatchEvent(new Event('change'));
    await until(() => text(checklist).includes('Owner: Operations team · Dana Kim'), 'the renamed owner in the checklist');
    await until(() => row(blockers).includes('Operations team · Dana Kim'), 'the renamed owner in the blocker log');
    const saved = (await store.get(plan.id))!;
    expect(saved.people).to.deep.equal([{ role: 'Operations team', name: 'Dana Kim' }, { role: 'Marketing director', name: 'Lee Park' }]);
    expect([saved.campaign.owner, saved.checklist[0]!.owner, saved.blockers[0]!.owner]).to.deep.equal(['Operations team', 'Operations team', 'Operations team']);
    part<HTMLButtonElement>(raci, '[part=undo] button').click();
    await until(() => text(checklist).includes('Owner: Marketing ops · Dana Kim'), 'the owner back in the checklist');
    await until(() => row(blockers).includes('Marketing ops · Dana Kim') && !row(blockers).includes('Operations team'), 'the owner back in the blocker log');
    const back = (await store.get(plan.id))!;
    expect(back.people).to.deep.equal(plan.people);
    expect([back.campaign.owner, back.checklist[0]!.owner, back.blockers[0]!.owner]).to.deep.equal(['Marketing ops', 'Marketing ops', 'Marketing ops']);
  });
});
