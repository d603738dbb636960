import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { makeBlocker, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-blocker-log.js';
import type { PreflightBlockerLog } from './blocker-log.js';
import { ignoreResizeObserverNotice } from './testing.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, focused, mountIn, NARROW_FRAMES, part, parts, press, showsInHost, sidewaysOverflow, until, type Frame } from '../shared/testing.js';

const NOW = '2026-08-28T12:00:00Z';

/** A plan whose longest names are what widens a narrow frame: a long unbroken title, a long step and checklist item, a long owner. */
const plan = (extra = 0) =>
  makePlan({
    checklist: [makeItem({ id: 'consent', label: 'Consent language reviewed by legal for every region where the campaign runs, the EU and California included' })],
    blockers: [
      makeBlocker({ id: 'late', title: 'Field mapping broken', due: '2026-08-26', severity: 'high', raisedAt: '2026-08-10T09:00:00Z' }),
      makeBlocker({ id: 'soon', title: 'Legal copy pending', owner: 'Legal', due: '2026-09-02', severity: 'critical', category: 'structural-bottleneck', raisedAt: '2026-08-25T09:00:00Z', blocks: { kind: 'item', id: 'consent' } }),
      makeBlocker({ id: 'long', title: 'Unsubscribe-footer-missing-from-every-regional-template-variant', owner: 'Regional marketing operations lead', due: '2026-09-20', severity: 'low' }),
      ...Array.from({ length: extra }, (_, i) => makeBlocker({ id: `blk-${i}`, title: `Blocker ${i}`, due: '2026-09-10' })),
    ],
  });

async function show(frame: Frame, p: unknown = plan()): Promise<PreflightBlockerLog> {
  return settled(await mountIn<PreflightBlockerLog>(frame, html`<preflight-blocker-log .plan=${p} now=${NOW}></preflight-blocker-log>`));
}

/** Waits until the virtualizer has rendered and measured its rows (they stop moving). */
async function settled(el: PreflightBlockerLog): Promise<PreflightBlockerLog> {
  await el.updateComplete;
  let last = '';
  let same = 0;
  await until(() => {
    const now = parts(el, '[part~=row]').map((r) => `${r.dataset.id}@${Math.round(r.getBoundingClientRect().top)}`).join();
    same = now && now === last ? same + 1 : 0;
    last = now;
    return same >= 3;
  }, `the rows to settle (${last})`);
  return el;
}

const cell = (el: PreflightBlockerLog, id: string, col: number) => part(el, `[part~=row][data-id="${id}"] [data-c="${col}"]`);
const at = (el: PreflightBlockerLog) => {
  const f = focused(el);
  return f ? [Number(f.getAttribute('data-r')), Number(f.getAttribute('data-c'))] : null;
};

/** Rows never overlap and each is as tall as the first: the virtualizer measured the card height. */
function expectRowsStacked(el: PreflightBlockerLog): void {
  const boxes = parts(el, '[part~=row]')
    .map((r) => r.getBoundingClientRect())
    .sort((a, b) => a.top - b.top);
  const height = boxes[0]!.height;
  boxes.forEach((box, i) => {
    expect(box.height).to.be.closeTo(height, 1);
    if (i > 0) expect(box.top).to.be.closeTo(boxes[i - 1]!.bottom, 1);
  });
}

describe('<preflight-blocker-log> in a narrow frame', () => {
  ignoreResizeObserverNotice();
  after(() => setViewport(DEFAULT_VIEWPORT));
  afterEach(() => setViewport(DEFAULT_VIEWPORT));

  for (const frame of NARROW_FRAMES) {
    describe(`in ${frame.name}`, () => {
      it('shows nothing beyond the host and nothing scrolls sideways, with the add form showing its errors too', async () => {
        const el = await show(frame);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        part<HTMLButtonElement>(el, '[part~=add-button]').click();
        await el.updateComplete;
        part<HTMLFormElement>(el, '[part=form]').requestSubmit();
        await el.updateComplete;
        expect(parts(el, '[part=field-error]')).to.have.length(3);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
      });

      it("shows each row's title, severity, due date, overdue and escalation level and owner in full, inside the host", async () => {
        const el = await show(frame);
        for (const [col, what] of [[0, 'title'], [2, 'severity'], [3, 'due date'], [1, 'escalation'], [4, 'owner']] as const) {
          expect(showsInHost(el, cell(el, 'late', col)), `the ${what} of an overdue blocker`).to.equal(true);
          expect(showsInHost(el, cell(el, 'soon', col)), `the ${what} of a blocker on time`).to.equal(true);
        }
        expect(cell(el, 'late', 1).textContent).to.equal('Overdue · escalated to RevOps (level 1)');
      });

      it("keeps every control of the add form inside the host's box", async () => {
        const el = await show(frame);
        part<HTMLButtonElement>(el, '[part~=add-button]').click();
        await el.updateComplete;
        const controls = parts(el, '[part=form] :is(input, select, button)');
        // Title, owner, due and its date picker button, severity, category, what it blocks, Add, Cancel.
        expect(controls).to.have.length(9);
        for (const control of controls) expect(showsInHost(el, control), `${control.localName}[name=${control.getAttribute('name')}]`).to.equal(true);
      });

      it('keeps the keyboard map: arrows, End, Ctrl+Home to the column headers (shown while focused) and back', async () => {
        const el = await show(frame);
        cell(el, 'late', 0).focus();
        await press('ArrowRight');
        expect(at(el)).to.deep.equal([1, 1]);
        await press('ArrowDown');
        expect(at(el)).to.deep.equal([2, 1]);
        expect(showsInHost(el, focused(el)!)).to.equal(true);
        await press('End');
        expect(at(el)).to.deep.equal([2, 11]);
        expect(showsInHost(el, focused(el)!)).to.equal(true);
        await press('Control+Home');
        expect(at(el)).to.deep.equal([0, 0]);
        expect(showsInHost(el, focused(el)!), 'the focused column header').to.equal(true);
        expect(part(el, '[part=grid]').getAttribute('aria-colcount')).to.equal('12');
        await press('ArrowDown');
        expect(at(el)).to.deep.equal([1, 0]);
        expect(parts(el, '[part~=row]')[0]!.getAttribute('aria-rowindex')).to.equal('2');
      });

      it('has no axe violations in the light and the dark theme', async () => {
        const el = await show(frame);
        await expectAccessibleInBothThemes(el);
      });
    });
  }

  describe('rows as cards, virtualized', () => {
    const narrow = NARROW_FRAMES[0]!;

    it('sizes the scroller to one card when there is one blocker', async () => {
      const el = await show(narrow, makePlan({ blockers: [makeBlocker({ id: 'only', due: '2026-09-10' })] }));
      const row = part(el, '[part~=row]').getBoundingClientRect();
      expect(row.height).to.be.above(100);
      expect(Math.abs(part(el, '.body').clientHeight - row.height)).to.be.at.most(2);
    });

    it('measures the taller rows at 10,000 blockers: they stack without overlapping and at most 100 are in the DOM', async () => {
      const el = await show(narrow, plan(10_000));
      expectRowsStacked(el);
      expect(parts(el, '[part~=row]').length).to.be.at.most(100);
      expect(part(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('10004');
      const body = part(el, '.body');
      body.scrollTop = body.scrollHeight;
      await until(() => parts(el, '[part~=row]').some((r) => r.getAttribute('aria-rowindex') === '10004'), 'the last row');
      await settled(el);
      expectRowsStacked(el);
      expect(parts(el, '[part~=row]').length).to.be.at.most(100);
    });

    it('jumps to any row and focuses it in view', async () => {
      const el = await show(narrow, plan(10_000));
      expect(await el.scrollToBlocker('blk-7345')).to.equal(true);
      expect(focused(el)?.closest('[part~=row]')?.getAttribute('data-id')).to.equal('blk-7345');
      const body = part(el, '.body').getBoundingClientRect();
      const box = focused(el)!.getBoundingClientRect();
      expect(box.top).to.be.at.least(body.top - 1);
      expect(box.bottom).to.be.at.most(body.bottom + 1);
      expectRowsStacked(el);
      expect(parts(el, '[part~=row]').length).to.be.at.most(100);
      await press('ArrowDown');
      expect(focused(el)?.closest('[part~=row]')?.getAttribute('data-id')).to.equal(el.visibleBlockers[el.visibleBlockers.findIndex((b) => b.id === 'blk-7345') + 1]!.id);
    });

    it('re-measures its rows when its column widens to a table and narrows again', async () => {
      const el = await show(NARROW_FRAMES[2]!, plan(200));
      const column = el.parentElement!;
      const tableRow = parts(el, '[part~=row]')[0]!.getBoundingClientRect().height;
      column.style.width = '760px';
      await settled(el);
      expectRowsStacked(el);
      expect(sidewaysOverflow(el)).to.deep.equal([]);
      column.style.width = '1600px';
      await settled(el);
      expect(parts(el, '[part~=row]')[0]!.getBoundingClientRect().height).to.be.below(tableRow);
      expectRowsStacked(el);
      column.style.width = '320px';
      await settled(el);
      expect(parts(el, '[part~=row]')[0]!.getBoundingClientRect().height).to.be.closeTo(tableRow, 1);
      expectRowsStacked(el);
      expect(sidewaysOverflow(el)).to.deep.equal([]);
    });
  });

  describe('in a flex row or a table cell', () => {
    const frames: Frame[] = [
      { name: 'a flex row', viewport: DEFAULT_VIEWPORT, wrap: (log) => html`<div style="display: flex; gap: 8px; width: 420px"><span>Side</span>${log}</div>` },
      { name: 'a table cell', viewport: DEFAULT_VIEWPORT, wrap: (log) => html`<table style="width: 420px"><tr><th>Side</th><td>${log}</td></tr></table>` },
    ];
    for (const frame of frames) {
      it(`takes the room ${frame.name} gives it and fits in it`, async () => {
        const el = await show(frame);
        const width = el.getBoundingClientRect().width;
        expect(width).to.be.above(300);
        expect(width).to.be.at.most(420);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        expect(showsInHost(el, cell(el, 'late', 1))).to.equal(true);
      });
    }
  });
});
