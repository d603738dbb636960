import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createMemoryStore, openPlanStore, type PlanStore } from '@preflight/core/store';
import type { Plan } from '@preflight/core';
import { makeApproval, makeBlocker, makeItem, makePlan, makeStep } from '../../../core/src/testing/factories.js';
import '../define/preflight-raci.js';
import type { PreflightRaci } from './raci.js';
import { expectAccessibleInBothThemes, focused, mount, part, parts, press, recordChanges, typeText, until, XSS_NAME } from '../shared/testing.js';

const NOW = '2026-08-20T09:00:00Z';

const render = (plan: unknown, attrs: { readonly?: boolean } = {}) =>
  mount<PreflightRaci>(html`<preflight-raci .plan=${plan} now=${NOW} ?readonly=${attrs.readonly ?? false}></preflight-raci>`);
const cell = (el: PreflightRaci, row: number, col: number) => part(el, `[data-r="${row}"][data-c="${col}"]`);
const at = (el: PreflightRaci) => {
  const f = focused(el);
  return f ? [Number(f.getAttribute('data-r')), Number(f.getAttribute('data-c'))] : null;
};
async function focusCell(el: PreflightRaci, row: number, col: number) {
  cell(el, row, col).focus();
  await el.updateComplete;
}
const planOf = (el: PreflightRaci) => el.plan as Plan;

