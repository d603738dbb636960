import { expect, html } from '@open-wc/testing';
import { openPlanStore } from '@preflight/core/store';
import type { Approval, Plan } from '@preflight/core';
import { makeApproval, makeLaunchApproval, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-approvals.js';
import type { PreflightApprovals } from './approvals.js';
import { expectAccessibleInBothThemes, focused, ManualClock, mount, mountIn, NARROW_FRAMES, part, parts, press, recordChanges, sidewaysOverflow, typeText, until, XSS_NAME, DEFAULT_VIEWPORT } from '../shared/testing.js';
import { setViewport } from '@web/test-runner-commands';

/** A Wednesday morning; the launch review below was asked for the day before and breaches in 24 h. */
const NOW = '2026-08-26T09:00:00Z';
const HOUR = 3_600_000;

const waiting = (overrides: Partial<Approval> = {}) => makeApproval({ id: 'launch', ...overrides });
const planWith = (...approvals: Approval[]) => makePlan({ approvals });
const render = (plan: unknown, attrs: { actor?: string; readonly?: boolean; config?: unknown } = {}) =>
  mount<PreflightApprovals>(
    html`<preflight-approvals .plan=${plan} .config=${attrs.config} now=${NOW} .actor=${attrs.actor} ?readonly=${attrs.readonly ?? false}></preflight-approvals>`,
  );
const review = (el: PreflightApprovals, id: string) => part(el, `[part~=review][data-id="${id}"]`);
const planOf = (el: PreflightApprovals) => el.plan as Plan;
const stored = (el: PreflightApprovals, id: string) => planOf(el).approvals.find((a) => a.id === id);
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Lets a submitted form finish: its check, the update that shows the result, the focus it moves. Counted in frames, not time. */
async function settle(el: PreflightApprovals): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Opens a review's decide form from its button with the keyboard. */
async function openDecide(el: PreflightApprovals, id: string): Promise<HTMLFormElement> {
  part(el, `[data-id="${id}"] [part~=decide-button]`).focus();
  await press('Enter');
  await el.updateComplete;
  return part<HTMLFormElement>(el, `[data-id="${id}"] [part~=decide-form]`);
}

/** Opens a review's whole escalation ladder with the keyboard. */
async function openLadder(el: PreflightApprovals, id: string): Promise<void> {
  const button = part(el, `[data-id="${id}"] [part~=ladder-button]`);
  button.focus();
  await press('Enter');
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).to.equal('true');
}

/** Picks a decision and types a note, by keyboard: the first radio has focus when the form opens. */
async function fillDecision(el: PreflightApprovals, arrows: number, note: string): Promise<void> {
  for (let i = 0; i < arrows; i++) await press('ArrowDown');
  if (arrows === 0) await press('Space');
  if (note) {
    part(el, '[part~=decide-form] textarea').focus();
    await typeText(note);
  }
}

