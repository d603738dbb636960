import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { makeBlocker, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-blocker-log.js';
import type { PreflightBlockerLog } from './blocker-log.js';
import { ignoreResizeObserverNotice } from './testing.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, focused, mountIn, part, parts, press, showsInHost, until, type Frame } from '../shared/testing.js';

const NOW = '2026-08-28T12:00:00Z';

/** Overdue and escalated first (sorted by due), then one on time with the longest category. */
const plan = () =>
  makePlan({
    checklist: [makeItem({ id: 'consent', label: 'Consent language reviewed by legal' })],
    blockers: [
      makeBlocker({ id: 'late', title: 'Field mapping broken', due: '2026-08-26', severity: 'high', raisedAt: '2026-08-10T09:00:00Z' }),
      makeBlocker({ id: 'soon', title: 'Legal copy pending', owner: 'Legal', due: '2026-09-02', severity: 'critical', category: 'structural-bottleneck', raisedAt: '2026-08-25T09:00:00Z', blocks: { kind: 'item', id: 'consent' } }),
    ],
  });

/** The log in a column of this many rem on a 1280 px page, as in a workspace's main column. */
const column = (rem: number): Frame => ({ name: `a ${rem}rem column`, viewport: { width: 1280, height: 800 }, wrap: (log) => html`<div style="width: ${rem}rem">${log}</div>` });

async function show(rem: number): Promise<PreflightBlockerLog> {
  const el = await mountIn<PreflightBlockerLog>(column(rem), html`<preflight-blocker-log .plan=${plan()} now=${NOW}></preflight-blocker-log>`);
  await until(() => parts(el, '[part~=row]').length === 2, 'the rows');
  return el;
}

const cell = (el: PreflightBlockerLog, id: string, col: number) => part(el, `[part~=row][data-id="${id}"] [data-c="${col}"]`);
const header = (el: PreflightBlockerLog, col: number) => part(el, `[role=columnheader][data-c="${col}"]`);
const at = (el: PreflightBlockerLog) => {
  const f = focused(el);
  return f ? [Number(f.getAttribute('data-r')), Number(f.getAttribute('data-c'))] : null;
};
const box = (node: Element) => node.getBoundingClientRect();
/** Whether a node's text fits its content box unclipped, to the fraction of a pixel (an ellipsis shows from the first one over). */
function textFits(node: HTMLElement): boolean {
  const range = document.createRange();
  range.selectNodeContents(node);
  const style = getComputedStyle(node);
  const inner = box(node).width - ['borderLeftWidth', 'paddingLeft', 'paddingRight', 'borderRightWidth'].reduce((sum, side) => sum + parseFloat(style[side as 'paddingLeft']), 0);
  return range.getBoundingClientRect().width <= inner + 0.01;
}

describe('<preflight-blocker-log> as a table narrower than its columns', () => {
  ignoreResizeObserverNotice();
  after(() => setViewport(DEFAULT_VIEWPORT));

  it('orders the columns: blocker, status, severity, due, owner, the row\'s buttons, then category, blocks, raised, days blocked', async () => {
    const el = await show(57);
    expect(parts(el, '[role=columnheader]').map((h) => h.textContent)).to.deep.equal(['Blocker', 'Status', 'Severity', 'Due', 'Owner', 'Edit', 'Action', 'Findings', 'Category', 'Blocks', 'Raised', 'Days blocked']);
    expect(cell(el, 'late', 1).textContent).to.equal('Overdue · escalated to RevOps (level 1)');
    expect(cell(el, 'soon', 8).textContent).to.equal('Structural bottleneck');
  });

  it('at 57rem shows the first row\'s status and its Edit, Resolve and findings buttons inside the host, without scrolling sideways', async () => {
    const el = await show(57);
    const first = parts(el, '[part~=row]').sort((a, b) => box(a).top - box(b).top)[0]!;
    expect(first.dataset.id).to.equal('late');
    for (const [what, node] of [
      ['title', cell(el, 'late', 0)],
      ['status', cell(el, 'late', 1)],
      ['Edit', part(el, '[data-id=late] [part=edit-button]')],
      ['Resolve', part(el, '[data-id=late] [part=action]')],
      ['findings', part(el, '[data-id=late] [part=findings-button]')],
    ] as const) expect(showsInHost(el, node), what).to.equal(true);
    for (const button of parts(el, '[data-id=late] button')) expect(textFits(button), button.textContent!).to.equal(true);
    const escalation = part(el, '[data-id=late] [part=escalation]');
    expect(escalation.scrollHeight, 'the status in at most two lines').to.be.at.most(escalation.clientHeight + 1);
    expect(part(el, '.body').scrollLeft).to.equal(0);
    expect(showsInHost(el, cell(el, 'soon', 8)), 'the category, out of room at 57rem').to.equal(false);
  });

  it('at 64rem shows the category too; at 100rem every column', async () => {
    const el = await show(64);
    for (const id of ['late', 'soon']) expect(showsInHost(el, cell(el, id, 8)), `${id}: category`).to.equal(true);
    const wide = await show(100);
    for (let col = 0; col < 12; col++) expect(showsInHost(wide, col >= 5 && col <= 7 ? cell(wide, 'soon', col).parentElement! : cell(wide, 'soon', col)), `column ${col}`).to.equal(true);
  });

  it('goes from the title to the status with ArrowRight; End scrolls the rows and the headers together, keeping the title in sight and the focused cell clear of it', async () => {
    const el = await show(57);
    cell(el, 'late', 0).focus();
    await press('ArrowRight');
    expect(at(el)).to.deep.equal([1, 1]);
    await press('End');
    expect(at(el)).to.deep.equal([1, 11]);
    const body = part(el, '.body');
    expect(body.scrollLeft).to.be.above(0);
    await until(() => part(el, '.head').scrollLeft === body.scrollLeft, 'the headers to follow the rows');
    expect(showsInHost(el, focused(el)!), 'the focused cell').to.equal(true);
    expect(box(header(el, 11)).left).to.be.closeTo(box(focused(el)!).left, 1);
    const title = cell(el, 'late', 0);
    expect(showsInHost(el, title), 'the sticky title').to.equal(true);
    expect(box(title).left).to.be.closeTo(box(body).left, 1);
    expect(box(title).height, 'the sticky title covers its row').to.be.closeTo(box(title.parentElement!).height - 1, 1);
    expect(box(header(el, 0)).left).to.be.closeTo(box(body).left, 1);
    // Back along the row: each cell scrolls into view to the right of the title, never under it.
    for (let col = 10; col >= 1; col--) {
      await press('ArrowLeft');
      expect(at(el)).to.deep.equal([1, col]);
      expect(box(focused(el)!).left, `column ${col}`).to.be.at.least(box(cell(el, 'late', 0)).right - 1);
      expect(showsInHost(el, focused(el)!.closest('[role=gridcell]') ?? focused(el)!), `column ${col}`).to.equal(true);
    }
    await press('ArrowLeft');
    expect(at(el)).to.deep.equal([1, 0]);
  });

  it('scrolls the column headers and the rows together when focus moves along the headers', async () => {
    const el = await show(57);
    cell(el, 'late', 0).focus();
    await press('End');
    await press('ArrowUp');
    expect(at(el)).to.deep.equal([0, 11]);
    expect(showsInHost(el, header(el, 11))).to.equal(true);
    await press('Home');
    expect(at(el)).to.deep.equal([0, 0]);
    await press('ArrowRight');
    expect(at(el)).to.deep.equal([0, 1]);
    expect(showsInHost(el, header(el, 1))).to.equal(true);
    expect(box(header(el, 1)).left).to.be.at.least(box(header(el, 0)).right - 1);
    await until(() => part(el, '.body').scrollLeft === part(el, '.head').scrollLeft, 'the rows to follow the headers');
    expect(box(cell(el, 'late', 1)).left).to.be.closeTo(box(header(el, 1)).left, 1);
  });

  it('moves the headers with the rows when the rows are scrolled sideways, and the rows with the headers', async () => {
    const el = await show(57);
    const body = part(el, '.body');
    const head = part(el, '.head');
    body.scrollLeft = 120;
    await until(() => head.scrollLeft === 120, 'the headers to follow');
    expect(box(header(el, 3)).left).to.be.closeTo(box(cell(el, 'late', 3)).left, 1);
    head.scrollLeft = 40;
    await until(() => body.scrollLeft === 40, 'the rows to follow');
  });

  it('has no axe violations in the light and the dark theme, scrolled sideways', async () => {
    const el = await show(57);
    cell(el, 'late', 0).focus();
    await press('End');
    await expectAccessibleInBothThemes(el);
  });
});