/** Opens the form adding a step (`new-step`) or a role (`new-role`) with its button, as a person would. */
async function openAdd(el: PreflightRaci, field: string): Promise<void> {
  const what = field === 'new-step' ? 'step' : 'role';
  if (!el.shadowRoot!.querySelector(`#add-${what}-form`)) el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~=add-${what}-button]`)!.click();
  await el.updateComplete;
}

describe('<preflight-raci>', () => {
  describe('rendering', () => {
    it('renders a grid with one row per step and one column per role, plus the step and verdict columns', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const grid = part(el, '[role=grid]');
      expect(parts(el, 'tbody tr[role=row]').length).to.equal(plan.steps.length);
      expect(parts(el, 'thead [role=columnheader]').length).to.equal(plan.roles.length + 2);
      expect(parts(el, '[role=rowheader]').map((h) => h.textContent?.trim())).to.deep.equal(plan.steps.map((s) => s.name));
      expect(grid.getAttribute('aria-rowcount')).to.equal(String(plan.steps.length + 1));
      expect(grid.getAttribute('aria-colcount')).to.equal(String(plan.roles.length + 2));
      expect(cell(el, 1, 1).textContent?.trim()).to.equal('R');
      expect(cell(el, 1, 2).textContent?.trim()).to.equal('A');
      expect(cell(el, 1, 2).getAttribute('aria-label')).to.equal(`${plan.steps[0]!.name}, ${plan.roles[1]}: Accountable`);
    });

    it('shows each row verdict from the core: OK for a valid step, Blocked for a step without an Accountable', async () => {
      const plan = makePlan();
      plan.steps[1] = makeStep({ id: 'creative-production', name: 'Creative production', raci: { responsible: ['Design/Content'], accountable: [], consulted: [], informed: [], backup: 'Ops lead' } });
      const el = await render(plan);
      const verdicts = parts(el, '[part=verdict]');
      expect(verdicts[0]!.dataset.state).to.equal('ok');
      expect(verdicts[1]!.dataset.state).to.equal('blocked');
      expect(verdicts[1]!.textContent).to.contain('Blocked');
    });

    it('explains a row in the popover: rule title, rationale, who acts and the fix; Escape closes it and returns focus', async () => {
      const plan = makePlan();
      plan.steps[0] = makeStep({ raci: { ...makeStep().raci, accountable: [] } });
      const el = await render(plan);
      const button = parts(el, '[part=verdict]')[0]!;
      button.click();
      await until(() => part(el, '[part=popover]').matches(':popover-open'), 'the popover to open');
      await el.updateComplete;
      const popover = part(el, '[part=popover]');
      expect(popover.getAttribute('role')).to.equal('dialog');
      expect(popover.textContent).to.contain('Exactly one Accountable per step');
      expect(popover.textContent).to.contain('nobody signs off');
      expect(popover.textContent).to.contain('Who acts:');
      expect(popover.textContent).to.contain('Name the one role who signs this step off.');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal(popover.id);
      await expectAccessibleInBothThemes(el);
      await press('Escape');
      await until(() => !popover.matches(':popover-open'), 'the popover to close');
      await el.updateComplete;
      expect(focused(el)).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('lists the row\u2019s RACI checks from the core\u2019s rules as the config keeps them: a rule turned off is not shown as unmet', async () => {
      const plan = makePlan();
      plan.steps[0] = makeStep({ raci: { ...makeStep().raci, consulted: ['Content', 'Sales', 'Leadership'], informed: [] } });
      const checks = async (config: unknown) => {
        const el = await mount<PreflightRaci>(html`<preflight-raci .plan=${plan} .config=${config} now=${NOW}></preflight-raci>`);
        parts(el, '[part=verdict]')[0]!.click();
        await until(() => parts(el, '.checks li').length > 0, 'the checks');
        return Object.fromEntries(parts(el, '.checks li').map((li) => [li.dataset.rule, li.dataset.ok]));
      };
      const all = await checks({ raci: { maxConsulted: 2 } });
      expect(all['raci.consulted-limit']).to.equal('false');
      expect(all['raci.one-accountable']).to.equal('true');
      const off = await checks({ raci: { maxConsulted: 2 }, rules: { 'raci.consulted-limit': { enabled: false } } });
      expect(off).not.to.have.property('raci.consulted-limit');
      expect(off['raci.one-accountable']).to.equal('true');
    });

    it('has no axe violations in the light and the dark theme (dark on #191919)', async () => {
      const el = await render(makePlan());
      await expectAccessibleInBothThemes(el);
    });

    it('keeps the step names and the verdicts in sight when many roles make the grid scroll sideways, and a focused cell clear of both', async () => {
      const roles = [...makePlan().roles, ...Array.from({ length: 12 }, (_, i) => `Extra role ${i + 1}`)];
      const el = await mount<PreflightRaci>(html`<div style="width: 40rem"><preflight-raci .plan=${makePlan({ roles })} now=${NOW}></preflight-raci></div>`).then(
        (wrapper) => wrapper.querySelector('preflight-raci') as PreflightRaci,
      );
      await el.updateComplete;
      const scroller = part(el, '.scroller');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      const box = scroller.getBoundingClientRect();
      const inside = (target: Element) => {
        const r = target.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      };
      const verdict = parts(el, '[part=verdict]')[0]!;
      const rowHeader = cell(el, 1, 0);
      expect(inside(verdict), 'the verdict at the start').to.equal(true);
      expect(inside(rowHeader), 'the step name at the start').to.equal(true);
      // The last role's cell, reached from the keyboard: the grid scrolls, the sticky columns stay.
      await focusCell(el, 1, 1);
      for (let i = 0; i < roles.length - 1; i++) await press('ArrowRight');
      const last = cell(el, 1, roles.length);
      expect(focused(el)).to.equal(last);
      await until(() => scroller.scrollLeft > 0, 'the grid to scroll sideways');
      expect(inside(verdict), 'the verdict after scrolling').to.equal(true);
      expect(inside(rowHeader), 'the step name after scrolling').to.equal(true);
      const cellBox = last.getBoundingClientRect();
      expect(cellBox.right, 'the focused cell is not under the verdict column').to.be.at.most(verdict.closest('td')!.getBoundingClientRect().left + 1);
      expect(cellBox.left, 'the focused cell is not under the step column').to.be.at.least(rowHeader.getBoundingClientRect().right - 1);
    });

    it('leaves room for whole role columns between the sticky columns in a narrow frame', async () => {
      await setViewport({ width: 400, height: 800 });
      try {
        const el = await render(makePlan());
        const free = parts(el, '[part=verdict]')[0]!.closest('td')!.getBoundingClientRect().left - cell(el, 1, 0).getBoundingClientRect().right;
        expect(free).to.be.at.least(cell(el, 1, 1).getBoundingClientRect().width);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('renders names shaped like markup as text', async () => {
      const plan = makePlan({ roles: [...makePlan().roles, XSS_NAME] });
      plan.steps[0] = makeStep({ name: XSS_NAME });
      const el = await render(plan);
      expect(parts(el, 'img').length).to.equal(0);
      expect(cell(el, 1, 0).textContent?.trim()).to.equal(XSS_NAME);
      expect(cell(el, 0, plan.roles.length).textContent).to.contain(XSS_NAME);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });

    it('names each cell by its step, its role and its letter, and keeps the names current after edits and renames', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const step = plan.steps[0]!;
      const col = plan.roles.findIndex((_, i) => cell(el, 1, i + 1).textContent === '') + 1;
      const role = plan.roles[col - 1]!;
      expect(cell(el, 1, col).getAttribute('aria-label')).to.equal(`${step.name}, ${role}: none`);
      await focusCell(el, 1, col);
      await press('c');
      expect(cell(el, 1, col).getAttribute('aria-label')).to.equal(`${step.name}, ${role}: Consulted`);
      const stepName = part<HTMLInputElement>(el, 'input[name=step-name]');
      stepName.value = 'Renamed step';
      stepName.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cell(el, 1, col).getAttribute('aria-label')).to.equal(`Renamed step, ${role}: Consulted`);
    });
  });

  describe('a long matrix', () => {
    // 200 steps: more than a window holds, so the rows on screen are drawn first and the rest in the frames after.
    const long = () => makePlan({ steps: Array.from({ length: 200 }, (_, i) => makeStep({ id: `s${i}`, name: `Step ${i}` })) });
    const drawn = (el: PreflightRaci) => parts(el, 'tbody tr[role=row]');
    const allDrawn = (el: PreflightRaci) => until(() => drawn(el).length === 200, 'every row drawn');
    const key = (target: Element, key: string, ctrlKey = false) => target.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, composed: true }));
    // Each starts at the top of the page: a page scrolled into a matrix's middle draws the rows down to the window's bottom first.
    beforeEach(() => window.scrollTo(0, 0));

    it('shows the rows on screen in its first render and draws the rest in the frames after, every row in the DOM in the end', async () => {
      const el = await render(long());
      const first = drawn(el);
      expect(first.length, 'rows in the first render').to.be.within(1, 199);
      expect(first.at(-1)!.getBoundingClientRect().top, 'the rows drawn reach the bottom of the window').to.be.at.least(innerHeight);
      expect(first.map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(first.map((_, i) => String(i + 2)));
      expect(part(el, '[role=grid]').getAttribute('aria-rowcount'), 'the grid counts every row, drawn or not').to.equal('201');
      await allDrawn(el);
      expect(drawn(el).at(-1)!.getAttribute('aria-rowindex')).to.equal('201');
      expect(parts(el, 'tr.undrawn')).to.have.length(0);
      // Every row is in the DOM, so find in page reaches the last one (window.find: Chromium's find, not in the DOM typings).
      expect((window as unknown as { find(text: string): boolean }).find('Step 199')).to.equal(true);
      getSelection()?.removeAllRanges();
    });

    it('moves to a row not drawn yet from the keyboard (Ctrl+End, PageDown, ArrowDown), drawing it and focusing its cell', async () => {
      const el = await render(long());
      const n = drawn(el).length;
      cell(el, 1, 1).focus();
      expect(parts(el, `[data-r="200"]`), 'the last row is not drawn yet').to.have.length(0);
      key(cell(el, 1, 1), 'End', true);
      await until(() => at(el)?.[0] === 200, 'focus on the last row');
      expect(at(el)).to.deep.equal([200, planOf(el).roles.length + 1]);
      expect(parts(el, '[role=grid] [tabindex="0"]')).to.have.length(1);

      const again = await render(long());
      const last = cell(again, n, 2);
      last.focus();
      expect(parts(again, `[data-r="${n + 1}"]`), 'the row below the last drawn is not drawn yet').to.have.length(0);
      key(last, 'ArrowDown');
      await until(() => at(again)?.[0] === n + 1, 'focus on the row below');
      expect(at(again)).to.deep.equal([n + 1, 2]);
      key(focused(again)!, 'PageDown');
      await until(() => at(again)?.[0] === n + 11, 'focus ten rows down');
      expect(at(again)).to.deep.equal([n + 11, 2]);
    });

    it('keeps the focus and the one tab stop where they are while the rest of the rows are drawn, and edits a late row from the keyboard', async () => {
      const el = await render(long());
      const start = cell(el, 3, 2);
      start.focus();
      await allDrawn(el);
      expect(focused(el)).to.equal(start);
      expect(parts(el, '[role=grid] [tabindex="0"]')).to.deep.equal([start]);
      await press('Control+End');
      await press('Home');
      await press('ArrowRight');
      await press('r');
      expect(planOf(el).steps[199]!.raci.responsible).to.include(planOf(el).roles[0]);
      expect(cell(el, 200, 1).textContent?.trim()).to.equal('R');
    });

    it('goes to a late row from its findings popover: the row is drawn and its first cell focused', async () => {
      const plan = long();
      plan.steps[199] = makeStep({ id: 's199', name: 'Step 199', raci: { ...makeStep().raci, accountable: [] } });
      const el = await render(plan);
      expect(parts(el, '[data-r="200"]')).to.have.length(0);
      // The row header opens its findings with Enter even before the row is drawn: reach it from the keyboard.
      cell(el, 1, 0).focus();
      key(cell(el, 1, 0), 'End', true);
      await until(() => at(el)?.[0] === 200, 'focus on the last row');
      await press('Home');
      await press('Enter');
      await until(() => parts(el, '[part~=popover] button').some((b) => b.textContent?.includes('Go to the row of Step 199')), 'the fix link');
      parts(el, '[part~=popover] button').find((b) => b.textContent?.includes('Go to the row of Step 199'))!.click();
      await until(() => at(el)?.join() === '200,1', 'focus on the row');
    });

    it('has no axe violations while its rows are still being drawn, nor once they are all drawn', async () => {
      const el = await render(long());
      expect(parts(el, 'tr.undrawn')).to.have.length(1);
      await expect(el).to.be.accessible();
      await allDrawn(el);
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('CSV export', () => {
    it('downloads the matrix as CSV', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const downloads: { name: string; text: Promise<string> }[] = [];
      // Catch the download link's click (a real click would leave the test page) and read the file it offers.
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
      };
      try {
        part(el, '[part=export]').click();
        await until(() => downloads.length === 1, 'the download');
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloads[0]!.name).to.equal(`${plan.id}-raci.csv`);
      const text = await downloads[0]!.text;
      expect(text).to.contain(plan.steps[0]!.name);
      expect(text).to.contain(plan.roles[0]!);
    });
  });

  describe('bad input', () => {
    it('lists the bad paths of an invalid plan in an alert, and never throws', async () => {
      const plan = makePlan();
      const bad = { ...plan, steps: [{ ...plan.steps[0], raci: { ...plan.steps[0]!.raci, accountable: 'nobody' } }], roles: 3 };
      const el = await render(bad);
      const alert = part(el, '[role=alert]');
      expect(alert.textContent).to.contain('steps[0].raci.accountable');
      expect(alert.textContent).to.contain('roles');
      expect(parts(el, '[role=grid]').length).to.equal(0);
    });

    it('reads anything as a plan: null shows nothing, a string and a list show a root error', async () => {
      const el = await render(null);
      expect(parts(el, '[role=grid]').length).to.equal(0);
      for (const value of ['nope', [1, 2], 42]) {
        el.plan = value;
        await el.updateComplete;
        expect(part(el, '[role=alert]').textContent).to.contain('(root)');
      }
      el.plan = makePlan();
      await el.updateComplete;
      expect(parts(el, '[role=grid]').length).to.equal(1);
    });

    it('reports an unreadable `now` instead of throwing', async () => {
      const el = await mount<PreflightRaci>(html`<preflight-raci .plan=${makePlan()} now="yesterday"></preflight-raci>`);
      expect(part(el, '[role=alert]').textContent).to.contain('now');
    });

    it('says so when the theme is not light, dark or auto, and still shows the plan following the system', async () => {
      const el = await mount<PreflightRaci>(html`<preflight-raci .plan=${makePlan()} now=${NOW} theme="neon"></preflight-raci>`);
      expect(part(el, '[part~=error].theme-error').textContent).to.contain('theme: “neon” is not light, dark or auto');
      expect(parts(el, '[role=grid]').length).to.equal(1);
      el.theme = 'dark';
      await el.updateComplete;
      expect(parts(el, '[part~=error].theme-error').length).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop: Tab enters the grid at the active cell and leaves it with the next Tab', async () => {
      const el = await render(makePlan());
      expect(parts(el, '[role=grid] [tabindex="0"]').length).to.equal(1);
      part(el, '[part=export]').focus();
      await press('Tab');
      expect(at(el)).to.deep.equal([1, 1]);
      await press('Tab');
      expect(focused(el)?.closest('[role=grid]')).to.equal(null);
    });

    it('moves with the arrows, stopping at the edges', async () => {
      const plan = makePlan();
      const el = await render(plan);
      await focusCell(el, 1, 1);
      await press('ArrowRight');
      expect(at(el)).to.deep.equal([1, 2]);
      await press('ArrowDown');
      expect(at(el)).to.deep.equal([2, 2]);
      await press('ArrowLeft');
      await press('ArrowLeft');
      await press('ArrowLeft');
      expect(at(el)).to.deep.equal([2, 0]);
      await press('ArrowUp');
      await press('ArrowUp');
      await press('ArrowUp');
      expect(at(el)).to.deep.equal([0, 0]);
      expect(parts(el, '[role=grid] [tabindex="0"]').length).to.equal(1);
    });

    it('goes to the row ends with Home/End and to the grid corners with Ctrl+Home/Ctrl+End', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const lastCol = plan.roles.length + 1;
      await focusCell(el, 2, 3);
      await press('End');
      expect(at(el)).to.deep.equal([2, lastCol]);
      await press('Home');
      expect(at(el)).to.deep.equal([2, 0]);
      await press('Control+End');
      expect(at(el)).to.deep.equal([plan.steps.length, lastCol]);
      await press('Control+Home');
      expect(at(el)).to.deep.equal([0, 0]);
    });

    it('moves by ten rows with PageDown/PageUp, stopping at the first and last rows', async () => {
      const plan = makePlan({ steps: Array.from({ length: 25 }, (_, i) => makeStep({ id: `s${i}`, name: `Step ${i}` })) });
      const el = await render(plan);
      await focusCell(el, 1, 2);
      await press('PageDown');
      expect(at(el)).to.deep.equal([11, 2]);
      await press('PageDown');
      await press('PageDown');
      expect(at(el)).to.deep.equal([25, 2]);
      await press('PageUp');
      expect(at(el)).to.deep.equal([15, 2]);
      await press('PageUp');
      await press('PageUp');
      expect(at(el)).to.deep.equal([0, 2]);
    });

    it('sets the focused cell by typing R, A, C or I in either case, and clears it with Delete or Backspace', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const leadership = plan.roles.indexOf('Leadership') + 1;
      const marketingDirector = plan.roles.indexOf('Marketing director') + 1;
      await focusCell(el, 1, marketingDirector);
      for (const [key, letter] of [['c', 'C'], ['A', 'A'], ['i', 'I'], ['r', 'R']] as const) {
        await press(key);
        await el.updateComplete;
        expect(cell(el, 1, marketingDirector).textContent?.trim()).to.equal(letter);
      }
      expect(planOf(el).steps[0]!.raci.responsible).to.include('Marketing director');
      await press('Delete');
      await el.updateComplete;
      expect(cell(el, 1, marketingDirector).textContent?.trim()).to.equal('');
      await focusCell(el, 1, leadership);
      await press('Backspace');
      await el.updateComplete;
      expect(cell(el, 1, leadership).textContent?.trim()).to.equal('');
      expect(planOf(el).steps[0]!.raci.informed).to.deep.equal([]);
      expect(at(el)).to.deep.equal([1, leadership]);
    });

    it('cycles empty → R → A → C → I → empty with Space', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const col = plan.roles.indexOf('Marketing director') + 1;
      await focusCell(el, 1, col);
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        await press('Space');
        await el.updateComplete;
        seen.push(cell(el, 1, col).textContent!.trim());
      }
      expect(seen).to.deep.equal(['R', 'A', 'C', 'I', '']);
    });

    it('opens a row header\'s findings with Enter', async () => {
      const plan = makePlan();
      plan.steps[0] = makeStep({ raci: { ...makeStep().raci, backup: undefined } });
      const el = await render(plan);
      await focusCell(el, 1, 0);
      await press('Enter');
      await until(() => part(el, '[part=popover]').matches(':popover-open'), 'the popover to open');
      expect(part(el, '[part=popover]').textContent).to.contain('A named backup for the Accountable');
      await press('Escape');
      await until(() => at(el)?.join() === '1,0', 'focus to return to the row header');
    });

    it('ignores editing keys when readonly, but still moves', async () => {
      const el = await render(makePlan(), { readonly: true });
      const changes = recordChanges(el);
      expect(part(el, '[role=grid]').getAttribute('aria-readonly')).to.equal('true');
      expect(parts(el, '[part=editor]').length).to.equal(0);
      await focusCell(el, 1, 1);
      await press('Delete');
      await press('a');
      await press('Space');
      await press('ArrowRight');
      expect(cell(el, 1, 1).textContent?.trim()).to.equal('R');
      expect(at(el)).to.deep.equal([1, 2]);
      expect(changes).to.have.length(0);
    });
  });

  describe('events', () => {
    it('dispatches preflight-change with the new plan and what changed; it bubbles out of shadow roots and can be cancelled', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const changes = recordChanges(el);
      let event: Event | undefined;
      document.addEventListener('preflight-change', (e) => (event = e), { once: true });
      await focusCell(el, 1, 1);
      await press('c');
      expect(changes).to.have.length(1);
      expect(changes[0]!.change).to.deep.equal({ type: 'raci.set', stepId: 'brief-intake', role: 'Marketing ops', from: 'R', to: 'C' });
      expect(changes[0]!.plan.steps[0]!.raci.consulted).to.include('Marketing ops');
      expect(event?.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(el.plan).to.equal(changes[0]!.plan);
      expect(plan.steps[0]!.raci.responsible).to.deep.equal(['Marketing ops']);
    });

    it('rolls the edit back when the event is cancelled', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const changes = recordChanges(el, { cancel: true });
      await focusCell(el, 1, 1);
      await press('Delete');
      await el.updateComplete;
      expect(changes).to.have.length(1);
      expect(cell(el, 1, 1).textContent?.trim()).to.equal('R');
      expect(el.plan).to.equal(plan);
    });

    it('does not dispatch when the owner sets the plan or attributes', async () => {
      const el = await render(makePlan());
      const changes = recordChanges(el);
      el.plan = makePlan({ roles: [...makePlan().roles, 'Finance'] });
      el.theme = 'dark';
      el.readonly = true;
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.hasAttribute('readonly')).to.equal(true);
    });
  });

  describe('steps and roles', () => {
    const editor = (el: PreflightRaci, name: string) => part<HTMLInputElement>(el, `[part=editor] [name="${name}"]`);
    async function fill(el: PreflightRaci, name: string, value: string) {
      const input = editor(el, name);
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }
    /** Opens the add form the field is in (closed until asked for), fills it and submits it. */
    async function submit(el: PreflightRaci, field: string, value: string) {
      await openAdd(el, field);
      const input = editor(el, field);
      input.value = value;
      input.form!.requestSubmit();
      await el.updateComplete;
    }

    it('adds a step and a role', async () => {
      const el = await render(makePlan());
      const changes = recordChanges(el);
      await submit(el, 'new-step', 'Legal review');
      await submit(el, 'new-role', 'Finance');
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'step.add', stepId: 'legal-review', index: 5 },
        { type: 'role.add', role: 'Finance', index: planOf(el).roles.length - 1 },
      ]);
      expect(parts(el, '[role=rowheader]').at(-1)!.textContent?.trim()).to.equal('Legal review');
      expect(planOf(el).roles.at(-1)).to.equal('Finance');
    });

    it('keeps the add forms closed until asked for: the keyboard opens one, an empty name is named, Escape closes it and focus goes back', async () => {
      const el = await render(makePlan());
      expect(parts(el, '[part~=add-form]')).to.have.length(0);
      const button = part(el, '[part~=add-role-button]');
      button.focus();
      await press('Enter');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)?.id).to.equal('new-role');
      const changes = recordChanges(el);
      await press('Enter');
      await el.updateComplete;
      expect(part(el, '#new-role-error').textContent).to.equal('Name: give the role a name');
      expect(part(el, '#new-role').getAttribute('aria-invalid')).to.equal('true');
      expect(changes).to.have.length(0);
      await typeText('Finance');
      await press('Enter');
      await el.updateComplete;
      expect(changes.map((c) => c.change.type)).to.deep.equal(['role.add']);
      expect(parts(el, '[part~=add-form]'), 'closed once the role is added').to.have.length(0);
      expect(focused(el)).to.equal(button);
      await press('Enter');
      await el.updateComplete;
      await press('Escape');
      await el.updateComplete;
      expect(parts(el, '[part~=add-form]')).to.have.length(0);
      expect(focused(el)).to.equal(button);
      // One form at a time, and the role's form never shows what was typed into the step's.
      part(el, '[part~=add-step-button]').click();
      await el.updateComplete;
      await typeText('Half a step name');
      button.click();
      await el.updateComplete;
      expect(parts(el, '[part~=add-form]').map((f) => f.id)).to.deep.equal(['add-role-form']);
      expect(part<HTMLInputElement>(el, '#new-role').value).to.equal('');
    });

    it('refuses a name the plan format would refuse under its field, before trying the edit, and keeps the focus there', async () => {
      const el = await render(makePlan());
      const changes = recordChanges(el);
      await submit(el, 'new-step', 'x'.repeat(201));
      await el.updateComplete;
      expect(part(el, '#new-step-error').textContent).to.equal('Name: must be at most 200 characters');
      expect(part(el, '#new-step').getAttribute('aria-describedby')).to.equal('new-step-error');
      expect(focused(el)?.id).to.equal('new-step');
      expect(parts(el, '[part~=notice]')).to.have.length(0);
      expect(changes).to.have.length(0);
      await expectAccessibleInBothThemes(el);
    });

    it('renames, reorders and removes the selected step and sets its backup', async () => {
      const el = await render(makePlan());
      const changes = recordChanges(el);
      await focusCell(el, 2, 1);
      await fill(el, 'step-name', 'Creative & copy');
      await fill(el, 'backup', 'Ops lead');
      editor(el, 'step-up').click();
      await el.updateComplete;
      expect(planOf(el).steps[0]!.name).to.equal('Creative & copy');
      expect(planOf(el).steps[0]!.raci.backup).to.equal('Ops lead');
      editor(el, 'step-remove').click();
      await el.updateComplete;
      expect(changes.map((c) => c.change.type)).to.deep.equal(['step.rename', 'step.backup', 'step.move', 'step.remove']);
      expect(changes[2]!.change).to.deep.equal({ type: 'step.move', stepId: 'creative-production', from: 1, to: 0 });
      expect(planOf(el).steps.map((s) => s.id)).to.not.include('creative-production');
    });

    it('refuses to remove a step a blocker points at, saying why', async () => {
      const el = await render(makePlan({ blockers: [makeBlocker()] }));
      const changes = recordChanges(el);
      await focusCell(el, 3, 1);
      editor(el, 'step-remove').click();
      await el.updateComplete;
      expect(changes).to.have.length(0);
      const notice = part(el, '[part=notice]').textContent!;
      expect(notice).to.contain('Blocker “Field mapping for lead source is broken” · what it blocks: the step “CRM and tracking setup” is not in the plan');
      expect(notice).to.not.contain('blockers[0]');
      expect(parts(el, '[role=rowheader]')).to.have.length(5);
    });

    it('renames, moves and removes the selected role everywhere it appears', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const changes = recordChanges(el);
      const col = plan.roles.indexOf('Demand gen lead') + 1;
      await focusCell(el, 1, col);
      await fill(el, 'role-name', 'Demand lead');
      expect(planOf(el).steps[0]!.raci.accountable).to.deep.equal(['Demand lead']);
      expect(planOf(el).steps[1]!.raci.backup).to.equal('Demand lead');
      editor(el, 'role-left').click();
      await el.updateComplete;
      expect(planOf(el).roles[col - 2]).to.equal('Demand lead');
      editor(el, 'role-remove').click();
      await el.updateComplete;
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'role.rename', from: 'Demand gen lead', to: 'Demand lead' },
        { type: 'role.move', role: 'Demand lead', from: col - 1, to: col - 2 },
        { type: 'role.remove', role: 'Demand lead', index: col - 2 },
      ]);
      expect(planOf(el).roles).to.not.include('Demand lead');
      expect(planOf(el).steps[1]!.raci.backup).to.equal(undefined);
    });

    it('carries a role rename to every owner, done-by and reviewer in one change, and undoes it exactly', async () => {
      const role = 'Copywriter';
      const plan = makePlan({
        roles: [...makePlan().roles, role],
        blockers: [makeBlocker({ id: 'b-copy', owner: role }), makeBlocker({ id: 'b-design', owner: 'Designer' })],
        checklist: [makeItem({ id: 'c-copy', owner: role })],
        approvals: [makeApproval({ id: 'r-copy', requestedFrom: role })],
      });
      const el = await render(plan);
      const changes = recordChanges(el);
      await focusCell(el, 1, plan.roles.length);
      await fill(el, 'role-name', 'Designer');
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'role.rename', from: role, to: 'Designer' }]);
      const renamed = planOf(el);
      expect(renamed.blockers.map((b) => b.owner)).to.deep.equal(['Designer', 'Designer']);
      expect(renamed.checklist[0]!.owner).to.equal('Designer');
      expect(renamed.approvals[0]!.requestedFrom).to.equal('Designer');
      const notice = part(el, '[part=undo]');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Role “Copywriter” renamed “Designer” in 1 blocker, 1 checklist item and 1 review. Undo');
      (notice.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      // Back where it was written, and only there: the blocker Designer owned before stays Designer's.
      expect(planOf(el).blockers.map((b) => b.owner)).to.deep.equal([role, 'Designer']);
      expect(planOf(el).checklist[0]!.owner).to.equal(role);
      expect(planOf(el).approvals[0]!.requestedFrom).to.equal(role);
      expect(planOf(el).roles).to.deep.equal(plan.roles);
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'role.rename', from: role, to: 'Designer' },
        { type: 'role.rename', from: 'Designer', to: role },
      ]);
      expect(el.shadowRoot!.querySelector('[part=undo]')).to.equal(null);
    });
    it('names who holds a role under its column header and in the role editor, keyboard only; a bad email is named at its field', async () => {
      const plan = makePlan();
      const el = await render(plan);
      const changes = recordChanges(el);
      const col = plan.roles.indexOf('Marketing ops') + 1;
      await focusCell(el, 1, col);
      editor(el, 'role-person').focus();
      await typeText('Dana Kim');
      await press('Tab');
      await el.updateComplete;
      expect(planOf(el).people).to.deep.equal([{ role: 'Marketing ops', name: 'Dana Kim' }]);
      expect(cell(el, 0, col).querySelector('.holder')!.textContent).to.equal('Dana Kim');
      expect(focused(el)).to.equal(editor(el, 'role-email'));
      await typeText('dana at example');
      await press('Tab');
      await el.updateComplete;
      expect(editor(el, 'role-email').getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, '#role-email-problem').textContent).to.contain('email address');
      expect(planOf(el).people![0]!.email).to.equal(undefined);
      await expectAccessibleInBothThemes(el);
      editor(el, 'role-email').value = 'dana@example.com';
      editor(el, 'role-email').dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(planOf(el).people).to.deep.equal([{ role: 'Marketing ops', name: 'Dana Kim', email: 'dana@example.com' }]);
      await fill(el, 'role-person', '');
      expect(planOf(el).people).to.equal(undefined);
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'role.person', role: 'Marketing ops', from: null, to: 'Dana Kim', email: null },
        { type: 'role.person', role: 'Marketing ops', from: 'Dana Kim', to: 'Dana Kim', email: 'dana@example.com' },
        { type: 'role.person', role: 'Marketing ops', from: 'Dana Kim', to: null, email: null },
      ]);
    });

    it('renames the holder of a role and every owner that named them, as one change with Undo', async () => {
      const plan = makePlan({
        people: [{ role: 'Marketing ops', name: 'Dana Kim' }],
        blockers: [makeBlocker({ id: 'b-dana', owner: 'Dana Kim' }), makeBlocker({ id: 'b-ops', owner: 'Marketing ops' })],
      });
      const el = await render(plan);
      const changes = recordChanges(el);
      await focusCell(el, 1, plan.roles.indexOf('Marketing ops') + 1);
      await fill(el, 'role-person', 'Dana Lee');
      expect(planOf(el).blockers.map((b) => b.owner)).to.deep.equal(['Dana Lee', 'Marketing ops']);
      const notice = part(el, '[part=undo]');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Person “Dana Kim” renamed “Dana Lee” in 1 blocker. Undo');
      (notice.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(planOf(el)).to.deep.equal(plan);
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'role.person', role: 'Marketing ops', from: 'Dana Kim', to: 'Dana Lee', email: null },
        { type: 'role.person', role: 'Marketing ops', from: 'Dana Lee', to: 'Dana Kim', email: null },
      ]);
    });
  });

  describe('announcements', () => {
    const announcer = (el: PreflightRaci) => part(el, '[part=announcer]');
    const control = (el: PreflightRaci, name: string) => part<HTMLInputElement>(el, `[part=editor] [name="${name}"]`);

    it('announces each cell edit politely, by step, role and new letter, keyboard only', async () => {
      const el = await render(makePlan());
      const live = announcer(el);
      expect([live.getAttribute('role'), live.getAttribute('aria-live'), live.textContent]).to.deep.equal(['status', 'polite', '']);
      await focusCell(el, 2, 1);
      await press('ArrowRight');
      await press('ArrowRight');
      const role = planOf(el).roles[2]!;
      await press('c');
      await el.updateComplete;
      expect(live.textContent).to.equal(`Creative production, ${role}: now Consulted`);
      await press('Delete');
      await el.updateComplete;
      expect(live.textContent).to.equal(`Creative production, ${role}: cleared`);
      await press('Space');
      await el.updateComplete;
      expect(live.textContent).to.equal(`Creative production, ${role}: now Responsible`);
    });

    it('announces adding, renaming, reordering and removing steps and roles', async () => {
      const el = await render(makePlan());
      const heard: string[] = [];
      const listen = async () => {
        await el.updateComplete;
        heard.push(announcer(el).textContent!.trim());
      };
      await focusCell(el, 2, 1);
      control(el, 'step-up').click();
      await listen();
      await openAdd(el, 'new-step');
      const add = control(el, 'new-step');
      add.value = 'Legal review';
      add.form!.requestSubmit();
      await listen();
      const rename = control(el, 'role-name');
      rename.value = 'Marketing operations';
      rename.dispatchEvent(new Event('change'));
      await listen();
      control(el, 'role-right').click();
      await listen();
      await openAdd(el, 'new-role');
      const role = control(el, 'new-role');
      role.value = 'Finance';
      role.form!.requestSubmit();
      await listen();
      control(el, 'role-remove').click();
      await listen();
      control(el, 'step-remove').click();
      await listen();
      const roles = makePlan().roles.length;
      expect(heard).to.deep.equal([
        'Step “Creative production” moved to position 1 of 5',
        'Step “Legal review” added at position 6 of 6',
        'Role “Marketing ops” renamed “Marketing operations”',
        `Role “Marketing operations” moved to position 2 of ${roles}`,
        `Role “Finance” added at position ${roles + 1} of ${roles + 1}`,
        'Role “Marketing operations” removed',
        'Step “Creative production” removed',
      ]);
    });

    it('announces nothing for a cancelled edit or when readonly', async () => {
      const el = await render(makePlan());
      recordChanges(el, { cancel: true });
      await focusCell(el, 1, 1);
      await press('c');
      await el.updateComplete;
      expect(announcer(el).textContent).to.equal('');
      el.readonly = true;
      await el.updateComplete;
      await focusCell(el, 1, 1);
      await press('a');
      await el.updateComplete;
      expect(announcer(el).textContent).to.equal('');
    });

    it('has no axe violations after an announcement, in both themes', async () => {
      const el = await render(makePlan());
      await focusCell(el, 1, 1);
      await press('c');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('store binding', () => {
    it('loads from a store, saves edits with their revision and shows the status', async () => {
      const store = createMemoryStore();
      await store.put(makePlan());
      const el = await mount<PreflightRaci>(html`<preflight-raci plan-id="plan-1" .store=${store} now=${NOW}></preflight-raci>`);
      await until(() => parts(el, '[role=grid]').length === 1, 'the stored plan');
      expect(part(el, '[part=status]').textContent).to.match(/memory only|saved/i);
      await focusCell(el, 1, 1);
      await press('i');
      const savedRevision = () => (el.plan as Plan).revision;
      await until(() => savedRevision() === 2, 'the edit to be saved');
      const stored = await store.get('plan-1');
      expect(stored?.steps[0]!.raci.informed).to.include('Marketing ops');
    });

    it('shows a change saved in another tab live, through the IndexedDB store and its BroadcastChannel', async () => {
      const name = `preflight-raci-test-${Math.random().toString(36).slice(2)}`;
      const tabA = await openPlanStore({ name });
      const tabB = await openPlanStore({ name });
      await tabA.put(makePlan());
      const el = await mount<PreflightRaci>(html`<preflight-raci plan-id="plan-1" .store=${tabA} now=${NOW}></preflight-raci>`);
      await until(() => parts(el, '[role=grid]').length === 1, 'the stored plan');
      const changes = recordChanges(el);
      const other = (await tabB.get('plan-1'))!;
      await tabB.put({ ...other, steps: other.steps.map((s, i) => (i === 0 ? { ...s, name: 'Renamed in tab B' } : s)) });
      await until(() => cell(el, 1, 0).textContent?.trim() === 'Renamed in tab B', 'the other tab\'s change');
      expect(changes).to.have.length(0);
      tabA.close();
      tabB.close();
      indexedDB.deleteDatabase(name);
    });

    it('shows a conflict and offers a reload instead of overwriting a newer plan', async () => {
      const store = createMemoryStore();
      await store.put(makePlan());
      // A store that hides other writers' changes, so this element's next save is based on a stale revision.
      const deaf: PlanStore = Object.assign(Object.create(store) as PlanStore, { subscribe: () => () => {} });
      const el = await mount<PreflightRaci>(html`<preflight-raci plan-id="plan-1" .store=${deaf} now=${NOW}></preflight-raci>`);
      await until(() => parts(el, '[role=grid]').length === 1, 'the stored plan');
      const current = (await store.get('plan-1'))!;
      await store.put({ ...current, roles: [...current.roles, 'Finance'] });
      await focusCell(el, 1, 1);
      await press('a');
      await until(() => parts(el, '[part=conflict]').length === 1, 'the conflict notice');
      expect((await store.get('plan-1'))!.steps[0]!.raci.accountable).to.deep.equal(['Demand gen lead']);
      part<HTMLButtonElement>(el, '[part=conflict] button').click();
      await until(() => parts(el, '[part=conflict]').length === 0 && (el.plan as Plan | undefined)?.roles.includes('Finance') === true, 'the reload');
      expect(cell(el, 0, (el.plan as Plan).roles.length).textContent).to.contain('Finance');
    });

    it('binds to the page\'s IndexedDB store with plan-id and persist', async () => {
      const store = await openPlanStore();
      await store.put({ ...makePlan(), id: 'persisted-plan' }).catch(() => undefined);
      const el = await mount<PreflightRaci>(html`<preflight-raci plan-id="persisted-plan" persist now=${NOW}></preflight-raci>`);
      await until(() => parts(el, '[role=grid]').length === 1, 'the stored plan');
      expect(part(el, '.store-status').textContent?.trim()).to.equal('Saved');
      store.close();
    });
  });
});
