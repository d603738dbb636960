import { expect, html } from '@open-wc/testing';
import { createMemoryStore, openPlanStore } from '@preflight/core/store';
import type { ChecklistItem, Plan } from '@preflight/core';
import { makeDoneItem, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-checklist.js';
import type { PreflightChecklist } from './checklist.js';
import { expectAccessibleInBothThemes, focused, ManualClock, mount, part, parts, press, recordChanges, typeText, until, XSS_NAME } from '../shared/testing.js';

const NOW = '2026-08-28T12:00:00Z';

const items = (): ChecklistItem[] => [
  makeItem({ id: 'brief', label: 'Strategy brief complete', layer: 'strategy', handoff: 'strategy-to-execution', gateId: 'brief-complete', due: '2026-08-10' }),
  makeDoneItem({ id: 'qa', label: 'Landing page QA', handoff: 'execution-to-operations' }),
  makeItem({ id: 'tracking', label: 'Tracking validation', gateId: 'tracking-validation', due: '2026-08-31', owner: 'Analytics', handoff: 'operations-to-reporting' }),
  makeItem({ id: 'sales', label: 'Sales feedback', gateId: 'sales-feedback', due: '2026-10-01', handoff: 'reporting-to-strategy' }),
  makeItem({ id: 'copy', label: 'Email copy proofread', layer: 'execution', gate: false, gateId: undefined, owner: undefined }),
];
const render = (plan: unknown, attrs: { readonly?: boolean; actor?: string } = {}) =>
  mount<PreflightChecklist>(html`<preflight-checklist .plan=${plan} now=${NOW} actor=${attrs.actor ?? ''} ?readonly=${attrs.readonly ?? false}></preflight-checklist>`);
const itemOf = (el: PreflightChecklist, id: string) => part(el, `[part~=item][data-id="${id}"]`);
const box = (el: PreflightChecklist, id: string) => part<HTMLInputElement>(el, `[part~=item][data-id="${id}"] [part=checkbox]`);
const planOf = (el: PreflightChecklist) => el.plan as Plan;
const stored = (el: PreflightChecklist, id: string) => planOf(el).checklist.find((i) => i.id === id)!;

/** Opens the add form with its button, as a person would (it is closed until asked for). */
async function openAdd(el: PreflightChecklist): Promise<void> {
  if (!el.shadowRoot!.querySelector('[part~=add-form]')) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=add-button]')!.click();
  await el.updateComplete;
}

