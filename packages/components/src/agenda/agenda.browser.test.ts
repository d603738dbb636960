import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { agenda, agendaMarkdown, agendaSections } from '@preflight/core';
import { makeBlocker, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-agenda.js';
import type { PreflightAgenda } from './agenda.js';
import { markupPlan, seasonPlans, TEAM_NOW, thisWeekPlan } from '../stories/story-team-plans.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, focused, ManualClock, mount, mountIn, NARROW_FRAMES, part, parts, press, sidewaysOverflow, until, XSS_NAME } from '../shared/testing.js';

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const render = (plans: unknown, now = TEAM_NOW) => mount<PreflightAgenda>(html`<preflight-agenda .plans=${plans} now=${now}></preflight-agenda>`);
const section = (el: PreflightAgenda, id: string) => part(el, `[part~=section][data-id="${id}"]`);
const lines = (el: PreflightAgenda, id: string) => [...section(el, id).querySelectorAll('[part~=entry]')].map(text);

/** Wednesday 2026-09-09: a step done on Tuesday, a blocker raised with no owner nor due date, a checklist item due Thursday. */
const WED = '2026-09-09T08:00:00Z';
const small = makePlan({
  campaign: { ...makePlan().campaign, name: 'Autumn webinar' },
  steps: makePlan().steps.map((s, i) => (i === 0 ? { ...s, name: 'Write the copy', doneAt: '2026-09-08T10:00:00Z' } : s)),
  checklist: [makeItem({ id: 'lp', label: 'Landing page QA', owner: 'Marketing ops', due: '2026-09-10' })],
  blockers: [makeBlocker({ id: 'b', title: 'No final logo', owner: undefined, due: undefined, severity: 'high', raisedAt: '2026-09-08T09:00:00Z' })],
});

describe('<preflight-agenda>', () => {
  afterEach(() => setViewport(DEFAULT_VIEWPORT));

  it('shows a small plan’s Wednesday agenda, line by line', async () => {
    const el = await mount<PreflightAgenda>(html`<preflight-agenda .plan=${small} now=${WED}></preflight-agenda>`);
    expect(text(part(el, '[part~=header] h2'))).to.equal('Wednesday blocker check Sep 9');
    expect(text(part(el, '[part~=header] .covers'))).to.equal('Sprint 35 · Covers Sep 8 to Sep 9; next meeting Sep 10.');
    expect(parts(el, '[part~=section]').map((s) => text(s.querySelector('h3')!))).to.deep.equal(['Done 1', 'Blocked 1', 'Changed 1', 'Next 1', 'Breached approvals 0']);
    expect(lines(el, 'done')).to.deep.equal(['Step Write the copy Sep 8 · Demand gen lead']);
    expect(lines(el, 'blocked')).to.deep.equal(['high No final logo NO OWNER · NO DUE DATE']);
    expect(parts(el, '[data-id=blocked] [part~=flag]').map(text)).to.deep.equal(['NO OWNER', 'NO DUE DATE']);
    expect(lines(el, 'next')).to.deep.equal(['Checklist Landing page QA Sep 10 · Marketing ops']);
    expect(text(section(el, 'approvals'))).to.equal('Breached approvals 0 Nothing.');
  });

  it('lists for many plans what the core’s agenda lists, each line naming its campaign', async () => {
    const plans = [...seasonPlans, thisWeekPlan];
    for (const now of ['2026-08-17T08:00:00Z', '2026-08-19T08:00:00Z', TEAM_NOW, '2026-08-21T08:00:00Z']) {
      const el = await render(plans, now);
      const expected = agendaSections(agenda(plans, now));
      expect(parts(el, '[part~=section]').map((s) => [s.dataset.id, text(s.querySelector('h3')!)]), now).to.deep.equal(expected.map((s) => [s.id, `${s.title} ${s.entries.length}`]));
      for (const s of expected) {
        expect(lines(el, s.id).length, `${now} ${s.id}`).to.equal(s.entries.length);
        s.entries.forEach((entry, i) => {
          const words = 'campaign' in entry ? [entry.title, entry.campaign] : 'role' in entry ? [entry.role] : [entry.who];
          for (const word of words) expect(lines(el, s.id)[i], `${now} ${s.id}[${i}]`).to.contain(word);
        });
      }
      // Dates read the reader's way (the due dates of overdue blockers included), never as the plan stores them.
      expect(text(el.shadowRoot!.querySelector('.sections')!).match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [], now).to.deep.equal([]);
    }
  });

  it('copies the core’s Markdown with the keyboard and says so politely', async () => {
    const plans = [...seasonPlans, thisWeekPlan];
    const el = await render(plans);
    const copies: string[] = [];
    el.addEventListener('preflight-copy', (e) => copies.push(e.detail.markdown));
    const status = part(el, '[part~=copy-status]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('');
    part(el, '[part~=copy-button]').focus();
    await press('Enter');
    await until(() => text(status) !== '', 'the copy to be announced');
    const expected = agendaMarkdown(agenda(plans, TEAM_NOW), plans.length);
    if (text(status) === 'Agenda copied as Markdown.') {
      expect(copies).to.deep.equal([expected]);
      expect(await navigator.clipboard.readText().catch(() => expected)).to.equal(expected);
    } else {
      // A browser that refuses the clipboard: the same Markdown, to select by hand.
      expect(text(status)).to.equal('The browser did not allow copying: select the Markdown below and copy it.');
      expect(part<HTMLTextAreaElement>(el, '[part~=copy-fallback]').value).to.equal(expected);
    }
    expect(focused(el), 'focus stays on the button').to.equal(part(el, '[part~=copy-button]'));
  });

  it('where the clipboard is refused, shows the Markdown to copy by hand', async () => {
    const el = await mount<PreflightAgenda>(html`<preflight-agenda .plan=${small} now=${WED}></preflight-agenda>`);
    // A frame without clipboard access: writeText rejects, as a sandboxed embed's does.
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')) } });
    try {
      part(el, '[part~=copy-button]').click();
      await until(() => parts(el, '[part~=copy-fallback]').length === 1, 'the fallback');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(part<HTMLTextAreaElement>(el, '[part~=copy-fallback]').value).to.equal(agendaMarkdown(agenda([small], WED), 1));
    expect(part<HTMLTextAreaElement>(el, '[part~=copy-fallback]').value).to.contain('- high No final logo: NO OWNER, NO DUE DATE');
    await expectAccessibleInBothThemes(el);
  });

  it('renders text from plans as text, on the page and in the Markdown', async () => {
    const plan = makePlan({ campaign: { ...makePlan().campaign, name: XSS_NAME }, blockers: [makeBlocker({ title: XSS_NAME, raisedAt: '2026-08-19T09:00:00Z' })] });
    const el = await render([plan, markupPlan]);
    expect(lines(el, 'blocked').some((l) => l.includes(XSS_NAME))).to.equal(true);
    expect(lines(el, 'blocked').some((l) => l.includes('[click me](javascript:alert(1)) <b>bold</b>'))).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('img, a, b')).to.have.length(0);
    expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    // Every angle bracket from a plan is escaped in the Markdown.
    expect(agendaMarkdown(agenda([plan, markupPlan], TEAM_NOW), 2)).to.not.match(/(^|[^\\])[<>]/m);
  });

  it('without now, follows the clock: the page left open moves on to the next meeting at the team’s midnight', async () => {
    // Wednesday 23:59 UTC, then a minute later: Thursday's approvals review.
    const clock = new ManualClock(Date.parse('2026-09-09T23:59:00Z'));
    const el = await mount<PreflightAgenda>(html`<preflight-agenda .plan=${small} .clock=${clock}></preflight-agenda>`);
    expect(text(part(el, '[part~=header] h2'))).to.equal('Wednesday blocker check Sep 9');
    clock.advance(60_000);
    await el.updateComplete;
    expect(text(part(el, '[part~=header] h2'))).to.equal('Thursday approvals review Sep 10');
    el.remove();
    expect(clock.pending, 'no timer left once the element is gone').to.equal(0);
  });

  it('with no plans says what the agenda is made from and what to do', async () => {
    const el = await render([]);
    expect(text(part(el, '[part~=empty]'))).to.match(/^No plans for an agenda yet\. .*Add a plan/);
    expect(parts(el, '[part~=copy-button]')).to.have.length(0);
    await expectAccessibleInBothThemes(el);
  });

  it('names an unreadable plan by path and makes the agenda from the others', async () => {
    const el = await render([small, { ...small, id: 'bad', steps: 'none' }], WED);
    expect(text(part(el, '[part~=error]'))).to.contain('plans[1].steps');
    expect(lines(el, 'blocked')).to.have.length(1);
  });

  it('is accessible in both themes with many plans', async () => {
    const el = await render([...seasonPlans, thisWeekPlan]);
    await expectAccessibleInBothThemes(el);
  });

  for (const frame of NARROW_FRAMES) {
    it(`fits ${frame.name} without sideways scrolling`, async () => {
      const el = await mountIn<PreflightAgenda>(frame, html`<preflight-agenda .plans=${[...seasonPlans, thisWeekPlan]} now=${TEAM_NOW}></preflight-agenda>`);
      expect(sidewaysOverflow(el)).to.deep.equal([]);
      expect(part(el, '[part~=copy-button]').getBoundingClientRect().height).to.be.at.least(24);
    });
  }
});
