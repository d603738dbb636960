import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { createMemoryStore } from '@preflight/core/store';
import type { Plan } from '@preflight/core';
import { makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-timeline.js';
import type { PreflightTimeline } from './timeline.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, focused, ManualClock, mount, mountIn, NARROW_FRAMES, part, parts, press, recordChanges, sidewaysOverflow, typeText, until, XSS_NAME } from '../shared/testing.js';
import { setViewport } from '@web/test-runner-commands';
import { atRisk, healthy, manyStepsPlan, overdue, unscheduled } from './testing.js';

const NOW = '2026-08-20T09:00:00Z';

const render = (plan: unknown, attrs: { readonly?: boolean } = {}) =>
  mount<PreflightTimeline>(html`<div style="width: 960px"><preflight-timeline .plan=${plan} now=${NOW} ?readonly=${attrs.readonly ?? false}></preflight-timeline></div>`).then(
    (wrap) => wrap.querySelector('preflight-timeline')!,
  );
const row = (el: PreflightTimeline, id: string) => part(el, `[part~=step][data-id="${id}"]`);
const bar = (el: PreflightTimeline, id: string) => part(el, `[part~=step][data-id="${id}"] [part=bar]`);
const box = (el: PreflightTimeline, id: string) => part<HTMLInputElement>(el, `[part~=step][data-id="${id}"] [part=checkbox]`);
const planOf = (el: PreflightTimeline) => el.plan as Plan;
const step = (el: PreflightTimeline, id: string) => planOf(el).steps.find((s) => s.id === id)!;
const milestone = (el: PreflightTimeline, id: string) => planOf(el).milestones.find((m) => m.id === id)!;

async function openEditor(el: PreflightTimeline, selector: string): Promise<HTMLFormElement> {
  part(el, `${selector} [part=edit-button]`).click();
  await until(() => parts(el, '[part=popover]').some((p) => p.matches(':popover-open') && p.querySelector('[part=editor]')), 'the editor');
  await el.updateComplete;
  return part<HTMLFormElement>(el, '[part=editor]');
}

describe('<preflight-timeline>', () => {
  afterEach(() => setViewport(DEFAULT_VIEWPORT));

  describe('reading', () => {
    it('writes its rows’ dates in the page’s language, again when the language changes', async () => {
      const el = await render(overdue);
      expect(part(el, '[data-id=crm-tracking-setup] .dates').textContent).to.equal('Aug 11 → Aug 14');
      el.parentElement!.lang = 'de-DE';
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, '[data-id=crm-tracking-setup] .dates').textContent).to.equal('11. Aug. → 14. Aug.');
    });

    it('lists every step with its dates, its state and the critical path in words', async () => {
      const el = await render(overdue);
      expect(parts(el, '[part~=step]').map((r) => r.dataset.id)).to.deep.equal(overdue.steps.map((s) => s.id));
      expect(part(el, '[data-id=crm-tracking-setup] .dates').textContent).to.equal('Aug 11 → Aug 14');
      expect(part(el, '[data-id=crm-tracking-setup] [part~=state]').textContent).to.equal('Moves launch +1');
      expect(part(el, '[data-id=launch-approval] [part~=state]').textContent).to.equal('Late');
      expect(part(el, '[data-id=brief-intake] [part~=state]').textContent).to.equal('Done Aug 4');
      expect(part(el, '[data-id=performance-review] [part~=state]').textContent).to.equal('On track');
      expect(parts(el, '[part~=step][data-critical=true]').map((r) => r.dataset.id)).to.deep.equal(['brief-intake', 'crm-tracking-setup', 'launch-approval']);
      expect(parts(el, '[part~=step][data-critical=true] .critical-tag').map((t) => t.textContent)).to.deep.equal(['Critical path', 'Critical path', 'Critical path']);
      expect(part(el, '[part=summary]').textContent).to.match(
        /Critical path:\s*Campaign brief intake → CRM and tracking setup → Launch approval, finishes Aug 21, and the launch moves 1 day\.\s*2 of 5 steps done · 2 late · 0 out of order · today is Aug 20/,
      );
    });

    it('draws each dependency, the critical ones apart, and places bars by their days', async () => {
      const el = await render(healthy);
      const links = part(el, '[part=links]');
      expect(links.getAttribute('aria-hidden')).to.equal('true');
      // brief → creative and brief → CRM are drawn; CRM → launch approval is on the critical path.
      expect(part(el, '.link:not(.critical-link)').getAttribute('d')).to.contain('M');
      expect(part(el, '.critical-link').getAttribute('d')!.split('M').length - 1).to.equal(2);
      const [a, b] = [bar(el, 'brief-intake').getBoundingClientRect(), bar(el, 'creative-production').getBoundingClientRect()];
      expect(b.left).to.be.greaterThan(a.left);
      expect(a.height).to.be.at.least(24);
      expect(a.width).to.be.at.least(24);
    });

    it('explains a flagged step with the core’s findings in a popover', async () => {
      const el = await render(atRisk);
      const button = part(el, '[data-id=creative-production] [part~=findings-button]');
      expect(button.textContent).to.equal('Late');
      button.click();
      await until(() => part(el, '[part=popover]').matches(':popover-open'), 'the findings');
      await el.updateComplete;
      expect(part(el, '[part=popover]').textContent).to.contain('Step "Creative production" was due Aug 18 and is not done (2 days overdue).');
      await press('Escape');
    });

    it('shows milestones planned and reached', async () => {
      const el = await render(healthy);
      expect(parts(el, '[part~=milestone]').map((m) => [m.dataset.id, m.dataset.reached])).to.deep.equal([
        ['ms-brief', 'true'], ['ms-creative', 'true'], ['ms-tracking', 'false'], ['ms-launch', 'false'],
      ]);
      expect(part(el, '[data-id=ms-creative] [part~=state]').textContent).to.equal('Reached Aug 17');
      expect(parts(el, '[data-id=ms-creative] .reached')).to.have.length(1);
    });

    it('renders names as text, never as markup', async () => {
      const plan = { ...healthy, steps: healthy.steps.map((s, i) => (i === 0 ? { ...s, name: XSS_NAME } : s)) };
      const el = await render(plan);
      expect(part(el, '[data-id=brief-intake] .name').textContent).to.equal(XSS_NAME);
      expect(parts(el, 'img')).to.have.length(0);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });

    it('says how to schedule steps with no dates', async () => {
      const el = await render(unscheduled);
      expect(parts(el, '[part=bar]:not([hidden])')).to.have.length(0);
      expect(part(el, '[data-id=brief-intake] .unscheduled').textContent).to.equal('No dates: Edit to schedule it');
      expect(part(el, '[data-id=brief-intake] [part~=state]').textContent).to.equal('Not scheduled');
    });

    it('names bad input by path, and a bad config, instead of failing', async () => {
      const el = await render({ ...healthy, steps: [{ ...healthy.steps[0], due: '31/08/2026' }] });
      expect(part(el, '[part=error]').getAttribute('role')).to.equal('alert');
      expect(part(el, '[part=error]').textContent).to.contain('steps[0].due');
      const bad = await mount<PreflightTimeline>(html`<preflight-timeline .plan=${healthy} now=${NOW} .config=${{ timeZone: 'Mars/Olympus' }}></preflight-timeline>`);
      expect(part(bad, '[role=alert]').textContent).to.contain('config.timeZone');
    });
  });

  describe('moving dates by keyboard', () => {
    it('arrow keys move a focused step a day, Shift+arrow and Page keys a week, one event each', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el);
      bar(el, 'crm-tracking-setup').focus();
      await press('ArrowRight');
      await press('Shift+ArrowLeft');
      await press('PageUp');
      await press('ArrowDown');
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'step.shift', stepId: 'crm-tracking-setup', days: 1 },
        { type: 'step.shift', stepId: 'crm-tracking-setup', days: -7 },
        { type: 'step.shift', stepId: 'crm-tracking-setup', days: 7 },
        { type: 'step.shift', stepId: 'crm-tracking-setup', days: -1 },
      ]);
      expect([changes[0]!.plan.steps[2]!.start, changes[0]!.plan.steps[2]!.due]).to.deep.equal(['2026-08-12', '2026-08-26']);
      expect([step(el, 'crm-tracking-setup').start, step(el, 'crm-tracking-setup').due]).to.deep.equal(['2026-08-11', '2026-08-25']);
      expect(focused(el)).to.equal(bar(el, 'crm-tracking-setup'));
      expect(bar(el, 'crm-tracking-setup').getAttribute('aria-valuetext')).to.equal('Aug 11 → Aug 25');
    });

    it('the Launch handle moves every planned date of the plan, and leaves what was done where it was', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el);
      const handle = part(el, '[part=plan-handle]');
      expect(handle.getAttribute('role')).to.equal('slider');
      handle.focus();
      await press('Shift+ArrowRight');
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'plan.reschedule', days: 7 }]);
      expect(planOf(el).campaign.launchDate).to.equal('2026-09-08');
      expect(step(el, 'launch-approval').due).to.equal('2026-09-07');
      expect(milestone(el, 'ms-launch').planned).to.equal('2026-09-08');
      expect(step(el, 'brief-intake').doneAt).to.equal(healthy.steps[0]!.doneAt);
      expect(milestone(el, 'ms-brief').actual).to.equal('2026-08-04');
      expect(handle.getAttribute('aria-valuetext')).to.equal('Launch Sep 8');
    });

    it('arrow keys move a milestone’s planned day', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el);
      part(el, '[data-id=ms-tracking] [part=marker]').focus();
      await press('ArrowLeft');
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'milestone.shift', milestoneId: 'ms-tracking', days: -1 }]);
      expect(milestone(el, 'ms-tracking').planned).to.equal('2026-08-25');
    });

    it('a cancelled move leaves the plan and the bar where they were', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el, { cancel: true });
      const before = bar(el, 'crm-tracking-setup').style.left;
      bar(el, 'crm-tracking-setup').focus();
      await press('ArrowRight');
      await el.updateComplete;
      expect(changes).to.have.length(1);
      expect(el.plan).to.equal(healthy);
      expect(step(el, 'crm-tracking-setup').start).to.equal('2026-08-11');
      expect(bar(el, 'crm-tracking-setup').style.left).to.equal(before);
    });
  });

  describe('moving dates by pointer', () => {
    const centre = (node: Element): [number, number] => {
      const r = node.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    };

    it('dragging a bar moves the step by the days dragged, as one edit', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el);
      const target = bar(el, 'crm-tracking-setup');
      const dayWidth = part(el, '[data-id=crm-tracking-setup] .track').getBoundingClientRect().width / Number(getComputedStyle(part(el, '.chart')).getPropertyValue('--days'));
      const [x, y] = centre(target);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(x + dayWidth * 3), y] });
      await el.updateComplete;
      expect(changes, 'nothing until it is let go').to.have.length(0);
      expect(part(el, '[role=status].visually-hidden').textContent).to.equal('Moving CRM and tracking setup 3 days later');
      await sendMouse({ type: 'up' });
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'step.shift', stepId: 'crm-tracking-setup', days: 3 }]);
      expect(step(el, 'crm-tracking-setup').start).to.equal('2026-08-14');
    });

    it('Escape during a drag lets go without moving anything', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el);
      const [x, y] = centre(bar(el, 'performance-review'));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x - 60, y] });
      await press('Escape');
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(step(el, 'performance-review').start).to.equal('2026-09-15');
    });
  });

  describe('done', () => {
    it('the checkbox marks a step done at the judged instant, and reopens it', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el);
      box(el, 'crm-tracking-setup').focus();
      await press('Space');
      expect(changes.at(-1)!.change).to.deep.equal({ type: 'step.done', stepId: 'crm-tracking-setup', doneAt: NOW, doneBy: null });
      expect(row(el, 'crm-tracking-setup').dataset.done).to.equal('true');
      await press('Space');
      expect(changes.at(-1)!.change).to.deep.equal({ type: 'step.reopen', stepId: 'crm-tracking-setup', doneAt: NOW });
      expect(step(el, 'crm-tracking-setup').doneAt).to.equal(undefined);
    });

    it('stamps a step done with the clock when no now is set', async () => {
      const clock = new ManualClock(Date.parse('2026-08-21T10:15:00Z'));
      const el = await mount<PreflightTimeline>(html`<preflight-timeline .plan=${healthy} .clock=${clock}></preflight-timeline>`);
      const changes = recordChanges(el);
      clock.advance(90_000);
      box(el, 'crm-tracking-setup').click();
      expect(changes[0]!.change).to.deep.equal({ type: 'step.done', stepId: 'crm-tracking-setup', doneAt: '2026-08-21T10:16:30.000Z', doneBy: null });
    });

    it('signs a step done with the actor when it is a role of the plan, and clears it on reopening', async () => {
      const el = await render(healthy);
      el.actor = 'Marketing ops';
      await el.updateComplete;
      const changes = recordChanges(el);
      box(el, 'crm-tracking-setup').click();
      await el.updateComplete;
      expect(changes.at(-1)!.change).to.deep.equal({ type: 'step.done', stepId: 'crm-tracking-setup', doneAt: NOW, doneBy: 'Marketing ops' });
      expect(step(el, 'crm-tracking-setup').doneBy).to.equal('Marketing ops');
      box(el, 'crm-tracking-setup').click();
      await el.updateComplete;
      expect(changes.at(-1)!.change.type).to.equal('step.reopen');
      expect(step(el, 'crm-tracking-setup').doneBy).to.equal(undefined);
      el.actor = 'Somebody not in the plan';
      await el.updateComplete;
      box(el, 'crm-tracking-setup').click();
      await el.updateComplete;
      expect(changes.at(-1)!.change).to.include({ doneBy: null });
    });

    it('a cancelled check leaves the box and the plan as they were', async () => {
      const el = await render(healthy);
      recordChanges(el, { cancel: true });
      box(el, 'crm-tracking-setup').click();
      await el.updateComplete;
      expect(box(el, 'crm-tracking-setup').checked).to.equal(false);
      expect(step(el, 'crm-tracking-setup').doneAt).to.equal(undefined);
    });
  });

  describe('editing dates', () => {
    it('names a bad date and a due day before the start under the field, keeps what was typed, and changes nothing', async () => {
      const el = await render(healthy);
      el.lang = 'en-GB';
      const changes = recordChanges(el);
      const form = await openEditor(el, '[data-id=crm-tracking-setup]');
      const due = form.elements.namedItem('due') as HTMLInputElement;
      expect(due.value).to.equal('25/08/2026', 'the stored date shown as en-GB writes it');
      due.focus();
      due.select();
      await typeText('2026-13-40');
      await press('Enter');
      await el.updateComplete;
      expect(part(el, '#edit-due-error').textContent).to.equal('Due date: there is no month 13, so “2026-13-40” is not a date; type it as DD/MM/YYYY, for example 30/09/2026');
      expect(due.value).to.equal('2026-13-40');
      expect(due.getAttribute('aria-invalid')).to.equal('true');
      due.select();
      await typeText('2026-08-01');
      await press('Enter');
      await el.updateComplete;
      expect(part(el, '#edit-due-error').textContent).to.equal('Due date: is before the start date 11/08/2026', 'the start written as the en-GB field shows it');
      expect(focused(el)).to.equal(due);
      expect(changes).to.have.length(0);
      expect(step(el, 'crm-tracking-setup').due).to.equal('2026-08-25');
      await press('Escape');
    });

    it('saves changed dates, one event per field, and closes', async () => {
      const el = await render(healthy);
      const changes = recordChanges(el);
      const form = await openEditor(el, '[data-id=performance-review]');
      (form.elements.namedItem('start') as HTMLInputElement).value = '2026-09-16';
      (form.elements.namedItem('due') as HTMLInputElement).value = '';
      form.requestSubmit();
      await until(() => !parts(el, '[part=popover]').some((p) => p.matches(':popover-open')), 'the editor to close');
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'step.dates', stepId: 'performance-review', field: 'start', from: '2026-09-15', to: '2026-09-16' },
        { type: 'step.dates', stepId: 'performance-review', field: 'due', from: '2026-09-22', to: null },
      ]);
      expect(step(el, 'performance-review')).to.not.have.property('due');
    });

    it('picks a due date in the date picker over the edit popover: Escape closes the picker alone, Enter chooses', async () => {
      const el = await render(healthy);
      el.lang = 'en-GB';
      const changes = recordChanges(el);
      const form = await openEditor(el, '[data-id=performance-review]');
      const popoverOpen = () => parts(el, '[part=popover]').some((p) => p.matches(':popover-open'));
      const picker = () => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part=date-picker]');
      const day = () => (focused(el) as HTMLElement | null)?.dataset.date;
      form.querySelector<HTMLButtonElement>('#edit-due + [part=date-button]')!.click();
      await until(() => picker()?.open === true && day() === '2026-09-22', 'the picker on the step’s due day');
      await press('Escape');
      await until(() => picker() === null, 'the picker to close');
      expect(popoverOpen(), 'the edit popover stays open').to.equal(true);
      form.querySelector<HTMLButtonElement>('#edit-due + [part=date-button]')!.click();
      await until(() => day() === '2026-09-22', 'the picker again');
      await press('ArrowRight');
      await until(() => day() === '2026-09-23', 'the next day');
      await press('Enter');
      await until(() => picker() === null, 'the picker to close');
      expect((form.elements.namedItem('due') as HTMLInputElement).value).to.equal('23/09/2026');
      form.requestSubmit();
      await until(() => !popoverOpen(), 'the editor to close');
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'step.dates', stepId: 'performance-review', field: 'due', from: '2026-09-22', to: '2026-09-23' }]);
    });

    it('records the day a milestone was reached, never a day still ahead', async () => {
      const el = await render(healthy);
      el.lang = 'en-GB';
      const changes = recordChanges(el);
      const form = await openEditor(el, '[data-id=ms-tracking]');
      const actual = form.elements.namedItem('actual') as HTMLInputElement;
      actual.focus();
      await typeText('2026-08-21');
      await press('Enter');
      await el.updateComplete;
      expect(part(el, '#edit-actual-error').textContent).to.equal('Reached on: is after today (20/08/2026): record the day it was reached, once it has been');
      expect(changes).to.have.length(0);
      actual.select();
      await typeText('2026-08-19');
      await press('Enter');
      await until(() => changes.length === 1, 'the change');
      expect(changes[0]!.change).to.deep.equal({ type: 'milestone.dates', milestoneId: 'ms-tracking', field: 'actual', from: null, to: '2026-08-19' });
      expect(milestone(el, 'ms-tracking').actual).to.equal('2026-08-19');
    });

    it('an empty planned day is asked for', async () => {
      const el = await render(healthy);
      const form = await openEditor(el, '[data-id=ms-launch]');
      (form.elements.namedItem('planned') as HTMLInputElement).value = '';
      form.requestSubmit();
      await el.updateComplete;
      expect(part(el, '#edit-planned-error').textContent).to.equal('Planned date: must not be empty');
      expect(milestone(el, 'ms-launch').planned).to.equal('2026-09-01');
      await press('Escape');
    });
  });

  describe('read-only', () => {
    it('offers no edit: no sliders, disabled boxes, no Edit buttons', async () => {
      const el = await render(healthy, { readonly: true });
      expect(parts(el, '[role=slider]')).to.have.length(0);
      expect(parts(el, '[part=edit-button]:not([hidden])')).to.have.length(0);
      expect(box(el, 'crm-tracking-setup').disabled).to.equal(true);
      expect(part(el, '[part=plan-handle]').textContent).to.equal('Launch Sep 1');
    });
  });

  describe('accessibility', () => {
    it('is axe-clean in both themes, wide, flagged and read-only', async () => {
      await expectAccessibleInBothThemes(await render(overdue));
      await expectAccessibleInBothThemes(await render(atRisk, { readonly: true }));
    });

    it('every control is reachable by Tab in order: the Launch handle, then each row’s box, bar and buttons', async () => {
      const el = await render(atRisk);
      part(el, '[part=plan-handle]').focus();
      await press('Tab');
      expect(focused(el)).to.equal(box(el, 'brief-intake'));
      await press('Tab');
      expect(focused(el)).to.equal(bar(el, 'brief-intake'));
      await press('Tab');
      expect(focused(el)).to.equal(part(el, '[data-id=brief-intake] [part=edit-button]'));
      await press('Tab');
      expect(focused(el)).to.equal(box(el, 'creative-production'));
    });

    for (const frame of NARROW_FRAMES) {
      it(`in ${frame.name} each step is a card that fits, names what it comes after, and stays axe-clean`, async () => {
        const el = await mountIn<PreflightTimeline>(frame, html`<preflight-timeline .plan=${overdue} now=${NOW}></preflight-timeline>`);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        expect(getComputedStyle(part(el, '[part=links]')).display).to.equal('none');
        const after = part(el, '[data-id=launch-approval] .after');
        expect(after.textContent).to.equal('After Creative production, CRM and tracking setup');
        expect(after.getBoundingClientRect().width).to.be.greaterThan(1);
        expect(bar(el, 'crm-tracking-setup').getBoundingClientRect().height).to.be.at.least(24);
        await expectAccessibleInBothThemes(el);
      });
    }
  });

  describe('bound to a store', () => {
    it('saves a move to the store', async () => {
      const store = createMemoryStore();
      await store.put({ ...healthy, id: 'plan-tl' });
      const el = await mount<PreflightTimeline>(html`<preflight-timeline plan-id="plan-tl" .store=${store} now=${NOW}></preflight-timeline>`);
      await until(() => parts(el, '[part~=step]').length === 5, 'the stored plan');
      bar(el, 'crm-tracking-setup').focus();
      await press('ArrowRight');
      await until(() => planOf(el).revision === 2, 'the save');
      expect((await store.get('plan-tl'))!.steps[2]!.start).to.equal('2026-08-12');
    });
  });

  it('redraws a row when what it shows changes elsewhere: a later instant, a renamed step it comes after', async () => {
    const el = await render(healthy);
    expect(part(el, '[data-id=crm-tracking-setup] [part~=state]').textContent).to.equal('On track');
    // The same records judged later: the open step's findings change, not its record.
    el.now = '2026-08-27T09:00:00Z';
    await el.updateComplete;
    expect(part(el, '[data-id=crm-tracking-setup] [part~=state]').textContent).to.equal('Late');
    el.now = NOW;
    el.plan = { ...healthy, steps: healthy.steps.map((s) => (s.id === 'brief-intake' ? { ...s, name: 'Brief signed off' } : s)) };
    await el.updateComplete;
    expect(part(el, '[data-id=creative-production] .after').textContent).to.equal('After Brief signed off');
    expect(part(el, '[data-id=crm-tracking-setup] .after').textContent).to.equal('After Brief signed off');
  });

  describe('a 200-step plan', () => {
    const steps = (el: PreflightTimeline) => parts(el, '[part~=step]');
    const allDrawn = (el: PreflightTimeline) => until(() => steps(el).length === 200, 'every step drawn');
    beforeEach(() => window.scrollTo(0, 0));

    it('shows the steps on screen in its first render and draws the rest in the frames after, the chart keeping its height, every step in the DOM in the end', async () => {
      const el = await render(manyStepsPlan(200));
      const first = steps(el);
      expect(first.length, 'steps in the first render').to.be.within(1, 199);
      expect(first.at(-1)!.getBoundingClientRect().top, 'the steps drawn reach the bottom of the window').to.be.at.least(innerHeight);
      const height = part(el, '[part=steps]').getBoundingClientRect().height;
      await allDrawn(el);
      expect(part(el, '[part=steps]').getBoundingClientRect().height, 'the list kept the place of the steps not drawn yet').to.be.closeTo(height, 1);
      expect(steps(el).map((s) => s.dataset.id)).to.deep.equal(planOf(el).steps.map((s) => s.id));
      expect(parts(el, '.undrawn')).to.have.length(0);
      expect(parts(el, '[part~=step][data-critical=true]').length).to.be.greaterThan(0);
      expect((window as unknown as { find(text: string): boolean }).find(planOf(el).steps[199]!.name)).to.equal(true);
      getSelection()?.removeAllRanges();
    });

    it('goes on with Tab from the last step drawn to the next one: focus in the chart draws every step', async () => {
      const el = await render(manyStepsPlan(200));
      const n = steps(el).length;
      const next = planOf(el).steps[n]!.id;
      expect(parts(el, `[part~=step][data-id="${next}"]`), 'the next step is not drawn yet').to.have.length(0);
      steps(el).at(-1)!.querySelector<HTMLElement>('[part~=edit-button]')!.focus();
      await press('Tab');
      expect(focused(el)?.id).to.equal(`step-${next}`);
      expect(steps(el)).to.have.length(200);
    });

    it('has no axe violations while its steps are still being drawn, nor once they are all drawn', async () => {
      const el = await render(manyStepsPlan(200));
      expect(parts(el, '.undrawn')).to.have.length(1);
      await expect(el).to.be.accessible();
      await allDrawn(el);
      await expectAccessibleInBothThemes(el);
    });
  });

  it('an empty plan teaches', async () => {
    const el = await render(makePlan({ steps: [], roles: [] }));
    expect(part(el, '.empty').textContent).to.contain('No steps yet');
  });
});