describe('<preflight-approvals>', () => {
  describe('rendering', () => {
    it('shows each review with its state, the SLA clock and the escalation ladder, undecided first', async () => {
      const el = await render(planWith(makeLaunchApproval({ id: 'done', kind: 'brand', stepId: 'creative-production', decidedBy: 'Campaign manager' }), waiting()));
      expect(parts(el, '[part~=review]').map((r) => r.dataset.id)).to.deep.equal(['launch', 'done']);
      expect(text(part(el, '[part~=summary]'))).to.equal('1 waiting · 1 decided');
      expect(review(el, 'launch').dataset.state).to.equal('waiting');
      expect(text(part(el, '[data-id=launch] .sla-text'))).to.equal('24 h of 48 h used · 24 h left · breaches Aug 27, 9:00 AM UTC.');
      const bar = part(el, '[data-id=launch] [role=progressbar]');
      expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuetext')]).to.deep.equal(['1440', '2880', '24 h of 48 h used']);
      expect(text(part(el, '[data-id=launch] [part~=escalation] .escalation-line'))).to.equal('Escalation Nobody notified yet · next Marketing director (Accountable) at Aug 27, 9:00 AM UTC');
      expect(parts(el, '[part~=ladder]'), 'the whole ladder is closed until asked for').to.have.length(0);
      await openLadder(el, 'launch');
      expect(parts(el, '[data-id=launch] [part~=ladder] li').map((li) => `${li.dataset.status}: ${text(li)}`)).to.deep.equal([
        'next: Next Marketing director (Accountable) at Aug 27, 9:00 AM UTC',
        'later: Later Demand gen lead (backup) at Aug 28, 9:00 AM UTC',
        'later: Later Campaign manager (campaign owner) at Aug 29, 9:00 AM UTC',
      ]);
      expect(text(part(el, '[data-id=launch] [part~=deciders]'))).to.equal('Decided by Marketing director (the Accountable) or Demand gen lead (the backup).');
      expect(text(part(el, '[data-id=done] [part~=review-state]'))).to.equal('Approved');
      expect(parts(el, '[data-id=done] [part~=sla], [data-id=done] [part~=ladder], [data-id=done] [part~=decide-button]')).to.have.length(0);
    });

    it('redraws a review when what it shows changes elsewhere in the plan: its step renamed, its Accountable replaced, who holds a role', async () => {
      const plan = planWith(waiting());
      const el = await render(plan);
      const launchStep = (change: (s: Plan['steps'][number]) => Plan['steps'][number]) => ({ ...planOf(el), steps: planOf(el).steps.map((s) => (s.id === 'launch-approval' ? change(s) : s)) });
      el.plan = launchStep((s) => ({ ...s, name: 'Go or no go' }));
      await el.updateComplete;
      expect(text(part(el, '[data-id=launch] .title'))).to.equal('Launch review · Go or no go');
      el.plan = launchStep((s) => ({ ...s, raci: { ...s.raci, accountable: ['Ops lead'], backup: 'Demand gen lead' } }));
      await el.updateComplete;
      expect(text(part(el, '[data-id=launch] [part~=deciders]'))).to.equal('Decided by Ops lead (the Accountable) or Demand gen lead (the backup).');
      expect(text(part(el, '[data-id=launch] .escalation-line'))).to.equal('Escalation Nobody notified yet · next Ops lead (Accountable) at Aug 27, 9:00 AM UTC');
      el.plan = { ...planOf(el), people: [{ role: 'Marketing director', name: 'Ola Berg' }] };
      await el.updateComplete;
      expect(text(part(el, '[data-id=launch] .meta'))).to.contain('from Marketing director · Ola Berg');
    });

    it('past its SLA: who is notified now, who is next and when, and the finding explained in a popover', async () => {
      const el = await render(planWith(waiting({ requestedAt: '2026-08-23T06:00:00Z' })));
      expect(review(el, 'launch').dataset.state).to.equal('breached');
      expect(text(part(el, '[data-id=launch] [part~=review-state]'))).to.equal('Past its SLA');
      expect(text(part(el, '[data-id=launch] .escalation-line'))).to.equal('Escalation Demand gen lead (backup) notified since Aug 26, 6:00 AM UTC · next Campaign manager (campaign owner) at Aug 27, 6:00 AM UTC');
      await openLadder(el, 'launch');
      expect(parts(el, '[data-id=launch] [part~=ladder] li').map((li) => li.dataset.status)).to.deep.equal(['reached', 'now', 'next']);
      expect(text(part(el, '[data-id=launch] [data-status=now]'))).to.equal('Notified now Demand gen lead (backup) since Aug 26, 6:00 AM UTC');
      const button = part(el, '[data-id=launch] [part~=findings-button]');
      expect(button.textContent).to.equal('At risk · 1');
      button.focus();
      await press('Enter');
      await el.updateComplete;
      const popover = part(el, '[part=popover]');
      expect(popover.textContent).to.contain('Reviews are decided within their SLA');
      expect(popover.textContent).to.contain('Who acts: Marketing director');
    });

    it('renders text from plans as text, never as markup', async () => {
      const plan = makePlan({ roles: [...makePlan().roles, XSS_NAME], approvals: [waiting({ requestedFrom: XSS_NAME })], log: [{ at: '2026-08-25T09:00:00Z', by: XSS_NAME, summary: XSS_NAME, target: { kind: 'approval', id: 'launch' } }] });
      const el = await render(plan);
      expect(parts(el, 'img')).to.have.length(0);
      expect(part(el, '[part~=history]').textContent).to.contain(XSS_NAME);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });

    it('says how to begin when there is no review, and names a bad config by path', async () => {
      const empty = await render(planWith());
      expect(part(empty, '[part~=empty]').textContent).to.contain('No reviews yet');
      const bad = await render(planWith(waiting()), { config: { approvals: { escalateAfterHours: -1 } } });
      expect(part(bad, '[part=error]').textContent).to.contain('config.approvals.escalateAfterHours');
    });

    it('read-only: no request, no decide, nothing to choose', async () => {
      const el = await render(planWith(waiting()), { readonly: true, actor: 'Marketing director' });
      expect(parts(el, 'button:not([part~=findings-button]):not([part~=ladder-button]), select, form')).to.have.length(0);
      expect(parts(el, '[part~=escalation]')).to.have.length(1);
    });
  });

  describe('a long list of reviews', () => {
    // 40 reviews, more than a window holds: those on screen are drawn first and the rest in the frames after.
    const many = () => makePlan({ approvals: Array.from({ length: 40 }, (_, i) => makeApproval({ id: `apr-${i}`, requestedAt: `2026-08-25T${String(i % 24).padStart(2, '0')}:00:00Z` })) });
    const reviews = (el: PreflightApprovals) => parts(el, '.reviews > [part~=review]');
    const allDrawn = (el: PreflightApprovals) => until(() => reviews(el).length === 40, 'every review drawn');
    beforeEach(() => window.scrollTo(0, 0));

    it('shows the reviews on screen in its first render and draws the rest in the frames after, in order, all in the DOM in the end', async () => {
      const el = await render(many(), { actor: 'Ops lead' });
      const first = reviews(el).map((r) => r.dataset.id);
      expect(first.length, 'reviews in the first render').to.be.within(1, 39);
      expect(reviews(el).at(-1)!.getBoundingClientRect().top, 'the reviews drawn reach the bottom of the window').to.be.at.least(innerHeight);
      await allDrawn(el);
      expect(reviews(el).map((r) => r.dataset.id).slice(0, first.length), 'the first ones stay first').to.deep.equal(first);
      expect(new Set(reviews(el).map((r) => r.dataset.id)).size).to.equal(40);
      expect(parts(el, '.undrawn')).to.have.length(0);
    });

    it('goes on with Tab from the last review drawn to the next one: focus in the list draws every review', async () => {
      const el = await render(many(), { actor: 'Ops lead' });
      const n = reviews(el).length;
      const last = reviews(el).at(-1)!;
      last.querySelector<HTMLElement>('button, a[href]')!.focus();
      while (focused(el) && last.contains(focused(el)!)) await press('Tab');
      expect(reviews(el)).to.have.length(40);
      expect(reviews(el)[n]!.contains(focused(el)!), 'focus in the review after the last one first drawn').to.equal(true);
    });

    it('has no axe violations while its reviews are still being drawn, nor once they are all drawn', async () => {
      const el = await render(many(), { actor: 'Ops lead' });
      expect(parts(el, '.undrawn')).to.have.length(1);
      await expect(el).to.be.accessible();
      await allDrawn(el);
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('requesting', () => {
    it('requests a review by keyboard alone, stamped with who is acting and when', async () => {
      const el = await render(planWith());
      const changes = recordChanges(el);
      part(el, '#actor').focus();
      await typeText('Campaign');
      await el.updateComplete;
      expect(el.actor).to.equal('Campaign manager');
      await press('Tab');
      expect(focused(el)?.getAttribute('part')).to.equal('request-button');
      await press('Enter');
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('new-kind');
      await typeText('Brand');
      await press('Tab');
      await typeText('Creative');
      await press('Tab');
      await typeText('Brand');
      await press('Tab');
      expect(focused(el)?.textContent).to.equal('Request');
      await press('Enter');
      await settle(el);
      const approval = { id: 'apr-1', kind: 'brand', stepId: 'creative-production', requestedAt: NOW, requestedFrom: 'Brand' };
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'approval.request', approvalId: 'apr-1', kind: 'brand', stepId: 'creative-production', requestedFrom: 'Brand', requestedBy: 'Campaign manager', at: NOW, itemId: null }]);
      expect(stored(el, 'apr-1')).to.deep.equal(approval);
      expect(planOf(el).log).to.deep.equal([{ at: NOW, by: 'Campaign manager', summary: 'Requested the brand review of "Creative production" from Brand.', target: { kind: 'approval', id: 'apr-1' } }]);
      expect(parts(el, '[part~=request-form]')).to.have.length(0);
      expect(focused(el)?.getAttribute('part')).to.equal('request-button');
      expect(text(part(el, '[data-id=apr-1] [part~=history]'))).to.contain('Campaign manager, Aug 26, 9:00 AM UTC');
    });

    it('links the review to the gate it backs: once approved, the ticked "message and offer approved" gate has its record', async () => {
      const gate = { id: 'gate-message-approved', label: 'Message and offer approved', layer: 'strategy' as const, gate: true, gateId: 'message-approved' as const, owner: 'Marketing director', doneAt: NOW, doneBy: 'Marketing director', evidence: 'https://docs.example.com/message' };
      const el = await render(makePlan({ checklist: [gate] }), { actor: 'Campaign manager' });
      const changes = recordChanges(el);
      const messageFindings = () => ((el as unknown as { readiness: { findingsFor(kind: string, id: string): { ruleId: string }[] } }).readiness.findingsFor('item', gate.id)).map((f) => f.ruleId);
      expect(messageFindings()).to.include('gate.message-approval');
      part(el, '[part~=request-button]').focus();
      await press('Enter');
      await settle(el);
      await typeText('Brand');
      await press('Tab');
      await typeText('Creative');
      await press('Tab');
      await press('Tab');
      expect(focused(el)?.id).to.equal('new-itemId');
      expect(part(el, 'label[for=new-itemId]').textContent).to.equal('Backs the gate');
      await press('ArrowDown');
      await press('Tab');
      await press('Enter');
      await settle(el);
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'approval.request', approvalId: 'apr-1', kind: 'brand', stepId: 'creative-production', requestedFrom: null, requestedBy: 'Campaign manager', at: NOW, itemId: gate.id },
      ]);
      expect(planOf(el).checklist[0]!.approvalId).to.equal('apr-1');
      expect(text(part(el, '[data-id=apr-1] .meta'))).to.contain('backs the gate “Message and offer approved”');
      // Undecided, the tick still rests on nothing approved; approved by the step's Accountable, it does.
      expect(messageFindings()).to.include('gate.message-approval');
      await openDecide(el, 'apr-1');
      await fillDecision(el, 0, '');
      part<HTMLButtonElement>(el, '[data-id=apr-1] [part~=decide-form] [type=submit]').focus();
      await press('Enter');
      await settle(el);
      expect(stored(el, 'apr-1')?.decision).to.equal('approved');
      expect(messageFindings()).to.not.include('gate.message-approval');
    });

    it('a cancelled request linked to a gate leaves the gate as it was', async () => {
      const gate = { id: 'gate-message-approved', label: 'Message and offer approved', layer: 'strategy' as const, gate: true, gateId: 'message-approved' as const, owner: 'Marketing director' };
      const el = await render(makePlan({ checklist: [gate] }), { actor: 'Campaign manager' });
      recordChanges(el, { cancel: true });
      part(el, '[part~=request-button]').click();
      await settle(el);
      const form = part<HTMLFormElement>(el, '[part~=request-form]');
      (form.elements.namedItem('itemId') as HTMLSelectElement).value = gate.id;
      part<HTMLButtonElement>(el, '[part~=request-form] [type=submit]').click();
      await settle(el);
      expect(planOf(el).checklist[0]!.approvalId).to.equal(undefined);
      expect(planOf(el).approvals).to.deep.equal([]);
    });

    it('asks who is acting first: the field is named, focused, and the form keeps what was chosen', async () => {
      const el = await render(planWith());
      const changes = recordChanges(el);
      part(el, '[part~=request-button]').click();
      await settle(el);
      const form = part<HTMLFormElement>(el, '[part~=request-form]');
      (form.elements.namedItem('kind') as HTMLSelectElement).value = 'legal';
      part<HTMLButtonElement>(el, '[part~=request-form] [type=submit]').click();
      await settle(el);
      expect(changes).to.have.length(0);
      expect(part(el, '#actor-error').textContent).to.equal('Acting as: choose who you are');
      expect(focused(el)?.id).to.equal('actor');
      expect((form.elements.namedItem('kind') as HTMLSelectElement).value).to.equal('legal');
      expect((form.elements.namedItem('stepId') as HTMLSelectElement).value, 'a step is chosen until told otherwise').to.equal('brief-intake');
    });

    it('names the field of a request the core refuses: the same review waiting twice, a review on no step asked of nobody', async () => {
      const el = await render(planWith(waiting()), { actor: 'Campaign manager' });
      part(el, '[part~=request-button]').click();
      await settle(el);
      const form = part<HTMLFormElement>(el, '[part~=request-form]');
      (form.elements.namedItem('kind') as HTMLSelectElement).value = 'launch';
      (form.elements.namedItem('stepId') as HTMLSelectElement).value = 'launch-approval';
      part<HTMLButtonElement>(el, '[part~=request-form] [type=submit]').click();
      await settle(el);
      expect(part(el, '#new-kind-error').textContent).to.equal('Review: a launch review of this step is already waiting for a decision');
      expect(focused(el)?.id).to.equal('new-kind');
      (form.elements.namedItem('kind') as HTMLSelectElement).value = 'legal';
      (form.elements.namedItem('stepId') as HTMLSelectElement).value = '';
      part<HTMLButtonElement>(el, '[part~=request-form] [type=submit]').click();
      await settle(el);
      expect(part(el, '#new-requestedFrom-error').textContent).to.match(/^Requested from: name who reviews it/);
      expect(focused(el)?.id).to.equal('new-requestedFrom');
      expect(planOf(el).approvals).to.have.length(1);
    });

    it('Escape closes the form and gives focus back to its button', async () => {
      const el = await render(planWith(), { actor: 'Campaign manager' });
      part(el, '[part~=request-button]').focus();
      await press('Enter');
      await el.updateComplete;
      await press('Escape');
      await settle(el);
      expect(parts(el, '[part~=request-form]')).to.have.length(0);
      expect(focused(el)?.getAttribute('part')).to.equal('request-button');
    });
  });

  describe('deciding', () => {
    it('the Accountable approves by keyboard: decided-by is who is acting, decided-at is now, the review says so', async () => {
      const el = await render(planWith(waiting()), { actor: 'Marketing director' });
      const changes = recordChanges(el);
      await openDecide(el, 'launch');
      expect(focused(el)?.getAttribute('name')).to.equal('decision');
      await fillDecision(el, 0, 'Go for the 1st.');
      await press('Tab');
      expect(focused(el)?.textContent).to.equal('Record decision');
      await press('Enter');
      await settle(el);
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'approval.decide', approvalId: 'launch', decision: 'approved', decidedBy: 'Marketing director', at: NOW, note: 'Go for the 1st.' }]);
      expect(stored(el, 'launch')).to.include({ decision: 'approved', decidedBy: 'Marketing director', decidedAt: NOW });
      expect(planOf(el).log?.at(-1)).to.deep.equal({ at: NOW, by: 'Marketing director', summary: 'Approved: the launch review. Go for the 1st.', target: { kind: 'approval', id: 'launch' } });
      expect(review(el, 'launch').dataset.state).to.equal('approved');
      expect(focused(el)).to.equal(review(el, 'launch'));
    });

    it('the backup requests changes with a note; the note shows in the review’s history as text', async () => {
      const el = await render(planWith(waiting()), { actor: 'Demand gen lead' });
      const changes = recordChanges(el);
      await openDecide(el, 'launch');
      await fillDecision(el, 2, 'Use the <b>approved</b> logo.');
      part<HTMLButtonElement>(el, '[part~=decide-form] [type=submit]').click();
      await settle(el);
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'approval.decide', approvalId: 'launch', decision: 'changes-requested', decidedBy: 'Demand gen lead', at: NOW, note: 'Use the <b>approved</b> logo.' }]);
      expect(parts(el, '[part~=history] b')).to.have.length(0);
      expect(part(el, '[data-id=launch] [part~=history]').textContent).to.contain('Changes requested: the launch review. Use the <b>approved</b> logo.');
    });

    it('someone who may not decide is told who can, at the Acting as field; the decision and the note are kept', async () => {
      const el = await render(planWith(waiting()), { actor: 'Sales' });
      const changes = recordChanges(el);
      await openDecide(el, 'launch');
      await fillDecision(el, 0, 'Looks fine to me');
      part<HTMLButtonElement>(el, '[part~=decide-form] [type=submit]').click();
      await settle(el);
      expect(changes).to.have.length(0);
      expect(part(el, '#actor-error').textContent).to.equal('Acting as: Sales cannot decide this review; Marketing director (the Accountable) or Demand gen lead (the backup) can');
      expect(focused(el)?.id).to.equal('actor');
      expect(part<HTMLTextAreaElement>(el, '[part~=decide-form] textarea').value).to.equal('Looks fine to me');
      expect(part<HTMLInputElement>(el, '[part~=decide-form] input[value=approved]').checked).to.equal(true);
      expect(stored(el, 'launch')?.decision).to.equal(undefined);
    });

    it('names each bad field: no decision chosen, changes requested without a note, a note too long; nothing typed is lost', async () => {
      const el = await render(planWith(waiting()), { actor: 'Marketing director' });
      const changes = recordChanges(el);
      const form = await openDecide(el, 'launch');
      part<HTMLButtonElement>(el, '[part~=decide-form] [type=submit]').click();
      await settle(el);
      expect(part(el, '#review-launch-decision-error').textContent).to.equal('Decision: choose approve, request changes or reject');
      expect(focused(el)?.id).to.equal('review-launch-decision');
      await fillDecision(el, 2, '');
      part<HTMLButtonElement>(el, '[part~=decide-form] [type=submit]').click();
      await settle(el);
      expect(part(el, '#review-launch-note-error').textContent).to.equal('Note: say what has to change');
      expect(focused(el)?.getAttribute('name')).to.equal('note');
      const long = 'x'.repeat(1995);
      (form.elements.namedItem('note') as HTMLTextAreaElement).value = long;
      part<HTMLButtonElement>(el, '[part~=decide-form] [type=submit]').click();
      await settle(el);
      expect(part(el, '#review-launch-note-error').textContent).to.equal('Note: must be at most 2000 characters with the decision’s words');
      expect((form.elements.namedItem('note') as HTMLTextAreaElement).value).to.equal(long);
      expect(changes).to.have.length(0);
    });

    it('a cancelled decision rolls back: the plan is unchanged and the form still holds what was typed', async () => {
      const plan = planWith(waiting());
      const el = await render(plan, { actor: 'Marketing director' });
      const changes = recordChanges(el, { cancel: true });
      await openDecide(el, 'launch');
      await fillDecision(el, 1, 'Not this quarter.');
      part<HTMLButtonElement>(el, '[part~=decide-form] [type=submit]').click();
      await settle(el);
      expect(changes.map((c) => c.change.type)).to.deep.equal(['approval.decide']);
      expect(el.plan).to.equal(plan);
      expect(review(el, 'launch').dataset.state).to.equal('waiting');
      expect(part<HTMLTextAreaElement>(el, '[part~=decide-form] textarea').value).to.equal('Not this quarter.');
    });

    it('a cancelled request rolls back too', async () => {
      const plan = planWith();
      const el = await render(plan, { actor: 'Campaign manager' });
      recordChanges(el, { cancel: true });
      part(el, '[part~=request-button]').click();
      await settle(el);
      part<HTMLButtonElement>(el, '[part~=request-form] [type=submit]').click();
      await settle(el);
      expect(el.plan).to.equal(plan);
      expect(parts(el, '[part~=review]')).to.have.length(0);
      expect(parts(el, '[part~=request-form]')).to.have.length(1);
    });
  });

  describe('bound to a store', () => {
    it('saves a decision to IndexedDB, and shows another tab’s decision live without an event', async () => {
      const name = `preflight-approvals-test-${Math.random().toString(36).slice(2)}`;
      const tabA = await openPlanStore({ name });
      const tabB = await openPlanStore({ name });
      try {
        await tabA.put(planWith(waiting(), waiting({ id: 'brand', kind: 'brand', stepId: 'creative-production' })));
        const el = await mount<PreflightApprovals>(html`<preflight-approvals plan-id="plan-1" .store=${tabA} now=${NOW} actor="Marketing director"></preflight-approvals>`);
        await until(() => parts(el, '[part~=review]').length === 2, 'the stored plan');
        await openDecide(el, 'launch');
        await fillDecision(el, 0, '');
        await press('Enter');
        await until(() => planOf(el).revision === 2, 'the save');
        const saved = (await tabB.get('plan-1'))!;
        expect(saved.approvals.find((a) => a.id === 'launch')).to.include({ decision: 'approved', decidedBy: 'Marketing director', decidedAt: NOW });
        expect(saved.log?.at(-1)).to.include({ by: 'Marketing director', summary: 'Approved: the launch review.' });
        const changes = recordChanges(el);
        await tabB.put({ ...saved, approvals: saved.approvals.map((a) => (a.id === 'brand' ? { ...a, decision: 'rejected' as const, decidedAt: NOW, decidedBy: 'Campaign manager' } : a)) });
        await until(() => review(el, 'brand').dataset.state === 'rejected', 'the other tab’s decision');
        expect(changes).to.have.length(0);
      } finally {
        tabA.close();
        tabB.close();
      }
    });
  });

  describe('time moves', () => {
    it('the SLA clock and the next escalation move on while the page stays open, and a decision is stamped with the clock', async () => {
      const clock = new ManualClock(Date.parse(NOW));
      const el = await mount<PreflightApprovals>(html`<preflight-approvals .plan=${planWith(waiting())} .clock=${clock} actor="Demand gen lead"></preflight-approvals>`);
      expect(text(part(el, '.sla-text'))).to.equal('24 h of 48 h used · 24 h left · breaches Aug 27, 9:00 AM UTC.');
      clock.advance(90 * 60_000);
      await el.updateComplete;
      expect(text(part(el, '.sla-text'))).to.equal('25 h 30 min of 48 h used · 22 h 30 min left · breaches Aug 27, 9:00 AM UTC.');
      clock.advance(23 * HOUR);
      await el.updateComplete;
      expect(review(el, 'launch').dataset.state).to.equal('breached');
      expect(text(part(el, '.escalation-line'))).to.equal('Escalation Marketing director (Accountable) notified since Aug 27, 9:00 AM UTC · next Demand gen lead (backup) at Aug 28, 9:00 AM UTC');
      clock.advance(24 * HOUR);
      await el.updateComplete;
      expect(text(part(el, '.escalation-line'))).to.equal('Escalation Demand gen lead (backup) notified since Aug 28, 9:00 AM UTC · next Campaign manager (campaign owner) at Aug 29, 9:00 AM UTC');
      clock.advance(5_000);
      await openDecide(el, 'launch');
      await fillDecision(el, 0, '');
      await press('Enter');
      await settle(el);
      expect(stored(el, 'launch')).to.include({ decidedAt: '2026-08-28T09:30:05.000Z', decidedBy: 'Demand gen lead' });
    });

    it('outside business hours on the team’s clock the SLA clock is paused, and says when it runs again', async () => {
      const config = { timeZone: 'Europe/Berlin', approvals: { businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] } } };
      const el = await mount<PreflightApprovals>(html`<preflight-approvals .plan=${planWith(waiting())} .config=${config} now="2026-08-25T18:00:00Z"></preflight-approvals>`);
      expect(part(el, '[part~=sla]').dataset.state).to.equal('paused');
      expect(text(part(el, '.sla-paused'))).to.equal('Paused outside business hours; runs again Aug 26, 9:00 AM GMT+2.');
      expect(text(part(el, '.sla-text'))).to.equal('6 h of 48 h used · 42 h left · breaches Sep 2, 11:00 AM GMT+2.');
    });
  });

  describe('accessibility and layout', () => {
    it('is accessible in both themes, with both forms open and an error shown', async () => {
      const el = await render(planWith(waiting(), makeLaunchApproval({ id: 'done', kind: 'brand', stepId: 'creative-production', decidedBy: 'Campaign manager' })));
      await expectAccessibleInBothThemes(el);
      part(el, '[part~=request-button]').click();
      await settle(el);
      await openLadder(el, 'launch');
      await openDecide(el, 'launch');
      part<HTMLButtonElement>(el, '[part~=decide-form] [type=submit]').click();
      await settle(el);
      await expectAccessibleInBothThemes(el);
    });

    it('fits narrow frames without scrolling sideways, with every target at least 24 px', async () => {
      try {
        for (const frame of NARROW_FRAMES) {
          const el = await mountIn<PreflightApprovals>(frame, html`<preflight-approvals .plan=${planWith(waiting({ requestedAt: '2026-08-23T12:00:00Z' }))} now=${NOW}></preflight-approvals>`);
          part(el, '[part~=request-button]').click();
          await el.updateComplete;
          await openLadder(el, 'launch');
          await openDecide(el, 'launch');
          expect(sidewaysOverflow(el), frame.name).to.deep.equal([]);
          for (const control of parts(el, 'button, select, input, textarea')) {
            const box = control.getBoundingClientRect();
            expect(Math.min(box.width, box.height), `${frame.name}: ${control.outerHTML.slice(0, 60)}`).to.be.at.least(24);
          }
        }
      } finally {
        await setViewport(DEFAULT_VIEWPORT);
      }
    });
  });
});
