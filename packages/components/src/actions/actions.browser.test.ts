import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { openPlanStore } from '@preflight/core/store';
import type { CorrectiveActionRecord, Plan } from '@preflight/core';
import { makeApproval, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-actions.js';
import type { PreflightActions } from './actions.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, focused, mount, mountIn, NARROW_FRAMES, part, parts, press, recordChanges, sidewaysOverflow, typeText, until, XSS_NAME } from '../shared/testing.js';

/** A Wednesday morning, a week before the launch on 2026-09-01. */
const NOW = '2026-08-26T09:00:00Z';

const open = (overrides: Partial<CorrectiveActionRecord> = {}): CorrectiveActionRecord => ({ id: 'ca-1', action: 'Name a second approver for legal', owner: 'Legal', due: '2026-08-28', status: 'open', ...overrides });
/** Two blocked reviews: the threshold that asks for a corrective action. */
const BLOCKED_REVIEWS = [
  makeApproval({ id: 'apr-legal', kind: 'legal', stepId: 'launch-approval', requestedAt: '2026-08-12T09:00:00Z', decision: 'rejected', decidedAt: '2026-08-13T15:00:00Z', decidedBy: 'Marketing director' }),
  makeApproval({ id: 'apr-creative', kind: 'creative', stepId: 'creative-production', requestedAt: '2026-08-13T09:00:00Z', decision: 'changes-requested', decidedAt: '2026-08-14T11:00:00Z', decidedBy: 'Demand gen lead' }),
];
const planWith = (fields: Partial<Plan> = {}) => makePlan(fields);

/** The element in a page that speaks `lang` (dates are written as it writes them). */
async function render(plan: unknown, attrs: { actor?: string; readonly?: boolean; lang?: string } = {}): Promise<PreflightActions> {
  const root = await mount<HTMLElement>(
    html`<div lang=${attrs.lang ?? 'en-US'}><preflight-actions .plan=${plan} now=${NOW} .actor=${attrs.actor} ?readonly=${attrs.readonly ?? false}></preflight-actions></div>`,
  );
  const el = root.querySelector('preflight-actions')!;
  await el.updateComplete;
  return el;
}
const action = (el: PreflightActions, id: string) => part(el, `[part~=action][data-id="${id}"]`);
const planOf = (el: PreflightActions) => el.plan as Plan;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Lets a submitted form finish: its check, the update that shows the result, the focus it moves. Counted in frames, not time. */
async function settle(el: PreflightActions): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Types into the control with this selector after focusing it. */
async function typeInto(el: PreflightActions, selector: string, value: string): Promise<void> {
  part(el, selector).focus();
  await typeText(value);
}

describe('<preflight-actions>', () => {
  describe('rendering', () => {
    it('lists actions open first, with owner, due date in the reader’s format and state, and the overdue finding on the action', async () => {
      const plan = planWith({
        people: [{ role: 'Legal', name: 'Priya Shah' }],
        correctiveActions: [open({ id: 'done', action: 'Check UTMs before spend', owner: 'Marketing ops', due: '2026-08-10', status: 'done', doneAt: '2026-08-09T12:00:00Z' }), open({ id: 'late', due: '2026-08-20' }), open({ id: 'soon', action: 'Book legal earlier' })],
      });
      const el = await render(plan, { lang: 'de-DE' });
      expect(parts(el, '[part~=action]').map((a) => `${a.dataset.id}:${a.dataset.state}`)).to.deep.equal(['late:overdue', 'soon:open', 'done:done']);
      expect(text(part(el, '[part~=summary]'))).to.equal('2 open · 1 overdue · 1 done');
      expect(text(action(el, 'late').querySelector('.meta')!)).to.equal('Legal · Priya Shah · due 20. Aug.');
      expect(action(el, 'late').querySelector('time')!.getAttribute('datetime')).to.equal('2026-08-20');
      expect(text(action(el, 'done').querySelector('.meta')!)).to.equal('Marketing ops · done 9. Aug., 12:00 UTC · was due 10. Aug.');
      expect(text(part(el, '[data-id=late] [part~=action-state]'))).to.equal('Overdue');
      const button = part(el, '[data-id=late] [part~=findings-button]');
      button.focus();
      await press('Enter');
      await el.updateComplete;
      const popover = part(el, '[part=popover]');
      expect(popover.textContent).to.contain('Corrective actions are done by their due date');
      expect(popover.textContent, 'the action by its words, never its id').to.not.contain('(late)');
      expect(parts(el, '[data-id=soon] [part~=findings-button]')).to.have.length(0);
    });

    it('shows each crossed threshold, and whether an action answers it', async () => {
      const el = await render(planWith({ approvals: BLOCKED_REVIEWS, reporting: { confidence: 90 }, correctiveActions: [open({ source: 'threshold.reporting-confidence', action: 'Fix source capture', owner: 'RevOps' })] }));
      const crossed = parts(el, '[part~=thresholds]');
      expect(crossed.map((t) => `${t.dataset.id}:${t.dataset.recorded}`)).to.deep.equal(['threshold.blocked-approvals:false', 'threshold.reporting-confidence:true']);
      expect(text(crossed[0]!)).to.contain('Approvals are not piling up');
      expect(text(crossed[0]!)).to.contain('No action recorded for it yet; Campaign manager is to act.');
      expect(text(crossed[1]!)).to.contain('Answered by “Fix source capture” (RevOps, due Aug 28).');
      expect(text(action(el, 'ca-1'))).to.contain('answers “Reporting can be trusted”');
    });

    it('says what to do when there is no action, and shows the measures as not recorded', async () => {
      const el = await render(planWith());
      expect(part(el, '[part~=empty]').textContent).to.contain('No corrective actions yet');
      expect(parts(el, '[part~=thresholds]')).to.have.length(0);
      expect(parts(el, '[part~=measures] div').map((d) => `${text(d.querySelector('dt')!)}: ${text(d.querySelector('dd')!)}`)[0]).to.equal('Reporting confidence (%): not recorded');
    });

    it('renders text from plans as text, never as markup', async () => {
      const plan = planWith({ roles: [...makePlan().roles, XSS_NAME], correctiveActions: [open({ action: XSS_NAME, owner: XSS_NAME })], log: [{ at: '2026-08-25T09:00:00Z', by: XSS_NAME, summary: XSS_NAME, target: { kind: 'action', id: 'ca-1' } }] });
      const el = await render(plan);
      expect(parts(el, 'img')).to.have.length(0);
      expect(part(el, '[part~=history]').textContent).to.contain(XSS_NAME);
      expect(part(el, '.title').textContent).to.equal(XSS_NAME);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });

    it('names what is wrong with a bad plan by its path', async () => {
      const el = await render({ ...planWith(), correctiveActions: [{ id: 'ca-1', action: '', owner: 'Legal', due: '28/08/2026', status: 'open' }] });
      expect(text(part(el, '[part=error]'))).to.match(/Corrective action/);
      expect(parts(el, '[part~=action]')).to.have.length(0);
    });

    it('read-only: nothing to record, mark or move', async () => {
      const el = await render(planWith({ approvals: BLOCKED_REVIEWS, correctiveActions: [open()] }), { readonly: true, actor: 'Legal' });
      expect(parts(el, 'button:not([part~=findings-button]), select, input, form')).to.have.length(0);
      expect(parts(el, '[part~=action]')).to.have.length(1);
    });
  });

  describe('recording', () => {
    it('records an action for a crossed threshold by keyboard, its owner proposed, and the threshold is answered', async () => {
      const el = await render(planWith({ approvals: BLOCKED_REVIEWS }), { actor: 'Campaign manager' });
      const changes = recordChanges(el);
      part(el, '[part~=thresholds] .record-for').focus();
      await press('Enter');
      await settle(el);
      expect(focused(el)?.id).to.equal('new-action');
      expect(part<HTMLSelectElement>(el, '#new-owner').value, 'the owner the threshold names').to.equal('Campaign manager');
      await typeText('Hold a decision session with the Accountables');
      await typeInto(el, '#new-due', '2026-08-31');
      await press('Enter');
      await settle(el);
      expect(changes).to.have.length(1);
      expect(changes[0]!.change).to.deep.include({ type: 'action.record', actionId: 'ca-1', owner: 'Campaign manager', due: '2026-08-31', source: 'threshold.blocked-approvals', by: 'Campaign manager', at: NOW });
      expect(planOf(el).correctiveActions).to.deep.equal([
        { id: 'ca-1', action: 'Hold a decision session with the Accountables', owner: 'Campaign manager', due: '2026-08-31', status: 'open', source: 'threshold.blocked-approvals', raisedAt: NOW },
      ]);
      expect(planOf(el).log?.at(-1)).to.deep.include({ by: 'Campaign manager', target: { kind: 'action', id: 'ca-1' } });
      expect(part(el, '[part~=thresholds]').dataset.recorded).to.equal('true');
      expect(focused(el)).to.equal(action(el, 'ca-1'));
    });

    it('names each missing field under it, focuses the first, and changes nothing', async () => {
      const plan = planWith();
      const el = await render(plan, { actor: 'Ops lead' });
      const changes = recordChanges(el);
      part(el, '[part~=record-button]').click();
      await settle(el);
      part<HTMLButtonElement>(el, '[part~=record-form] [type=submit]').click();
      await settle(el);
      expect(parts(el, '[part~=record-form] [part~=field-error]').map(text)).to.deep.equal([
        'What the team will change: say what the team will change',
        'Owner: name who will get it done',
        'Due: set the date it is due',
      ]);
      expect(focused(el)?.id).to.equal('new-action');
      expect(part(el, '#new-action').getAttribute('aria-invalid')).to.equal('true');
      await typeText('Second approver');
      await typeInto(el, '#new-due', '31/31/2026');
      part<HTMLButtonElement>(el, '[part~=record-form] [type=submit]').click();
      await settle(el);
      expect(parts(el, '[part~=record-form] [part~=field-error]').map(text)).to.have.length(2);
      expect(text(part(el, '#new-due-error'))).to.match(/^Due: /);
      expect(changes).to.have.length(0);
      expect(el.plan).to.equal(plan);
    });

    it('asks who is acting before it records, at the Acting as field', async () => {
      const el = await render(planWith());
      part(el, '[part~=record-button]').click();
      await settle(el);
      await typeText('Second approver');
      part<HTMLSelectElement>(el, '#new-owner').value = 'Legal';
      await typeInto(el, '#new-due', '2026-08-31');
      part<HTMLButtonElement>(el, '[part~=record-form] [type=submit]').click();
      await settle(el);
      expect(text(part(el, '#actor-error'))).to.equal('Acting as: choose who you are');
      expect(focused(el)?.id).to.equal('actor');
      expect(planOf(el).correctiveActions ?? []).to.have.length(0);
    });

    it('Escape closes the form and focus returns to the button that opened it', async () => {
      const el = await render(planWith(), { actor: 'Ops lead' });
      part(el, '[part~=record-button]').focus();
      await press('Enter');
      await settle(el);
      expect(part(el, '[part~=record-button]').getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      await settle(el);
      expect(parts(el, '[part~=record-form]')).to.have.length(0);
      expect(focused(el)).to.equal(part(el, '[part~=record-button]'));
    });

    it('a cancelled change rolls back', async () => {
      const plan = planWith({ correctiveActions: [open()] });
      const el = await render(plan, { actor: 'Legal' });
      recordChanges(el, { cancel: true });
      part(el, '[data-id=ca-1] [part~=status-button]').click();
      await settle(el);
      expect(el.plan).to.equal(plan);
      expect(action(el, 'ca-1').dataset.state).to.equal('open');
    });
  });

  describe('done, reopened, moved', () => {
    it('marks an action done, stamped with who and when, and reopens it', async () => {
      const el = await render(planWith({ correctiveActions: [open({ due: '2026-08-20' })] }), { actor: 'Legal' });
      expect(action(el, 'ca-1').dataset.state).to.equal('overdue');
      const changes = recordChanges(el);
      part(el, '[data-id=ca-1] [part~=status-button]').focus();
      await press('Enter');
      await settle(el);
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'action.status', actionId: 'ca-1', from: 'open', to: 'done', by: 'Legal', at: NOW }]);
      expect(planOf(el).correctiveActions![0]).to.include({ status: 'done', doneAt: NOW });
      expect(action(el, 'ca-1').dataset.state).to.equal('done');
      expect(text(part(el, '[data-id=ca-1] [part~=history]'))).to.contain('Done: the corrective action');
      expect(focused(el)).to.equal(part(el, '[data-id=ca-1] [part~=status-button]'));
      expect(text(part(el, '[data-id=ca-1] [part~=status-button]'))).to.match(/^Reopen/);
      await press('Enter');
      await settle(el);
      expect(planOf(el).correctiveActions![0]).to.deep.equal(open({ due: '2026-08-20' }));
      expect(action(el, 'ca-1').dataset.state).to.equal('overdue');
    });

    it('moves a due date only to another date and with a reason, which the history keeps', async () => {
      const el = await render(planWith({ correctiveActions: [open({ due: '2026-08-20' })] }), { actor: 'Legal' });
      const changes = recordChanges(el);
      part(el, '[data-id=ca-1] [part~=reschedule-button]').focus();
      await press('Enter');
      await settle(el);
      expect(focused(el)?.id).to.equal('action-ca-1-due');
      part<HTMLButtonElement>(el, '[part~=reschedule-form] [type=submit]').click();
      await settle(el);
      expect(parts(el, '[part~=reschedule-form] [part~=field-error]').map(text)).to.deep.equal([
        'New due date: is the date it is already due; choose another',
        'Why the date moves: say why the date moves',
      ]);
      expect(changes).to.have.length(0);
      const due = part<HTMLInputElement>(el, '#action-ca-1-due');
      due.focus();
      due.select();
      await typeText('2026-09-04');
      await typeInto(el, '#action-ca-1-reason', 'Legal is at an offsite this week');
      part<HTMLButtonElement>(el, '[part~=reschedule-form] [type=submit]').click();
      await settle(el);
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'action.reschedule', actionId: 'ca-1', from: '2026-08-20', to: '2026-09-04', reason: 'Legal is at an offsite this week', by: 'Legal', at: NOW }]);
      expect(planOf(el).correctiveActions![0]!.due).to.equal('2026-09-04');
      expect(action(el, 'ca-1').dataset.state).to.equal('open');
      expect(text(part(el, '[data-id=ca-1] [part~=history]'))).to.contain('from 2026-08-20 to 2026-09-04: Legal is at an offsite this week');
      expect(focused(el)).to.equal(part(el, '[data-id=ca-1] [part~=reschedule-button]'));
    });
  });

  describe('measures', () => {
    it('records reporting confidence and programs, and the reporting threshold is no longer crossed', async () => {
      const el = await render(planWith({ reporting: { confidence: 90 } }), { actor: 'Analytics' });
      expect(parts(el, '[part~=thresholds]').map((t) => t.dataset.id)).to.deep.equal(['threshold.reporting-confidence']);
      const changes = recordChanges(el);
      part(el, '[part~=measures-button]').focus();
      await press('Enter');
      await settle(el);
      expect(focused(el)?.id).to.equal('measure-confidence');
      const confidence = part<HTMLInputElement>(el, '#measure-confidence');
      expect(confidence.value).to.equal('90');
      confidence.select();
      await typeText('140');
      await typeInto(el, '#measure-planned', '4');
      part<HTMLButtonElement>(el, '[part~=measures-form] [type=submit]').click();
      await settle(el);
      expect(parts(el, '[part~=measures-form] [part~=field-error]').map(text)).to.deep.equal([
        'Reporting confidence (%): must be at most 100',
        'Programs delivered: set how many were delivered, or clear programs planned',
      ]);
      expect(focused(el)?.id).to.equal('measure-confidence');
      expect(changes).to.have.length(0);
      confidence.select();
      await typeText('97');
      await typeInto(el, '#measure-delivered', '3');
      part<HTMLButtonElement>(el, '[part~=measures-form] [type=submit]').click();
      await settle(el);
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'measures.set', from: { confidence: 90 }, to: { confidence: 97, planned: 4, delivered: 3 } }]);
      expect(planOf(el)).to.deep.include({ reporting: { confidence: 97 }, programs: { planned: 4, delivered: 3 } });
      expect(parts(el, '[part~=thresholds]')).to.have.length(0);
      expect(parts(el, '[part~=measures] dd').map(text)).to.deep.equal(['97%', 'not recorded', 'not recorded', '4', '3']);
      expect(focused(el)).to.equal(part(el, '[part~=measures-button]'));
    });
  });

  describe('bound to a store', () => {
    it('saves a recorded action to IndexedDB', async () => {
      const name = `preflight-actions-test-${Math.random().toString(36).slice(2)}`;
      const tab = await openPlanStore({ name });
      const other = await openPlanStore({ name });
      try {
        await tab.put(planWith({ correctiveActions: [open()] }));
        const el = await mount<PreflightActions>(html`<preflight-actions plan-id="plan-1" .store=${tab} now=${NOW} actor="Legal"></preflight-actions>`);
        await until(() => parts(el, '[part~=action]').length === 1, 'the stored plan');
        part(el, '[data-id=ca-1] [part~=status-button]').click();
        await until(() => planOf(el).revision === 2, 'the save');
        expect((await other.get('plan-1'))!.correctiveActions![0]).to.include({ status: 'done', doneAt: NOW });
      } finally {
        tab.close();
        other.close();
      }
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in light and dark, with forms open', async () => {
      const el = await render(planWith({ approvals: BLOCKED_REVIEWS, correctiveActions: [open({ due: '2026-08-20' }), open({ id: 'ca-2', status: 'done' })] }), { actor: 'Legal' });
      await expectAccessibleInBothThemes(el);
      part(el, '[part~=record-button]').click();
      part(el, '[part~=measures-button]').click();
      await settle(el);
      part(el, '[data-id=ca-1] [part~=reschedule-button]').click();
      await settle(el);
      part<HTMLButtonElement>(el, '[part~=record-form] [type=submit]').click();
      await settle(el);
      await expectAccessibleInBothThemes(el);
    });

    it('fits narrow frames without scrolling sideways, with every target at least 24 px', async () => {
      try {
        for (const frame of NARROW_FRAMES) {
          const el = await mountIn<PreflightActions>(frame, html`<preflight-actions .plan=${planWith({ approvals: BLOCKED_REVIEWS, correctiveActions: [open()] })} now=${NOW} actor="Legal"></preflight-actions>`);
          part(el, '[part~=record-button]').click();
          await settle(el);
          part(el, '[data-id=ca-1] [part~=reschedule-button]').click();
          await settle(el);
          expect(sidewaysOverflow(el), frame.name).to.deep.equal([]);
          for (const control of parts(el, 'button, select, input, textarea')) {
            const box = control.getBoundingClientRect();
            if (box.width === 0) continue;
            expect(box.height, `${frame.name}: ${control.outerHTML.slice(0, 60)}`).to.be.at.least(24);
            expect(box.width, `${frame.name}: ${control.outerHTML.slice(0, 60)}`).to.be.at.least(24);
          }
        }
      } finally {
        await setViewport(DEFAULT_VIEWPORT);
      }
    });
  });
});
