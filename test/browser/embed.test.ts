/**
 * The embed page as Notion shows it: inside a cross-origin iframe (the site is served from
 * 127.0.0.1, these tests run on localhost), sandboxed or not, for each data source.
 * Needs the built site (`npm test` builds it first).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { makeApproval, makeBlocker, makePlan } from '../../packages/core/src/testing/factories.js';
import { encodeSnapshot } from '../../packages/workspace/src/embed/snapshot.js';
import { embedHash } from '../../packages/workspace/src/embed/config.js';
import { loadEmbed, removeEmbedFrames, type FrameView } from './support/embed-frame.js';


let origin = '';

/** Loads `embed.html<hash>` in a cross-origin iframe and returns what it shows once settled. */
const embed = async (hash: string, sandbox?: string): Promise<FrameView> => (await loadEmbed(origin, hash, { sandbox })).view;

const plan = makePlan({ id: 'embed-plan', campaign: { ...makePlan().campaign, name: 'Embedded launch <b>plan</b>' }, blockers: [makeBlocker()] });

before(async () => {
  ({ origin } = await executeServerCommand<{ origin: string }, undefined>('site-server'));
  expect(new URL(origin).origin).not.to.equal(location.origin);
});

afterEach(() => {
  removeEmbedFrames();
});