describe('<preflight-checklist>', () => {
  describe('rendering', () => {
    it('shows the verdict with its score, the open gates that hold the launch, and progress as a progressbar', async () => {
      const el = await render(makePlan({ checklist: items() }));
      const verdict = part(el, '[part=verdict]');
      expect(verdict.dataset.state).to.equal('blocked');
      expect(verdict.textContent).to.match(/Blocked\s+Score \d+ of 100/);
      const gates = parts(el, '[part=open-gates] li');
      // The sales-feedback gate comes after launch, so it does not hold it.
      expect(gates.map((g) => g.dataset.id)).to.deep.equal(['brief', 'tracking']);
      expect(gates[0]!.textContent).to.contain('Strategy brief complete — before campaign production');
      const bar = part(el, '[role=progressbar]');
      expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuetext')]).to.deep.equal(['1', '5', '1 of 5 done']);
    });

    it('groups items by layer, or by handoff when asked, marking gates with their titles', async () => {
      const el = await render(makePlan({ checklist: items() }));
      expect(parts(el, '[part=group]').map((g) => g.dataset.group)).to.deep.equal(['strategy', 'execution', 'operations']);
      expect(parts(el, '[data-group=operations] [part~=item]').map((i) => i.dataset.id)).to.deep.equal(['qa', 'tracking', 'sales']);
      expect(part(el, '[data-id=tracking] [part=gate]').textContent).to.contain('Tracking validation (UTMs, conversion events)');
      expect(parts(el, '[data-id=copy] [part=gate]')).to.have.length(0);
      const select = part<HTMLSelectElement>(el, '[name=grouping]');
      select.value = 'handoff';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('grouping')).to.equal('handoff');
      expect(parts(el, '[part=group]').map((g) => g.dataset.group)).to.deep.equal([
        'strategy-to-execution', 'execution-to-operations', 'operations-to-reporting', 'reporting-to-strategy', 'no-handoff',
      ]);
    });

    it('says who did an item and when, on the team clock', async () => {
      const plan = makePlan({ checklist: [makeDoneItem({ id: 'a', doneAt: '2026-08-27T15:00:00Z' })] });
      const utc = await render(plan);
      expect(part(utc, '[data-id=a] .done').textContent).to.equal('Done by Marketing ops at Aug 27, 3:00 PM UTC');
      const sydney = await mount<PreflightChecklist>(html`<preflight-checklist .plan=${plan} .config=${{ timeZone: 'Australia/Sydney' }} now=${NOW}></preflight-checklist>`);
      expect(part(sydney, '[data-id=a] .done').textContent).to.equal('Done by Marketing ops at Aug 28, 1:00 AM GMT+10');
    });

    it('says what to do with no item, and opens the add form by keyboard; Escape closes it and focus goes back', async () => {
      const el = await render(makePlan({ checklist: [] }));
      expect(part(el, '[part~=empty]').textContent).to.contain('No checklist items yet');
      const button = part(el, '[part~=add-button]');
      button.focus();
      await press('Enter');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)?.id).to.equal('new-label');
      await press('Escape');
      await el.updateComplete;
      expect(parts(el, '[part=add-form]')).to.have.length(0);
      expect(focused(el)).to.equal(button);
      const readonly = await render(makePlan({ checklist: [] }), { readonly: true });
      expect(part(readonly, '[part~=empty]').textContent).to.not.contain('Add an item');
    });

    it('writes due dates as the reader’s locale does, the year only when it is not this year', async () => {
      const plan = makePlan({ checklist: [makeItem({ id: 'soon', due: '2026-09-03' }), makeItem({ id: 'next-year', due: '2027-01-15' })] });
      const el = await mount<PreflightChecklist>(html`<preflight-checklist lang="en-GB" .plan=${plan} now=${NOW}></preflight-checklist>`);
      const due = (id: string) => [...part(el, `[data-id=${id}] .meta`).querySelectorAll('span')].map((s) => s.textContent).find((t) => t?.startsWith('Due'));
      expect(due('soon')).to.match(/^Due: 3 Sept?$/);
      expect(due('next-year')).to.equal('Due: 15 Jan 2027');
    });

    it('links evidence only when it is https or mailto, and the core flags non-https evidence on a gate', async () => {
      const plan = makePlan({ checklist: [makeDoneItem({ id: 'a' }), makeDoneItem({ id: 'b', evidence: 'mailto:qa@example.com' })] });
      const el = await render(plan);
      expect(part<HTMLAnchorElement>(el, '[data-id=a] [part=evidence] a').href).to.equal('https://qa.example.com/reports/42');
      expect(part<HTMLAnchorElement>(el, '[data-id=b] [part=evidence] a').href).to.equal('mailto:qa@example.com');
      expect(part(el, '[data-id=b] [part=findings-button]').dataset.state).to.equal('at-risk');
      part(el, '[data-id=b] [part=findings-button]').click();
      await until(() => part(el, '[part=popover]').matches(':popover-open'), 'the popover');
      await el.updateComplete;
      expect(part(el, '[part=popover]').textContent).to.contain('is not an https link');
      await press('Escape');
    });

    it('shows evidence that is not a safe link as text, never as a link', async () => {
      // Such evidence fails the plan's schema, so it can only arrive through a plan that is shown as invalid.
      const el = await render({ ...makePlan(), checklist: [{ ...makeDoneItem(), evidence: 'javascript:alert(1)' }] });
      expect(parts(el, 'a')).to.have.length(0);
      expect(part(el, '[role=alert]').textContent).to.contain('checklist[0].evidence');
    });

    it('has no axe violations in the light and the dark theme', async () => {
      const el = await render(makePlan({ checklist: items() }));
      await expectAccessibleInBothThemes(el);
    });

    it('renders labels and owners shaped like markup as text', async () => {
      const el = await render(makePlan({ checklist: [makeItem({ label: XSS_NAME, owner: XSS_NAME })] }));
      expect(parts(el, 'img')).to.have.length(0);
      expect(part(el, '.label').textContent).to.equal(XSS_NAME);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });
  });

  describe('a long checklist', () => {
    // 300 items: more than a window holds, so the items on screen are drawn first and the rest in the frames after.
    const layers = ['strategy', 'execution', 'operations'] as const;
    const long = (last: Partial<ChecklistItem> = {}) =>
      makePlan({ checklist: Array.from({ length: 300 }, (_, i) => makeDoneItem({ id: `i${i}`, label: `Item ${i}`, layer: layers[i % 3], gate: false, gateId: undefined, ...(i === 299 ? last : {}) })) });
    /** The items' ids in the order they show: by layer, then as the plan lists them. */
    const shownOrder = (plan: Plan) => layers.flatMap((layer) => plan.checklist.filter((i) => i.layer === layer).map((i) => i.id));
    const drawn = (el: PreflightChecklist) => parts(el, '[part~=item]');
    const allDrawn = (el: PreflightChecklist) => until(() => drawn(el).length === 300, 'every item drawn');
    // Each starts at the top of the page: a page scrolled into a list's middle draws the items down to the window's bottom first.
    beforeEach(() => window.scrollTo(0, 0));

    it('shows the items on screen in its first render and draws the rest in the frames after, each in its group, all in the DOM in the end', async () => {
      const el = await render(long());
      const first = drawn(el);
      expect(first.length, 'items in the first render').to.be.within(1, 299);
      expect(first.at(-1)!.getBoundingClientRect().top, 'the items drawn reach the bottom of the window').to.be.at.least(innerHeight);
      expect(first.map((i) => i.dataset.id)).to.deep.equal(shownOrder(planOf(el)).slice(0, first.length));
      expect(part(el, '[data-group=strategy] h3').textContent, 'a group counts all its items, drawn or not').to.contain('(100/100)');
      await allDrawn(el);
      expect(parts(el, '[part=group]').map((g) => [g.dataset.group, g.querySelectorAll('[part~=item]').length])).to.deep.equal([['strategy', 100], ['execution', 100], ['operations', 100]]);
      expect(drawn(el).map((i) => i.dataset.id)).to.deep.equal(shownOrder(planOf(el)));
      expect(parts(el, '.undrawn')).to.have.length(0);
      // Every item is in the DOM, so find in page reaches the last one (window.find: Chromium's find, not in the DOM typings).
      expect((window as unknown as { find(text: string): boolean }).find('Item 299')).to.equal(true);
      getSelection()?.removeAllRanges();
    });

    it('goes on with Tab from the last item drawn to the next one: focus in the list draws every item', async () => {
      const el = await render(long());
      const n = drawn(el).length;
      const next = shownOrder(planOf(el))[n]!;
      expect(parts(el, `[part~=item][data-id="${next}"]`), 'the next item is not drawn yet').to.have.length(0);
      // The last control of the last item drawn: its evidence link.
      drawn(el).at(-1)!.querySelector<HTMLElement>('[part~=evidence] a')!.focus();
      await press('Tab');
      expect(focused(el)?.id).to.equal(`item-${next}`);
      expect(drawn(el)).to.have.length(300);
    });

    it('goes to a late item from a reason for the verdict: the item is drawn and its checkbox focused', async () => {
      const el = await render(long({ gate: true, evidence: undefined, label: 'Late gate' }));
      expect(parts(el, '[part~=item][data-id="i299"]'), 'the late item is not drawn yet').to.have.length(0);
      const reason = part(el, '[part~=reasons] li[data-rule="checklist.evidence"]');
      expect(reason.textContent).to.contain('Late gate');
      reason.querySelector<HTMLElement>('[part~=fix-button]')!.focus();
      await press('Enter');
      await until(() => focused(el)?.id === 'item-i299', 'focus on the late item');
    });

    it('has no axe violations while its items are still being drawn, nor once they are all drawn', async () => {
      const el = await render(long());
      expect(parts(el, '.undrawn')).to.have.length(1);
      await expect(el).to.be.accessible();
      await allDrawn(el);
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('checking and events', () => {
    it('with no `now`, records done-at as the time the item is checked, not the time the page was opened', async () => {
      const clock = new ManualClock(Date.parse('2026-08-28T09:00:00Z'));
      const el = await mount<PreflightChecklist>(html`<preflight-checklist .plan=${makePlan({ checklist: items() })} .clock=${clock}></preflight-checklist>`);
      clock.advance(2 * 3_600_000 + 5_000);
      await el.updateComplete;
      box(el, 'tracking').click();
      await el.updateComplete;
      expect(stored(el, 'tracking')).to.include({ doneAt: '2026-08-28T11:00:05.000Z' });
    });

    it('checks an item with Space, recording done-by from `actor` and done-at from `now`', async () => {
      const el = await render(makePlan({ checklist: items() }), { actor: 'Campaign manager' });
      const changes = recordChanges(el);
      let event: Event | undefined;
      document.addEventListener('preflight-change', (e) => (event = e), { once: true });
      box(el, 'tracking').focus();
      await press('Space');
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'item.check', itemId: 'tracking', doneBy: 'Campaign manager', doneAt: NOW }]);
      expect(event?.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(stored(el, 'tracking')).to.include({ doneBy: 'Campaign manager', doneAt: NOW });
      expect(itemOf(el, 'tracking').dataset.done).to.equal('true');
      expect(part(el, '[role=progressbar]').getAttribute('aria-valuenow')).to.equal('2');
      expect(parts(el, '[part=open-gates] li').map((g) => g.dataset.id)).to.deep.equal(['brief']);
      expect(focused(el)).to.equal(box(el, 'tracking'));
    });

    it('records the item\'s owner when no actor is set or the actor is no role of the plan, and nobody when neither is set', async () => {
      const el = await render(makePlan({ checklist: items() }), { actor: 'Dana, not a role' });
      box(el, 'tracking').click();
      await el.updateComplete;
      expect(stored(el, 'tracking').doneBy).to.equal('Analytics');
      const changes = recordChanges(el);
      box(el, 'copy').click();
      await el.updateComplete;
      expect(changes[0]!.change).to.deep.equal({ type: 'item.check', itemId: 'copy', doneBy: null, doneAt: NOW });
      expect(stored(el, 'copy').doneBy).to.equal(undefined);
    });

    it('reopens an item when unchecked, clearing done-by/at and counting the reopening', async () => {
      const el = await render(makePlan({ checklist: items() }));
      const changes = recordChanges(el);
      box(el, 'qa').click();
      await el.updateComplete;
      expect(changes[0]!.change).to.deep.equal({ type: 'item.uncheck', itemId: 'qa', reopened: 1 });
      const qa = stored(el, 'qa');
      expect([qa.doneAt, qa.doneBy, qa.reopened]).to.deep.equal([undefined, undefined, 1]);
    });

    it('rolls a cancelled edit back, box included', async () => {
      const plan = makePlan({ checklist: items() });
      const el = await render(plan);
      const changes = recordChanges(el, { cancel: true });
      box(el, 'tracking').click();
      await el.updateComplete;
      expect(changes).to.have.length(1);
      expect(el.plan).to.equal(plan);
      expect(box(el, 'tracking').checked).to.equal(false);
      expect(itemOf(el, 'tracking').dataset.done).to.equal('false');
    });

    it('does not dispatch when the owner sets the plan or attributes, and is read-only with `readonly`', async () => {
      const el = await render(makePlan({ checklist: items() }), { readonly: true });
      const changes = recordChanges(el);
      el.plan = makePlan({ checklist: items().slice(1) });
      el.grouping = 'handoff';
      el.actor = 'Campaign manager';
      await el.updateComplete;
      expect(box(el, 'tracking').disabled).to.equal(true);
      box(el, 'tracking').click();
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(stored(el, 'tracking').doneAt).to.equal(undefined);
    });
  });

  describe('editing items', () => {
    const editButton = (el: PreflightChecklist, id: string) => part<HTMLButtonElement>(el, `[part~=item][data-id="${id}"] [part=edit-button]`);
    const control = <T extends HTMLElement = HTMLInputElement>(el: PreflightChecklist, name: string) => part<T>(el, `[part=editor] [name=${name}]`);
    const errors = (el: PreflightChecklist) => parts(el, '[part=field-error]').map((p) => p.textContent);
    async function openEditor(el: PreflightChecklist, id: string) {
      editButton(el, id).focus();
      await press('Enter');
      await el.updateComplete;
    }

    it('edits owner, due date and evidence with the keyboard alone: one cancelable event per field, focus back on Edit', async () => {
      const el = await render(makePlan({ checklist: items() }));
      const changes = recordChanges(el);
      await openEditor(el, 'tracking');
      expect(editButton(el, 'tracking').getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(control(el, 'owner'));
      const roles = planOf(el).roles;
      await press('ArrowDown');
      const owner = roles[roles.indexOf('Analytics') + 1]!;
      expect(control<HTMLSelectElement>(el, 'owner').value).to.equal(owner);
      await press('Tab');
      expect(focused(el)).to.equal(control(el, 'due'));
      control(el, 'due').select();
      const due = '2026-09-04';
      await typeText(due);
      // Past the date picker's button to the evidence link.
      await press('Tab');
      await press('Tab');
      await typeText('https://qa.example.com/tracking');
      await press('Enter');
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'item.update', id: 'tracking', field: 'owner', from: 'Analytics', to: owner },
        { type: 'item.update', id: 'tracking', field: 'due', from: '2026-08-31', to: due },
        { type: 'item.update', id: 'tracking', field: 'evidence', from: null, to: 'https://qa.example.com/tracking' },
      ]);
      expect(stored(el, 'tracking')).to.include({ owner, due, evidence: 'https://qa.example.com/tracking' });
      expect(changes[2]!.plan).to.equal(el.plan);
      expect(parts(el, '[part=editor]')).to.have.length(0);
      expect(focused(el)).to.equal(editButton(el, 'tracking'));
      expect(part<HTMLAnchorElement>(el, '[data-id=tracking] [part=evidence] a').href).to.equal('https://qa.example.com/tracking');
    });

    it('refuses a javascript: evidence link, naming the field inline, and the value never reaches the plan', async () => {
      const el = await render(makePlan({ checklist: items() }));
      const changes = recordChanges(el);
      await openEditor(el, 'qa');
      control(el, 'evidence').focus();
      control(el, 'evidence').select();
      await typeText('javascript:alert(1)');
      await press('Enter');
      await el.updateComplete;
      expect(errors(el)).to.deep.equal(['Evidence link: must be an https:// or mailto: link']);
      expect(control(el, 'evidence').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'evidence').getAttribute('aria-describedby')).to.equal(part(el, '[part=field-error]').id);
      expect(focused(el)).to.equal(control(el, 'evidence'));
      expect(changes).to.have.length(0);
      expect(stored(el, 'qa').evidence).to.equal('https://qa.example.com/reports/42');
      await expectAccessibleInBothThemes(el);
      await press('Escape');
      await el.updateComplete;
      expect(parts(el, '[part=editor]')).to.have.length(0);
      expect(focused(el)).to.equal(editButton(el, 'qa'));
    });

    it('refuses an impossible date and an empty owner, naming each field', async () => {
      const el = await render(makePlan({ checklist: items() }));
      const changes = recordChanges(el);
      await openEditor(el, 'copy');
      control(el, 'due').select();
      await typeText('2026-02-30');
      await press('Enter');
      await el.updateComplete;
      expect(errors(el)).to.deep.equal(['Owner: name who will get it done', 'Due date: February 2026 has 28 days, so “2026-02-30” is not a date']);
      expect(control(el, 'due').value).to.equal('2026-02-30');
      expect(focused(el)).to.equal(control(el, 'owner'));
      expect(changes).to.have.length(0);
    });

    it('reads dates in the reader’s format in the editor and the add form alike, naming a partial date the same way in both', async () => {
      const el = await mount<PreflightChecklist>(html`<preflight-checklist lang="en-GB" .plan=${makePlan({ checklist: items() })} now=${NOW}></preflight-checklist>`);
      const changes = recordChanges(el);
      await openEditor(el, 'copy');
      control(el, 'due').select();
      await typeText('30/09');
      await press('Enter');
      await el.updateComplete;
      await openAdd(el);
      const add = part<HTMLInputElement>(el, '[part=add-form] [name=due]');
      add.focus();
      await typeText('30/09');
      part<HTMLFormElement>(el, '[part=add-form]').requestSubmit();
      await el.updateComplete;
      for (const input of [control(el, 'due'), add]) {
        expect(input.type).to.equal('text');
        expect(input.value).to.equal('30/09', 'the text is kept as typed');
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => part(el, `#${id}`).textContent);
        expect(described).to.deep.equal(['DD/MM/YYYY, for example 30/09/2026', 'Due date: “30/09” has no year; type it as DD/MM/YYYY, for example 30/09/2026']);
      }
      expect(changes).to.have.length(0);
    });

    it('rolls a cancelled edit back and closes the editor', async () => {
      const plan = makePlan({ checklist: items() });
      const el = await render(plan);
      const changes = recordChanges(el, { cancel: true });
      await openEditor(el, 'brief');
      control(el, 'evidence').value = 'mailto:brief@example.com';
      control(el, 'evidence').form!.requestSubmit();
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'item.update', id: 'brief', field: 'evidence', from: null, to: 'mailto:brief@example.com' }]);
      expect(el.plan).to.equal(plan);
      expect(parts(el, '[data-id=brief] [part=evidence]')).to.have.length(0);
    });

    it('adds an item with label, layer, gate, owner and due; refuses it without them', async () => {
      const el = await render(makePlan({ checklist: items() }));
      const changes = recordChanges(el);
      expect(parts(el, '[part=add-form]'), 'closed until asked for').to.have.length(0);
      await openAdd(el);
      const form = part<HTMLFormElement>(el, '[part=add-form]');
      form.requestSubmit();
      await el.updateComplete;
      expect(errors(el)).to.deep.equal(['Label: must not be empty', 'Owner: name who will get it done', 'Due date: set the date it is due']);
      expect(focused(el)).to.equal(form.elements.namedItem('label'));
      await typeText(XSS_NAME);
      (form.elements.namedItem('layer') as HTMLSelectElement).value = 'execution';
      (form.elements.namedItem('gate') as HTMLInputElement).checked = true;
      (form.elements.namedItem('owner') as HTMLSelectElement).value = 'Legal';
      (form.elements.namedItem('due') as HTMLInputElement).value = '2026-08-30';
      await press('Enter');
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'item.add', id: 'item-6', index: 5 }]);
      expect(stored(el, 'item-6')).to.deep.equal({ id: 'item-6', label: XSS_NAME, layer: 'execution', gate: true, owner: 'Legal', due: '2026-08-30' });
      expect(part(el, '[data-id=item-6] .label').textContent).to.equal(XSS_NAME);
      expect(parts(el, 'img')).to.have.length(0);
      expect(errors(el)).to.deep.equal([]);
      expect(focused(el)).to.equal(form.elements.namedItem('label'));
    });

    it('reads “today” and “tomorrow” as due dates on the team’s clock, not the browser’s', async () => {
      // 12:00 UTC on 28 August is already 29 August in Kiritimati (UTC+14), the team's zone here.
      const el = await mount<PreflightChecklist>(
        html`<preflight-checklist lang="en-US" .plan=${makePlan({ checklist: items() })} now=${NOW} .config=${{ timeZone: 'Pacific/Kiritimati' }}></preflight-checklist>`,
      );
      await openAdd(el);
      const form = part<HTMLFormElement>(el, '[part=add-form]');
      (form.elements.namedItem('label') as HTMLInputElement).value = 'Webinar dry run';
      (form.elements.namedItem('owner') as HTMLSelectElement).value = 'Legal';
      const due = form.elements.namedItem('due') as HTMLInputElement;
      due.focus();
      await typeText('today');
      await press('Enter');
      await until(() => planOf(el).checklist.length === 6, 'the item to be added');
      expect(planOf(el).checklist[5]!.due).to.equal('2026-08-29');
      (form.elements.namedItem('label') as HTMLInputElement).value = 'Webinar rehearsal';
      (form.elements.namedItem('owner') as HTMLSelectElement).value = 'Legal';
      due.focus();
      due.select();
      await typeText('Tomorrow');
      await press('Enter');
      await until(() => planOf(el).checklist.length === 7, 'the second item');
      expect(planOf(el).checklist[6]!.due).to.equal('2026-08-30');
    });

    it('removes an item and brings it back in place with Undo, focus following', async () => {
      const el = await render(makePlan({ checklist: items() }));
      const changes = recordChanges(el);
      part(el, '[data-id=tracking] [part=remove-button]').focus();
      await press('Enter');
      await el.updateComplete;
      expect(planOf(el).checklist.map((i) => i.id)).to.deep.equal(['brief', 'qa', 'sales', 'copy']);
      expect(part(el, '[part=undo]').textContent).to.contain('Removed “Tracking validation”.');
      expect(focused(el)).to.equal(part(el, '[part=undo] button'));
      await press('Enter');
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'item.remove', id: 'tracking', index: 2 },
        { type: 'item.add', id: 'tracking', index: 2 },
      ]);
      expect(planOf(el).checklist.map((i) => i.id)).to.deep.equal(['brief', 'qa', 'tracking', 'sales', 'copy']);
      expect(parts(el, '[part=undo]')).to.have.length(0);
      expect(focused(el)).to.equal(box(el, 'tracking'));
    });

    it('rolls back a cancelled removal', async () => {
      const plan = makePlan({ checklist: items() });
      const el = await render(plan);
      recordChanges(el, { cancel: true });
      part(el, '[data-id=qa] [part=remove-button]').click();
      await el.updateComplete;
      expect(el.plan).to.equal(plan);
      expect(parts(el, '[part~=item]')).to.have.length(5);
      expect(parts(el, '[part=undo]')).to.have.length(0);
    });

    it('offers no edit, removal or add form when readonly', async () => {
      const el = await render(makePlan({ checklist: items() }), { readonly: true });
      expect(parts(el, '[part=edit-button], [part=remove-button], [part=add-form], [part=editor]')).to.have.length(0);
    });

    it('has no axe violations with an editor open, in both themes', async () => {
      const el = await render(makePlan({ checklist: items() }));
      await openEditor(el, 'tracking');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('bad input', () => {
    it('lists the bad paths of an invalid plan and never throws', async () => {
      const el = await render({ ...makePlan(), checklist: [{ ...makeItem(), gate: 'yes', layer: 'marketing' }] });
      const alert = part(el, '[role=alert]');
      expect(alert.textContent).to.contain('checklist[0].gate');
      expect(alert.textContent).to.contain('checklist[0].layer');
      expect(parts(el, '[part~=item]')).to.have.length(0);
    });

    it('reports an unreadable `now`', async () => {
      const el = await mount<PreflightChecklist>(html`<preflight-checklist .plan=${makePlan()} now="later"></preflight-checklist>`);
      expect(part(el, '[role=alert]').textContent).to.contain('now');
    });
  });

  describe('store binding', () => {
    it('loads from a store and saves a check with its revision', async () => {
      const store = createMemoryStore();
      await store.put(makePlan({ checklist: items() }));
      const el = await mount<PreflightChecklist>(html`<preflight-checklist plan-id="plan-1" .store=${store} now=${NOW} actor="Marketing ops"></preflight-checklist>`);
      await until(() => parts(el, '[part~=item]').length === 5, 'the stored plan');
      box(el, 'brief').click();
      await until(() => planOf(el).revision === 2, 'the save');
      expect((await store.get('plan-1'))!.checklist[0]).to.include({ doneBy: 'Marketing ops', doneAt: NOW });
    });

    it('shows an item checked in another tab live, without an event', async () => {
      const name = `preflight-checklist-test-${Math.random().toString(36).slice(2)}`;
      const tabA = await openPlanStore({ name });
      const tabB = await openPlanStore({ name });
      await tabA.put(makePlan({ checklist: items() }));
      const el = await mount<PreflightChecklist>(html`<preflight-checklist plan-id="plan-1" .store=${tabA} now=${NOW}></preflight-checklist>`);
      await until(() => parts(el, '[part~=item]').length === 5, 'the stored plan');
      const changes = recordChanges(el);
      const other = (await tabB.get('plan-1'))!;
      await tabB.put({ ...other, checklist: other.checklist.map((i) => (i.id === 'tracking' ? { ...i, doneAt: NOW, doneBy: 'Tab B' } : i)) });
      await until(() => itemOf(el, 'tracking').dataset.done === 'true', 'the other tab\'s check');
      expect(box(el, 'tracking').checked).to.equal(true);
      expect(changes).to.have.length(0);
      tabA.close();
      tabB.close();
      indexedDB.deleteDatabase(name);
    });
  });
});
