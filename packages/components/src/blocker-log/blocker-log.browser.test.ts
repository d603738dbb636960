import { expect, html } from '@open-wc/testing';
import { createMemoryStore, openPlanStore } from '@preflight/core/store';
import { hasUnseenRecords, type Blocker, type Plan } from '@preflight/core';
import { makeBlocker, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-blocker-log.js';
import type { PreflightBlockerLog } from './blocker-log.js';
import { ignoreResizeObserverNotice } from './testing.js';
import { expectAccessibleInBothThemes, focused, ManualClock, mount, part, parts, press, recordChanges, typeText, until, XSS_NAME } from '../shared/testing.js';

const NOW = '2026-08-28T12:00:00Z';

const render = (plan: unknown, attrs: { readonly?: boolean } = {}) =>
  mount<PreflightBlockerLog>(html`<preflight-blocker-log .plan=${plan} now=${NOW} ?readonly=${attrs.readonly ?? false}></preflight-blocker-log>`);
const rowOf = (el: PreflightBlockerLog, id: string) => part(el, `[part~=row][data-id="${id}"]`);
const shownIds = (el: PreflightBlockerLog) => parts(el, '[part~=row]').map((r) => r.dataset.id);
const planOf = (el: PreflightBlockerLog) => el.plan as Plan;
const at = (el: PreflightBlockerLog) => {
  const f = focused(el);
  return f ? [Number(f.getAttribute('data-r')), Number(f.getAttribute('data-c'))] : null;
};
async function select(el: PreflightBlockerLog, name: string, value: string) {
  const s = part<HTMLSelectElement>(el, `[name="${name}"]`);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
/** Lets the virtualizer lay out its rows (it renders in the frames after the element's update). */
async function settle(el: PreflightBlockerLog) {
  await el.updateComplete;
  await until(() => parts(el, '[part~=row]').length > 0 || parts(el, '[part=empty]').length > 0, 'the rows to render');
}

/** Waits until the rendered rows have stayed the same for a few frames (the first measuring pass is over). */
async function measured(el: PreflightBlockerLog) {
  let last = '';
  let same = 0;
  await until(() => {
    const now = parts(el, '[part~=row]').map((r) => r.dataset.id).join();
    same = now === last ? same + 1 : 0;
    last = now;
    return same >= 3;
  }, 'the rows to settle');
}

const three = (): Blocker[] => [
  makeBlocker({ id: 'late', title: 'Field mapping broken', due: '2026-08-26', severity: 'high', raisedAt: '2026-08-10T09:00:00Z' }),
  makeBlocker({ id: 'soon', title: 'Legal copy pending', owner: 'Legal', due: '2026-09-02', severity: 'critical', category: 'structural-bottleneck', raisedAt: '2026-08-25T09:00:00Z', blocks: { kind: 'step', id: 'launch-approval' } }),
  makeBlocker({ id: 'done', title: 'UTM template missing', status: 'resolved', due: '2026-08-20', severity: 'low', raisedAt: '2026-08-01T09:00:00Z', resolvedAt: '2026-08-05T09:00:00Z' }),
];

/** Opens the add form with its button, as a person would (it is closed until asked for). */
async function openForm(el: PreflightBlockerLog): Promise<void> {
  if (!el.shadowRoot!.querySelector('[part=form]')) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=add-button]')!.click();
  await el.updateComplete;
}

describe('<preflight-blocker-log>', () => {
  ignoreResizeObserverNotice();

  describe('rendering', () => {
    it('dates raised and resolved instants on the team clock when the config names a time zone, as the reader’s locale writes dates', async () => {
      // 20:00Z on 10 August is already 11 August in Sydney; 15:00Z on 5 August is 6 August there.
      const blockers = [
        makeBlocker({ id: 'evening', raisedAt: '2026-08-10T20:00:00Z' }),
        makeBlocker({ id: 'closed', raisedAt: '2026-08-01T09:00:00Z', status: 'resolved', resolvedAt: '2026-08-05T15:00:00Z' }),
      ];
      const cellText = (el: PreflightBlockerLog, id: string, col: number) => rowOf(el, id).querySelector(`[data-c="${col}"]`)!.textContent!.trim();
      const utc = await mount<PreflightBlockerLog>(html`<preflight-blocker-log lang="en-GB" .plan=${makePlan({ blockers: [...blockers, makeBlocker({ id: 'due', due: '2026-08-28' })] })} now=${NOW}></preflight-blocker-log>`);
      await select(utc, 'status-filter', 'all');
      await settle(utc);
      expect(cellText(utc, 'evening', 10)).to.equal('10 Aug');
      expect(cellText(utc, 'closed', 1)).to.equal('Resolved 5 Aug');
      expect(cellText(utc, 'due', 3), 'this year’s dates without their year').to.equal('28 Aug');
      expect(rowOf(utc, 'due').querySelector('time')!.getAttribute('datetime')).to.equal('2026-08-28');
      // Off screen below the first log, the second would lay out no rows: one log at a time.
      utc.remove();
      const sydney = await mount<PreflightBlockerLog>(
        html`<preflight-blocker-log lang="de-DE" .plan=${makePlan({ blockers })} .config=${{ timeZone: 'Australia/Sydney' }} now=${NOW}></preflight-blocker-log>`,
      );
      await select(sydney, 'status-filter', 'all');
      await settle(sydney);
      expect(cellText(sydney, 'evening', 10)).to.equal('11. Aug.');
      expect(cellText(sydney, 'closed', 1)).to.equal('Resolved 6. Aug.');
    });

    it('shows open blockers by default with owner, due, severity, category, what they block, days blocked and escalation', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['late', 'soon']);
      const grid = part(el, '[role=grid]');
      expect(grid.getAttribute('aria-rowcount')).to.equal('3');
      const soon = rowOf(el, 'soon');
      expect(soon.getAttribute('aria-rowindex')).to.equal('3');
      expect(soon.textContent).to.contain('Legal');
      expect(soon.querySelector('time')?.getAttribute('datetime')).to.equal('2026-09-02');
      expect(soon.textContent).to.contain('Structural bottleneck');
      expect(soon.textContent).to.contain('Launch approval');
      expect(soon.textContent).to.contain('3 d');
      expect(soon.dataset.overdue).to.equal('false');
    });

    it('marks an overdue blocker with the escalation level and who it has reached, from the core\'s SLA ladder', async () => {
      // Due 08-26: breached at 08-27T00:00Z; 36 h later (past the 24 h step) it has climbed one level.
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      const late = rowOf(el, 'late');
      expect(late.dataset.overdue).to.equal('true');
      expect(part(el, '[data-id=late] [part=escalation]').textContent).to.equal('Overdue · escalated to RevOps (level 1)');
      el.now = '2026-08-27T06:00:00Z';
      await settle(el);
      expect(part(el, '[data-id=late] [part=escalation]').textContent).to.equal('Overdue · Ops lead notified');
    });

    it('shows the core\'s findings for a row in the popover', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      const button = part(el, '[data-id=soon] [part=findings-button]');
      expect(button.dataset.state).to.equal('blocked');
      button.click();
      await until(() => part(el, '[part=popover]').matches(':popover-open'), 'the popover to open');
      await el.updateComplete;
      expect(part(el, '[part=popover]').textContent).to.contain('No open critical blocker');
      expect(part(el, '[part=popover]').textContent).to.contain('Resolve it before launch');
      await press('Escape');
      await until(() => !part(el, '[part=popover]').matches(':popover-open'), 'the popover to close');
    });

    it('has no axe violations in the light and the dark theme, with the form showing errors', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      await expectAccessibleInBothThemes(el);
      await openForm(el);
      part<HTMLFormElement>(el, '[part=form]').requestSubmit();
      await el.updateComplete;
      await expectAccessibleInBothThemes(el);
    });

    it('renders titles and owners shaped like markup as text', async () => {
      const el = await render(makePlan({ blockers: [makeBlocker({ title: XSS_NAME, owner: XSS_NAME })] }));
      await settle(el);
      expect(parts(el, 'img').length).to.equal(0);
      expect(part(el, '[part~=row] [role=rowheader]').textContent).to.equal(XSS_NAME);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });

    it('says what to do when there is no blocker, and says so when no blocker matches the filters', async () => {
      const none = await render(makePlan({ blockers: [] }));
      expect(part(none, '[part=empty]').textContent).to.contain('No blockers yet');
      expect(part(none, '[role=grid]').getAttribute('aria-rowcount')).to.equal('1');
      const resolved = await render(makePlan({ blockers: [makeBlocker({ id: 'done', status: 'resolved', resolvedAt: '2026-08-20T09:00:00Z' })] }));
      expect(part(resolved, '[part=empty]').textContent, 'open blockers are shown by default').to.contain('No blocker matches these filters');
    });
  });

  describe('one plan, several logs', () => {
    it('a second log given the same plan shows the records the first one validated, and the owner’s plan stays writable', async () => {
      const plan = makePlan({ blockers: three() });
      const first = await render(plan);
      const second = await render(plan);
      expect(second.visibleBlockers).to.have.length(2);
      second.visibleBlockers.forEach((b, i) => expect(b).to.equal(first.visibleBlockers[i]));
      expect(Object.isFrozen(first.visibleBlockers[0])).to.equal(true);
      expect(Object.isFrozen(plan.blockers[0])).to.equal(false);
    });

    it('a blocker the owner changed in place is read again by the next log, bad values included', async () => {
      const plan = makePlan({ blockers: three() });
      await render(plan);
      (plan.blockers[1] as { title: string }).title = 'Legal copy signed off';
      const renamed = await render(plan);
      // The virtualizer renders rows only on screen, and earlier logs sit above this one.
      renamed.scrollIntoView();
      await settle(renamed);
      expect(rowOf(renamed, 'soon').textContent).to.contain('Legal copy signed off');
      (plan.blockers[1] as { severity: string }).severity = 'urgent';
      const bad = await render(plan);
      expect(part(bad, '[part=error]').textContent).to.contain('blockers[1].severity');
    });
  });

  describe('sort and filter', () => {
    it('sorts by due, severity, days blocked and raised, marking the sorted column header', async () => {
      const el = await render(makePlan({ blockers: three() }));
      el.statusFilter = 'all';
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['done', 'late', 'soon']);
      expect(part(el, '[role=columnheader][data-c="3"]').getAttribute('aria-sort')).to.equal('ascending');
      await select(el, 'sort', 'severity');
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['soon', 'late', 'done']);
      expect(part(el, '[role=columnheader][data-c="2"]').getAttribute('aria-sort')).to.equal('descending');
      await select(el, 'sort', 'days-blocked');
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['late', 'done', 'soon']);
      await select(el, 'sort', 'raised');
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['soon', 'late', 'done']);
      expect(el.sort).to.equal('raised');
      expect(el.getAttribute('sort')).to.equal('raised');
    });

    it('a plan just edited shows each moved blocker where sorting it afresh puts it', async () => {
      const blockers = Array.from({ length: 6 }, (_, i) => makeBlocker({ id: `b${i}`, due: `2026-09-0${i + 1}`, raisedAt: '2026-08-01T09:00:00Z' }));
      const el = await render(makePlan({ blockers }));
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
      const moved = (id: string, due: string) => {
        const plan = planOf(el);
        const i = plan.blockers.findIndex((b) => b.id === id);
        el.plan = { ...plan, blockers: plan.blockers.with(i, { ...plan.blockers[i]!, due }) };
      };
      moved('b1', '2026-09-09');
      await settle(el);
      await until(() => shownIds(el).join() === 'b0,b2,b3,b4,b5,b1', 'b1 to move last');
      moved('b4', '2026-08-30');
      await until(() => shownIds(el).join() === 'b4,b0,b2,b3,b5,b1', 'b4 to move first');
    });

    it('filters by open/all, owner and severity, from controls or attributes', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await select(el, 'status-filter', 'all');
      await settle(el);
      expect(shownIds(el)).to.have.length(3);
      await select(el, 'owner-filter', 'Legal');
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['soon']);
      await select(el, 'owner-filter', '');
      el.setAttribute('severity-filter', 'low');
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['done']);
      expect(part(el, '.count').textContent).to.contain('1 of 3');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop and moves with arrows, Home/End, Ctrl+Home/End and PageUp/PageDown', async () => {
      const blockers = Array.from({ length: 30 }, (_, i) => makeBlocker({ id: `b${i}`, title: `Blocker ${i}`, due: `2026-09-${String(i + 1).padStart(2, '0')}` }));
      const el = await render(makePlan({ blockers }));
      await settle(el);
      expect(parts(el, '[role=grid] [tabindex="0"]')).to.have.length(1);
      part(el, '[part=export]').focus();
      await press('Tab');
      expect(at(el)).to.deep.equal([1, 0]);
      await press('ArrowRight');
      await press('ArrowDown');
      expect(at(el)).to.deep.equal([2, 1]);
      await press('End');
      expect(at(el)).to.deep.equal([2, 11]);
      await press('Home');
      expect(at(el)).to.deep.equal([2, 0]);
      await press('PageDown');
      expect(at(el)).to.deep.equal([12, 0]);
      await press('Control+End');
      await until(() => at(el)?.join() === '30,11', 'focus on the last row\'s last cell');
      await press('PageUp');
      await until(() => at(el)?.join() === '20,11', 'focus ten rows up');
      await press('Control+Home');
      await until(() => at(el)?.join() === '0,0', 'focus on the first header');
      expect(parts(el, '[role=grid] [tabindex="0"]')).to.have.length(1);
    });

    it('sorts with Enter on a sortable header and resolves with Enter on a row\'s action', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      const changes = recordChanges(el);
      part(el, '[role=columnheader][data-c="2"]').focus();
      await press('Enter');
      await settle(el);
      expect(el.sort).to.equal('severity');
      expect(shownIds(el)).to.deep.equal(['soon', 'late']);
      await press('ArrowDown');
      await press('End');
      for (let i = 0; i < 5; i++) await press('ArrowLeft');
      expect(at(el)).to.deep.equal([1, 6]);
      await press('Enter');
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'blocker.resolve', blockerId: 'soon', at: NOW }]);
    });
  });

  describe('edits and events', () => {
    it('resolves with resolved-at from `now` and reopens counting the reopening; each edit is a cancelable, composed event', async () => {
      const el = await render(makePlan({ blockers: three() }));
      el.statusFilter = 'all';
      await settle(el);
      const changes = recordChanges(el);
      let event: Event | undefined;
      document.addEventListener('preflight-change', (e) => (event = e), { once: true });
      part(el, '[data-id=late] [part=action]').click();
      await el.updateComplete;
      expect(event?.bubbles && event.composed && event.cancelable).to.equal(true);
      const resolved = planOf(el).blockers.find((b) => b.id === 'late')!;
      expect(resolved).to.include({ status: 'resolved', resolvedAt: NOW });
      expect(changes[0]!.plan).to.equal(el.plan);
      part(el, '[data-id=done] [part=action]').click();
      await el.updateComplete;
      const reopened = planOf(el).blockers.find((b) => b.id === 'done')!;
      expect(reopened.status).to.equal('open');
      expect(reopened.resolvedAt).to.equal(undefined);
      expect(reopened.reopened).to.equal(1);
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'blocker.resolve', blockerId: 'late', at: NOW },
        { type: 'blocker.reopen', blockerId: 'done', reopened: 1 },
      ]);
    });

    it('with no `now`, stamps a resolution and a new blocker with the time they are made, not the time the page was opened', async () => {
      const opened = Date.parse('2026-08-28T09:00:00Z');
      const clock = new ManualClock(opened);
      const el = await mount<PreflightBlockerLog>(html`<preflight-blocker-log .plan=${makePlan({ blockers: three() })} .clock=${clock}></preflight-blocker-log>`);
      await settle(el);
      clock.advance(6 * 3_600_000 + 15_000);
      await el.updateComplete;
      part(el, '[data-id=late] [part=action]').click();
      await el.updateComplete;
      expect(planOf(el).blockers.find((b) => b.id === 'late')).to.include({ status: 'resolved', resolvedAt: '2026-08-28T15:00:15.000Z' });
      clock.advance(30 * 60_000);
      await el.updateComplete;
      await openForm(el);
      part<HTMLInputElement>(el, '#new-title').value = 'Sales has not seen the offer';
      part<HTMLInputElement>(el, '#new-owner').value = 'Sales lead';
      part<HTMLInputElement>(el, '#new-due').value = '2026-09-01';
      part<HTMLFormElement>(el, '[part=form]').requestSubmit();
      await until(() => planOf(el).blockers.length === 4, 'the new blocker');
      expect(planOf(el).blockers[3]!.raisedAt).to.equal('2026-08-28T15:30:15.000Z');
    });

    it('rolls a cancelled edit back', async () => {
      const plan = makePlan({ blockers: three() });
      const el = await render(plan);
      await settle(el);
      const changes = recordChanges(el, { cancel: true });
      part(el, '[data-id=late] [part=action]').click();
      await el.updateComplete;
      expect(changes).to.have.length(1);
      expect(el.plan).to.equal(plan);
      expect(rowOf(el, 'late').dataset.status).to.equal('open');
      expect(part(el, '[data-id=late] [part=action]').textContent).to.equal('Resolve');
    });

    it('does not dispatch when the owner sets the plan, filters or attributes', async () => {
      const el = await render(makePlan({ blockers: three() }));
      const changes = recordChanges(el);
      el.plan = makePlan({ blockers: three().slice(0, 1) });
      el.sort = 'severity';
      el.statusFilter = 'all';
      el.theme = 'dark';
      await settle(el);
      expect(changes).to.have.length(0);
      expect(el.getAttribute('status-filter')).to.equal('all');
    });

    it('requires an owner and a due date at entry, with the messages tied to their fields, then adds the blocker', async () => {
      const el = await render(makePlan({ blockers: three(), checklist: [makeItem()] }));
      await settle(el);
      const changes = recordChanges(el);
      expect(parts(el, '[part=form]'), 'closed until asked for').to.have.length(0);
      part(el, '[part~=add-button]').focus();
      await press('Enter');
      await el.updateComplete;
      expect(focused(el)?.id, 'the form opens on its first field').to.equal('new-title');
      await typeText('Tracking pixel missing');
      part<HTMLFormElement>(el, '[part=form]').requestSubmit();
      await el.updateComplete;
      expect(changes).to.have.length(0);
      const owner = part<HTMLInputElement>(el, '#new-owner');
      expect(owner.getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, `#${owner.getAttribute('aria-describedby')}`).textContent).to.equal('Owner: name who will get it done');
      expect(part(el, '#new-due').getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)).to.equal(owner);
      await typeText('Analytics');
      part<HTMLInputElement>(el, '#new-due').value = '2026-09-03';
      await select(el, 'severity', 'high');
      await select(el, 'category', 'poor-tooling');
      await select(el, 'blocks', 'item:item-1');
      part<HTMLFormElement>(el, '[part=form]').requestSubmit();
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'blocker.add', blockerId: 'blk-4', index: 3 }]);
      expect(planOf(el).blockers.at(-1)).to.deep.equal({
        id: 'blk-4', title: 'Tracking pixel missing', owner: 'Analytics', due: '2026-09-03', severity: 'high', status: 'open',
        raisedAt: NOW, category: 'poor-tooling', blocks: { kind: 'item', id: 'item-1' },
      });
      expect(part(el, '#new-owner').getAttribute('aria-invalid')).to.equal('false');
      await until(() => parts(el, '[data-id="blk-4"]').length === 1, 'the new row');
    });

    it('records the actor as raised-by when it is a role of the plan, and nobody when it is not', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      for (const [actor, title] of [['Marketing ops', 'Raised by a role'], ['Someone else', 'Raised by nobody named']] as const) {
        el.actor = actor;
        await el.updateComplete;
        await openForm(el);
        part<HTMLInputElement>(el, '#new-title').value = title;
        part<HTMLInputElement>(el, '#new-owner').value = 'Analytics';
        part<HTMLInputElement>(el, '#new-due').value = '2026-09-03';
        part<HTMLFormElement>(el, '[part=form]').requestSubmit();
        await until(() => planOf(el).blockers.at(-1)?.title === title, title);
      }
      const [byRole, byNobody] = planOf(el).blockers.slice(-2);
      expect(byRole!.raisedBy).to.equal('Marketing ops');
      expect(byNobody!.raisedBy).to.equal(undefined);
    });

    it('is read-only with `readonly`: no form and no actions', async () => {
      const el = await render(makePlan({ blockers: three() }), { readonly: true });
      await settle(el);
      expect(parts(el, '[part=form]')).to.have.length(0);
      expect(parts(el, '[part=action]')).to.have.length(0);
      expect(part(el, '[role=grid]').getAttribute('aria-readonly')).to.equal('true');
    });
  });

  describe('editing a blocker', () => {
    const dialog = (el: PreflightBlockerLog) => part<HTMLDialogElement>(el, 'dialog[part=editor]');
    const control = (el: PreflightBlockerLog, name: string) => part<HTMLInputElement>(el, `dialog[part=editor] [name=${name}]`);
    const errors = (el: PreflightBlockerLog) => parts(el, 'dialog [part=field-error]').map((p) => p.textContent);
    async function openAt(el: PreflightBlockerLog, id: string, col: number, key = 'Enter') {
      part(el, `[part~=row][data-id="${id}"] [data-c="${col}"]`).focus();
      await press(key);
      await el.updateComplete;
    }

    it('re-assigns owner, due, severity and category from the focused row with the keyboard alone; focus returns to the cell', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      const changes = recordChanges(el);
      await openAt(el, 'late', 4);
      expect(dialog(el).open).to.equal(true);
      expect(focused(el)).to.equal(control(el, 'owner'));
      control(el, 'owner').select();
      await typeText('Legal');
      await press('Tab');
      expect(focused(el)).to.equal(control(el, 'due'));
      control(el, 'due').select();
      await typeText('2026-09-05');
      // Past the date picker's button to the severity.
      await press('Tab');
      await press('Tab');
      await press('ArrowDown');
      await press('Tab');
      await press('ArrowDown');
      await press('Tab');
      await press('Enter');
      await el.updateComplete;
      const updated = planOf(el).blockers.find((b) => b.id === 'late')!;
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'blocker.update', id: 'late', field: 'owner', from: 'Marketing ops', to: 'Legal' },
        { type: 'blocker.update', id: 'late', field: 'due', from: '2026-08-26', to: '2026-09-05' },
        { type: 'blocker.update', id: 'late', field: 'severity', from: 'high', to: updated.severity },
        { type: 'blocker.update', id: 'late', field: 'category', from: 'poor-tooling', to: updated.category },
      ]);
      expect(updated.severity).to.not.equal('high');
      expect(updated.category).to.not.equal('poor-tooling');
      expect(updated).to.include({ owner: 'Legal', due: '2026-09-05' });
      await until(() => parts(el, 'dialog[part=editor]').length === 0, 'the dialog to close');
      await until(() => at(el)?.join() === [shownIds(el).indexOf('late') + 1, 4].join(), 'focus back on the owner cell');
    });

    it('opens with F2 and a double click; Escape closes without an edit and returns focus', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      const changes = recordChanges(el);
      await openAt(el, 'soon', 2, 'F2');
      expect(focused(el)).to.equal(control(el, 'severity'));
      await press('Escape');
      await until(() => parts(el, 'dialog[part=editor]').length === 0, 'the dialog to close');
      await until(() => at(el)?.join() === [shownIds(el).indexOf('soon') + 1, 2].join(), 'focus back');
      part(el, '[part~=row][data-id="soon"] [data-c="8"]').dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(focused(el)).to.equal(control(el, 'category'));
      expect(changes).to.have.length(0);
    });

    it('refuses an empty owner and an impossible date, naming each field; nothing reaches the plan', async () => {
      const plan = makePlan({ blockers: three() });
      const el = await render(plan);
      await settle(el);
      const changes = recordChanges(el);
      await openAt(el, 'late', 3);
      control(el, 'owner').value = '  ';
      control(el, 'due').select();
      await typeText('2026-02-30');
      await press('Enter');
      await el.updateComplete;
      expect(errors(el)).to.deep.equal(['Owner: name who will get it done', 'Due date: February 2026 has 28 days, so “2026-02-30” is not a date']);
      expect(control(el, 'due').value).to.equal('2026-02-30');
      expect(control(el, 'owner').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'owner').getAttribute('aria-describedby')).to.equal('edit-owner-error');
      expect(focused(el)).to.equal(control(el, 'owner'));
      expect(changes).to.have.length(0);
      expect(el.plan).to.equal(plan);
      await expectAccessibleInBothThemes(el);
    });

    it('keeps a name shaped like markup as text', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      await openAt(el, 'late', 4);
      control(el, 'owner').value = XSS_NAME;
      control(el, 'owner').form!.requestSubmit();
      await until(() => rowOf(el, 'late').querySelector('[data-c="4"]')?.textContent === XSS_NAME, 'the new owner');
      expect(parts(el, 'img')).to.have.length(0);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });

    it('rolls a cancelled edit back', async () => {
      const plan = makePlan({ blockers: three() });
      const el = await render(plan);
      await settle(el);
      const changes = recordChanges(el, { cancel: true });
      await openAt(el, 'soon', 4);
      control(el, 'owner').value = 'Ops lead';
      control(el, 'owner').form!.requestSubmit();
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'blocker.update', id: 'soon', field: 'owner', from: 'Legal', to: 'Ops lead' }]);
      expect(el.plan).to.equal(plan);
      await until(() => rowOf(el, 'soon').querySelector('[data-c="4"]')?.textContent === 'Legal', 'the old owner');
    });

    it('does not open when readonly', async () => {
      const el = await render(makePlan({ blockers: three() }), { readonly: true });
      await settle(el);
      await openAt(el, 'late', 4);
      expect(parts(el, 'dialog')).to.have.length(0);
    });
  });

  describe('bad input', () => {
    it('lists the bad paths of an invalid plan and never throws', async () => {
      const plan = makePlan({ blockers: three() });
      const bad = { ...plan, blockers: [{ ...plan.blockers[0], severity: 'apocalyptic', raisedAt: 'last week' }] };
      const el = await render(bad);
      const alert = part(el, '[role=alert]');
      expect(alert.textContent).to.contain('blockers[0].severity');
      expect(alert.textContent).to.contain('blockers[0].raisedAt');
      expect(parts(el, '[role=grid]')).to.have.length(0);
    });

    it('reports an unreadable `now`', async () => {
      const el = await mount<PreflightBlockerLog>(html`<preflight-blocker-log .plan=${makePlan()} now="soon"></preflight-blocker-log>`);
      expect(part(el, '[role=alert]').textContent).to.contain('now');
    });
  });

  describe('10,000 blockers', () => {
    const many = () =>
      makePlan({
        blockers: Array.from({ length: 10_000 }, (_, i) =>
          makeBlocker({ id: `blk-${i}`, title: `Blocker ${i}`, raisedAt: `2026-08-${String((i % 27) + 1).padStart(2, '0')}T09:00:00Z`, due: '2026-09-10' }),
        ),
      });

    /** Whether the rendered rows cover the scroller's screen from its top edge to its bottom. */
    const coversScreen = (el: PreflightBlockerLog, body: HTMLElement) => {
      const view = body.getBoundingClientRect();
      const rects = parts(el, '[part~=row]').map((r) => r.getBoundingClientRect());
      return rects.some((r) => r.top <= view.top + 1) && rects.some((r) => r.bottom >= view.bottom - 1);
    };

    it('keeps at most 100 rows in the DOM while the grid reports all of them', async () => {
      const el = await render(many());
      await settle(el);
      expect(part(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('10001');
      const rows = parts(el, '[part~=row]');
      expect(rows.length).to.be.greaterThan(0);
      expect(rows.length).to.be.at.most(100);
      const body = part(el, '.body');
      // The virtualizer measures the first rows it rendered over the next frames and then corrects
      // the scroll position it started from; a jump made before that is undone by the correction.
      await measured(el);
      body.scrollTop = body.scrollHeight;
      await until(() => parts(el, '[part~=row]').some((r) => r.getAttribute('aria-rowindex') === '10001'), 'the last row');
      expect(parts(el, '[part~=row]').length).to.be.at.most(100);
    });

    it('renders the rows on screen and about a half-screen beyond each edge, not a thousand pixels of them', async () => {
      const el = await render(many());
      await settle(el);
      const body = part(el, '.body');
      body.scrollTop = body.scrollHeight / 2;
      const covered = () => coversScreen(el, body);
      await until(covered, 'rows covering the scrolled-to screen');
      const rowHeight = parts(el, '[part~=row]')[0]!.getBoundingClientRect().height;
      const onScreen = Math.ceil(body.clientHeight / rowHeight);
      expect(parts(el, '[part~=row]').length).to.be.at.most(onScreen * 3 + 2);
    });

    it('draws only the rows on screen for its first paint, and the rows beyond its bottom edge in the frames after', async () => {
      const plan = many();
      const reader = await render(plan);
      await settle(reader);
      reader.remove();
      // The plan's records are known now: a second log shows it in its first render.
      const el = await render(plan);
      await until(() => parts(el, '[part~=row]').length > 0, 'the first rows');
      const body = part(el, '.body');
      const bottom = body.getBoundingClientRect().bottom;
      const below = () => parts(el, '[part~=row]').filter((r) => r.getBoundingClientRect().top >= bottom + 1).length;
      expect(coversScreen(el, body)).to.equal(true);
      expect(below()).to.equal(0);
      await until(() => below() > 5, 'rows beyond the bottom edge');
      expect(coversScreen(el, body)).to.equal(true);
      // Paging down from the last row on screen lands on a row already drawn.
      const lastOnScreen = parts(el, '[part~=row]').filter((r) => r.getBoundingClientRect().bottom <= bottom + 1).at(-1)!;
      lastOnScreen.querySelector<HTMLElement>('[role=rowheader]')!.focus();
      const target = Number(lastOnScreen.getAttribute('aria-rowindex')) + 10;
      await press('PageDown');
      await until(() => Number(focused(el)?.closest('[part~=row]')?.getAttribute('aria-rowindex')) === target, 'the row ten below');
    });

    it('reads a plan it has never seen in slices, saying it is loading until the rows show; read again, at once', async () => {
      const el = await render(many());
      expect(part(el, '[part=status]').textContent).to.contain('Loading blocker log');
      expect(parts(el, '[part~=row]')).to.have.length(0);
      await settle(el);
      expect(part(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('10001');
      // The same plan again is read at once: its records are known now.
      const again = await render(el.plan);
      expect(part(again, '[role=grid]').getAttribute('aria-rowcount')).to.equal('10001');
    });

    it('drops a plan it is still reading in slices when another is set meanwhile', async () => {
      const first = many();
      const overtaken = await render(first);
      overtaken.plan = makePlan({ blockers: [makeBlocker({ id: 'only' })] });
      await settle(overtaken);
      expect(shownIds(overtaken)).to.deep.equal(['only']);
      // Once the slices of the plan it was first given have all been read, it still shows the later plan.
      await until(() => !hasUnseenRecords(first, 1), 'the first plan read to its end', 1200);
      // Its last lists, the tasks after and a render take a few frames more.
      for (let frame = 0; frame < 30; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await overtaken.updateComplete;
      expect(shownIds(overtaken)).to.deep.equal(['only']);
    });

    it('leaves nothing behind in its scroller as rows come and go: two markers a row, however far it scrolls', async () => {
      const el = await render(many());
      await settle(el);
      await measured(el);
      const body = part(el, '.body');
      const covered = () => coversScreen(el, body);
      const lastRow = () => Number(parts(el, '[part~=row]').at(-1)!.getAttribute('aria-rowindex'));
      // A screen at a time until some 500 rows have been rendered and removed on the way.
      for (let screen = 0; screen < 200 && lastRow() < 500; screen++) {
        body.scrollTop += body.clientHeight;
        await until(covered, 'rows covering the next screen');
      }
      expect(lastRow()).to.be.at.least(500);
      const rows = parts(el, '[part~=row]').length;
      const comments = [...body.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).length;
      // Each row's start and end marker, and the marker of the list itself.
      expect(comments).to.equal(rows * 2 + 1);
    });

    it('jumps to any row: scrollToBlocker and the "Go to blocker" form scroll it into view and focus it', async () => {
      const el = await render(many());
      await settle(el);
      expect(await el.scrollToBlocker('blk-7345')).to.equal(true);
      const index = el.visibleBlockers.findIndex((b) => b.id === 'blk-7345');
      expect(focused(el)?.closest('[part~=row]')?.getAttribute('data-id')).to.equal('blk-7345');
      expect(at(el)).to.deep.equal([index + 1, 0]);
      expect(parts(el, '[part~=row]').length).to.be.at.most(100);
      part<HTMLInputElement>(el, '[name=jump]').focus();
      await typeText('blk-12');
      await press('Enter');
      await until(() => focused(el)?.closest('[part~=row]')?.getAttribute('data-id') === 'blk-12', 'the jump to blk-12');
      await press('ArrowDown');
      expect(at(el)).to.deep.equal([el.visibleBlockers.findIndex((b) => b.id === 'blk-12') + 2, 0]);
      part<HTMLInputElement>(el, '[name=jump]').value = 'nope';
      part<HTMLFormElement>(el, '[part=jump]').requestSubmit();
      await until(() => part(el, '#jump-message').textContent!.includes('No blocker has the id'), 'the not-found message');
      expect(await el.scrollToBlocker('nope')).to.equal(false);
    });

    it('shows a resolved blocker it jumps to by clearing the filters', async () => {
      const plan = many();
      plan.blockers[9000] = { ...plan.blockers[9000]!, status: 'resolved', resolvedAt: '2026-08-28T09:00:00Z' };
      const el = await render(plan);
      await settle(el);
      expect(await el.scrollToBlocker('blk-9000')).to.equal(true);
      expect(el.statusFilter).to.equal('all');
      expect(focused(el)?.closest('[part~=row]')?.getAttribute('data-id')).to.equal('blk-9000');
    });
  });

  describe('the Edit button', () => {
    const dialog = (el: PreflightBlockerLog) => parts<HTMLDialogElement>(el, 'dialog[part=editor]')[0];
    const editButton = (el: PreflightBlockerLog, id: string) => part<HTMLButtonElement>(el, `[part~=row][data-id="${id}"] [part=edit-button]`);

    it('is on every row, named after the blocker, at least 24 px, and opens the editor; focus returns to it', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      const button = editButton(el, 'soon');
      expect(button.textContent).to.equal('Edit');
      expect(button.getAttribute('aria-label')).to.equal('Edit blocker: Legal copy pending');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      button.click();
      await el.updateComplete;
      expect(dialog(el)?.open).to.equal(true);
      expect(focused(el)).to.equal(part(el, 'dialog[part=editor] [name=owner]'));
      await press('Escape');
      await until(() => !dialog(el), 'the dialog to close');
      await until(() => focused(el) === editButton(el, 'soon'), 'focus back on the Edit button');
    });

    it('is reached by arrowing along the row; Enter opens the editor and the cell keys still work', async () => {
      const el = await render(makePlan({ blockers: three() }));
      await settle(el);
      const changes = recordChanges(el);
      part(el, '[part~=row][data-id="late"] [data-c="4"]').focus();
      await press('ArrowRight');
      expect(focused(el)).to.equal(editButton(el, 'late'));
      expect(editButton(el, 'late').tabIndex).to.equal(0);
      await press('Enter');
      await el.updateComplete;
      expect(dialog(el)?.open).to.equal(true);
      part(el, 'dialog[part=editor] [name=owner]').focus();
      await typeText(' team');
      part<HTMLFormElement>(el, 'dialog[part=editor] form').requestSubmit();
      await until(() => !dialog(el), 'the dialog to close');
      await until(() => focused(el) === editButton(el, 'late'), 'focus back on the Edit button');
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'blocker.update', id: 'late', field: 'owner', from: 'Marketing ops', to: 'Marketing ops team' }]);
      for (let i = 0; i < 3; i++) await press('ArrowRight');
      await press('F2');
      await el.updateComplete;
      expect(focused(el)).to.equal(part(el, 'dialog[part=editor] [name=category]'));
    });

    it('is not there when read-only', async () => {
      const el = await render(makePlan({ blockers: three() }), { readonly: true });
      await settle(el);
      expect(parts(el, '[part=edit-button]')).to.have.length(0);
    });
  });

  describe('the scroller fits its rows', () => {
    const blockers = (n: number) => Array.from({ length: n }, (_, i) => makeBlocker({ id: `b${i}`, title: `Blocker ${i}`, due: '2026-09-10' }));

    it('with no blocker shows the empty message and no scroller', async () => {
      const el = await render(makePlan({ blockers: [] }));
      await settle(el);
      expect(parts(el, '.body')).to.have.length(0);
      expect(part(el, '[part=empty]').textContent).to.contain('No blocker');
    });

    for (const n of [1, 5]) {
      it(`with ${n} blocker${n === 1 ? '' : 's'} is as tall as the rows, with no empty area below them`, async () => {
        const el = await render(makePlan({ blockers: blockers(n) }));
        await settle(el);
        await until(() => parts(el, '[part~=row]').length === n, 'every row');
        const body = part(el, '.body');
        const rows = parts(el, '[part~=row]');
        const rowHeight = rows[0]!.getBoundingClientRect().height;
        expect(Math.abs(body.clientHeight - n * rowHeight)).to.be.at.most(2);
        expect(body.scrollHeight, 'nothing to scroll').to.equal(body.clientHeight);
        expect(Math.abs(body.getBoundingClientRect().bottom - rows.at(-1)!.getBoundingClientRect().bottom)).to.be.at.most(2);
      });
    }

    it('keeps its rows inside it when a filter changes how many there are', async () => {
      const el = await render(makePlan({ blockers: [...blockers(2), makeBlocker({ id: 'done', due: '2026-09-10', status: 'resolved', resolvedAt: '2026-08-20T09:00:00Z' })] }));
      await settle(el);
      await select(el, 'status-filter', 'all');
      await until(() => parts(el, '[part~=row]').length === 3, 'every row');
      const body = part(el, '.body').getBoundingClientRect();
      for (const row of parts(el, '[part~=row]')) {
        const box = row.getBoundingClientRect();
        expect(box.top, row.dataset.id).to.be.at.least(body.top - 1);
        expect(box.bottom, row.dataset.id).to.be.at.most(body.bottom + 1);
      }
    });

    it('with 10,000 blockers stops at --max-height and scrolls', async () => {
      const el = await render(makePlan({ blockers: blockers(10000) }));
      el.style.setProperty('--max-height', '300px');
      await settle(el);
      const body = part(el, '.body');
      expect(body.getBoundingClientRect().height).to.be.closeTo(300, 1);
      expect(body.scrollHeight).to.be.greaterThan(body.clientHeight * 10);
      expect(parts(el, '[part~=row]').length).to.be.at.most(100);
    });
  });

  describe('dates', () => {
    const editButtonOf = (el: PreflightBlockerLog) => part<HTMLButtonElement>(el, '[part~=row][data-id="late"] [part=edit-button]');
    const errorOf = (el: PreflightBlockerLog, input: HTMLInputElement) =>
      input.getAttribute('aria-describedby')!.split(' ').map((id) => part(el, `#${id}`).textContent).join(' | ');

    it('are typed in the reader’s format in the add form and the editor alike, and a partial date is named the same way in both', async () => {
      const el = await mount<PreflightBlockerLog>(html`<preflight-blocker-log lang="en-GB" .plan=${makePlan({ blockers: three() })} now=${NOW}></preflight-blocker-log>`);
      await settle(el);
      const changes = recordChanges(el);
      await openForm(el);
      const add = part<HTMLInputElement>(el, '#new-due');
      part<HTMLInputElement>(el, '#new-title').value = 'Deck';
      part<HTMLInputElement>(el, '#new-owner').value = 'Legal';
      add.focus();
      await typeText('30/09');
      part<HTMLFormElement>(el, '[part=form]').requestSubmit();
      await el.updateComplete;
      editButtonOf(el).click();
      await el.updateComplete;
      const editDue = part<HTMLInputElement>(el, 'dialog[part=editor] [name=due]');
      expect(editDue.value).to.equal('26/08/2026', 'the stored date shown as en-GB writes it');
      editDue.select();
      await typeText('30/09');
      await press('Enter');
      await el.updateComplete;
      for (const input of [add, editDue]) {
        expect(input.type).to.equal('text');
        expect(input.value).to.equal('30/09', 'the text is kept as typed');
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(errorOf(el, input)).to.equal('DD/MM/YYYY, for example 30/09/2026 | Due date: “30/09” has no year; type it as DD/MM/YYYY, for example 30/09/2026');
      }
      expect(changes).to.have.length(0);
    });
  });

  describe('store binding', () => {
    it('loads from a store, saves a resolve with its revision and shows the status', async () => {
      const store = createMemoryStore();
      await store.put(makePlan({ blockers: three() }));
      const el = await mount<PreflightBlockerLog>(html`<preflight-blocker-log plan-id="plan-1" .store=${store} now=${NOW}></preflight-blocker-log>`);
      await until(() => parts(el, '[part~=row]').length === 2, 'the stored plan');
      expect(part(el, '.store-status').textContent).to.match(/memory only|saved/i);
      part(el, '[data-id=late] [part=action]').click();
      await until(() => planOf(el).revision === 2, 'the edit to be saved');
      expect((await store.get('plan-1'))!.blockers[0]).to.include({ status: 'resolved', resolvedAt: NOW });
    });

    it('shows a blocker added in another tab live, without an event', async () => {
      const name = `preflight-blocker-log-test-${Math.random().toString(36).slice(2)}`;
      const tabA = await openPlanStore({ name });
      const tabB = await openPlanStore({ name });
      await tabA.put(makePlan({ blockers: three() }));
      const el = await mount<PreflightBlockerLog>(html`<preflight-blocker-log plan-id="plan-1" .store=${tabA} now=${NOW}></preflight-blocker-log>`);
      await until(() => parts(el, '[part~=row]').length === 2, 'the stored plan');
      const changes = recordChanges(el);
      const other = (await tabB.get('plan-1'))!;
      await tabB.put({ ...other, blockers: [...other.blockers, makeBlocker({ id: 'from-b', title: 'Raised in tab B', due: '2026-08-30' })] });
      await until(() => parts(el, '[data-id=from-b]').length === 1, 'the other tab\'s blocker');
      expect(changes).to.have.length(0);
      tabA.close();
      tabB.close();
      indexedDB.deleteDatabase(name);
    });
  });
});