describe('embed page in a cross-origin iframe', () => {
  it('shows a plan from the browser store by id, live from that origin\u2019s storage', async () => {
    // Seed the second origin's store (partitioned under this page) through a frame of that origin.
    const seeder = `${origin}/embed.html#widget=badge&plan=seeding`;
    await embed('#widget=badge&plan=seeding');
    await executeServerCommand('site-frame-eval', {
      url: seeder,
      script: `import('/preflight-store.js').then((m) => m.openPlanStore()).then((s) => s.put(${JSON.stringify(plan)}, { baseRevision: 0 })).then(() => true)`,
    });
    const view = await embed('#widget=raci&plan=embed-plan&theme=dark');
    expect(view.state).to.equal('ready');
    expect(view.theme).to.equal('dark');
    expect(view.text).to.include('Campaign brief intake');
    expect(view.text).to.include('Saved');
  });

  it('is transparent in a frame, so the host page shows through, and draws the theme’s surface opened on its own', async () => {
    const data = await encodeSnapshot(plan);
    const framed = await embed(`#widget=badge&data=${data}&theme=dark`, 'allow-scripts');
    expect(framed.background).to.equal('rgba(0, 0, 0, 0)');
    expect(framed.color, 'light text for a dark host page').to.equal('rgb(230, 230, 230)');
    for (const [theme, scheme, background, color] of [
      ['dark', 'light', 'rgb(25, 25, 25)', 'rgb(230, 230, 230)'],
      ['auto', 'dark', 'rgb(25, 25, 25)', 'rgb(230, 230, 230)'],
      ['light', 'dark', 'rgb(255, 255, 255)', 'rgb(25, 25, 25)'],
    ] as const) {
      const tab = await executeServerCommand<FrameView, { url: string; scheme: string }>('site-page', { url: `${origin}/embed.html#widget=badge&data=${data}&theme=${theme}`, scheme });
      expect(tab.state, `theme ${theme} on a ${scheme} system`).to.equal('ready');
      expect([tab.background, tab.color], `theme ${theme} on a ${scheme} system`).to.deep.equal([background, color]);
    }
  });

  it('shows a snapshot carried in the link, read-only, in a sandbox without storage', async () => {
    const data = await encodeSnapshot(plan);
    const view = await embed(`#widget=badge&data=${data}`, 'allow-scripts');
    expect(view.state).to.equal('ready');
    expect(view.text).to.include('Read-only snapshot');
    expect(view.text).to.match(/Blocked|At risk|Ready/);
  });

  // The campaign and brief, the timeline and the reviews, each from a snapshot link as a Notion page or an intranet page gets it.
  for (const [widget, shows, editControl] of [
    ['brief', 'Grow pipeline from EMEA mid-market', 'Edit brief'],
    // The timeline keeps its Edit buttons in the page, hidden, when read-only: its own tests check them.
    ['timeline', 'Campaign brief intake', undefined],
    ['approvals', 'Launch review', 'Request a review'],
  ] as const) {
    it(`shows the ${widget} widget from a snapshot link, read-only, with the plan’s text as text`, async () => {
      const withReview = { ...plan, approvals: [makeApproval()] };
      const view = await embed(`#widget=${widget}&data=${await encodeSnapshot(withReview)}&now=2026-08-28T12:00:00Z&theme=light`, 'allow-scripts');
      expect(view.state, view.text).to.equal('ready');
      expect(view.text).to.include(shows).and.include('Read-only snapshot');
      if (widget === 'brief') expect(view.text).to.include('Embedded launch <b>plan</b>');
      if (editControl) expect(view.text).not.to.include(editControl);
    });
  }

  it('reports a snapshot that was cut short, naming data', async () => {
    const data = await encodeSnapshot(plan);
    const view = await embed(`#widget=badge&data=${data.slice(0, 40)}`, 'allow-scripts');
    expect(view.state).to.equal('error');
    expect(view.text).to.include('data cannot be decompressed');
  });

  it('fetches a plan JSON from a URL that allows it (CORS), read-only', async () => {
    await executeServerCommand('site-fixture', { path: '/plans/open.json', body: JSON.stringify(plan), cors: true });
    const view = await embed(`#widget=raci&src=${encodeURIComponent(`${origin}/plans/open.json`)}`, 'allow-scripts');
    expect(view.state).to.equal('ready');
    expect(view.text).to.include('Campaign brief intake');
    expect(view.text).to.include('Read-only');
    expect(view.text).not.to.include('Add a step');
  });

  it('picks one plan out of an export file by plan=', async () => {
    const other = makePlan({ id: 'other-plan', campaign: { ...makePlan().campaign, name: 'Other campaign' } });
    const file = { format: 'preflight-plans', version: 1, exportedAt: '2026-08-20T09:00:00Z', plans: [other, plan] };
    await executeServerCommand('site-fixture', { path: '/plans/export.json', body: JSON.stringify(file), cors: true });
    const src = encodeURIComponent(`${origin}/plans/export.json`);
    const chosen = await embed(`#widget=raci&src=${src}&plan=embed-plan`, 'allow-scripts');
    expect(chosen.state).to.equal('ready');
    const ambiguous = await embed(`#widget=raci&src=${src}`, 'allow-scripts');
    expect(ambiguous.state).to.equal('error');
    expect(ambiguous.text).to.include('choose one with plan=').and.include('other-plan');
  });

  it('says clearly when the server refuses other sites (no CORS header)', async () => {
    await executeServerCommand('site-fixture', { path: '/plans/closed.json', body: JSON.stringify(plan), cors: false });
    const view = await embed(`#widget=raci&src=${encodeURIComponent(`${origin}/plans/closed.json`)}`, 'allow-scripts');
    expect(view.state).to.equal('error');
    expect(view.text).to.include('could not be fetched').and.include('CORS').and.include('Access-Control-Allow-Origin');
  });

  it('says clearly when the network refuses (nothing listening)', async () => {
    const view = await embed(`#widget=raci&src=${encodeURIComponent('http://127.0.0.1:9/plan.json')}`, 'allow-scripts');
    expect(view.state).to.equal('error');
    expect(view.text).to.include('network is down');
  });

  it('reports an HTTP error status', async () => {
    await executeServerCommand('site-fixture', { path: '/plans/gone.json', body: '{}', cors: true, status: 404 });
    const view = await embed(`#widget=raci&src=${encodeURIComponent(`${origin}/plans/gone.json`)}`, 'allow-scripts');
    expect(view.text).to.include('HTTP 404');
  });

  it('falls back to memory and says so when storage is blocked (sandbox without allow-same-origin)', async () => {
    const view = await embed('#widget=raci&plan=embed-plan', 'allow-scripts');
    expect(view.state).to.equal('error');
    expect(view.text).to.include('Storage is blocked here, so this embed keeps plans in memory only');
    expect(view.text).to.include('snapshot link');
  });

  it('names every invalid hash parameter', async () => {
    const view = await embed('#widget=gantt&plan=ok&theme=sepia&now=yesterday&extra=1', 'allow-scripts');
    expect(view.state).to.equal('error');
    for (const param of ['widget "gantt"', 'theme "sepia"', 'now must be an ISO instant', 'extra is not a known parameter']) expect(view.text).to.include(param);
  });

  it('refuses a plain-http src from another host', async () => {
    const view = await embed(`#widget=raci&src=${encodeURIComponent('http://intranet.example.com/plan.json')}`, 'allow-scripts');
    expect(view.text).to.include('src must be an https URL');
  });

  describe('team settings in config=', () => {
    // 20:00 UTC on 1 September is already 2 September in Sydney: a blocker due on the 1st is overdue there, not in UTC.
    const now = '2026-09-01T20:00:00Z';
    const dueToday = makePlan({ id: 'tz-plan', blockers: [makeBlocker({ id: 'blk-tz', title: 'Speaker deck missing', due: '2026-09-01', raisedAt: '2026-08-25T09:00:00Z' })] });
    const hashWith = async (rules?: object) =>
      embedHash({ widget: 'blocker-log', source: { kind: 'snapshot', data: await encodeSnapshot(dueToday) }, theme: 'light', now, readonly: true, ...(rules ? { rules } : {}) });

    it('applies the team time zone carried in the link', async () => {
      const utc = await embed(await hashWith(), 'allow-scripts');
      expect(utc.state).to.equal('ready');
      expect(utc.text).to.include('Speaker deck missing').and.include('On time').and.not.include('Overdue');
      const sydney = await embed(await hashWith({ timeZone: 'Australia/Sydney' }), 'allow-scripts');
      expect(sydney.state).to.equal('ready');
      expect(sydney.text).to.include('Overdue').and.not.include('On time').and.not.include('not valid');
    });

    it('names the path of a bad setting and shows the widget with the default rules', async () => {
      const view = await embed(await hashWith({ timeZone: 'Australia/Sydney', raci: { maxConsulted: -1 } }), 'allow-scripts');
      expect(view.state).to.equal('ready');
      expect(view.text).to.include('The team settings in this link are not valid, so the default rules are used').and.include('config.raci.maxConsulted must be ≥ 0');
      expect(view.text).to.include('Speaker deck missing').and.include('On time');
    });

    it('says a config that is not JSON is cut or altered, and still shows the widget', async () => {
      const view = await embed(`${await hashWith()}&config=%7B%22timeZone`, 'allow-scripts');
      expect(view.state).to.equal('ready');
      expect(view.text).to.include('config is not JSON').and.include('Speaker deck missing');
    });
  });

  it('shows an invalid plan\u2019s problems with their paths, not a blank frame', async () => {
    const data = await encodeSnapshot({ ...plan, steps: [{ ...plan.steps[0], id: '' }] });
    const view = await embed(`#widget=raci&data=${data}`, 'allow-scripts');
    expect(view.text).to.include('this plan cannot be shown').and.include('steps[0].id');
  });
});
