/**
 * The embed page showing a team plan live (`#widget=…&sync=ws://…&plan=…&token=…`), as Notion
 * shows it: cross-origin iframes of the built site (127.0.0.1; these tests run on localhost), each
 * with its own token, so each frame has its own provider and its own IndexedDB copy (or none, in a
 * sandbox), all against the real team server the runner starts. Needs the built site (`npm test`
 * builds it first). Every wait is for a condition, never for a time.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Plan } from '../../packages/core/src/index.js';
import { makeItem, makePlan } from '../../packages/core/src/testing/factories.js';
import { embedHash } from '../../packages/workspace/src/embed/config.js';
import { encodeSnapshot } from '../../packages/workspace/src/embed/snapshot.js';
import { loadEmbed, removeEmbedFrames } from './support/embed-frame.js';
import { eventually, freshPlanId, putTeamPlan, serverEventually, shareToken, teamServer } from '../../packages/components/src/shared/team-sync/testing.js';


let origin = '';
let wsUrl = '';

before(async () => {
  ({ origin } = await executeServerCommand<{ origin: string }, undefined>('site-server'));
  ({ wsUrl } = await teamServer());
});

afterEach(() => {
  removeEmbedFrames();
});

/** Loads the embed page with `hash` in a cross-origin iframe; resolves with its URL and what it shows once settled. */
const embed = (hash: string, sandbox?: string) => loadEmbed(origin, hash, { sandbox, width: 640, height: 420 });

/** Runs a script in the frame at `url` (its value comes back as JSON). */
const inFrame = <T>(url: string, script: string): Promise<T> => executeServerCommand<T, { url: string; script: string }>('site-frame-eval', { url, script });

/** The frame's widget, in the frame's own script. */
const WIDGET = `document.querySelector('#embed > [plan-id]')`;

/** What the frame shows now: rendered text through the shadow roots. */
const frameText = (url: string) =>
  inFrame<string>(
    url,
    `(() => { const out = []; const walk = (n) => { if (n.nodeType === 3) out.push(n.textContent); if (n.localName === 'style') return; if (n.shadowRoot) walk(n.shadowRoot); for (const c of n.childNodes) walk(c); }; walk(document.body); return out.join(' ').replace(/\\s+/g, ' '); })()`,
  );

/** Clicks the checklist item's box in the frame. */
const check = (url: string) => inFrame<boolean>(url, `(${WIDGET}.shadowRoot.querySelector('li[data-id="item-1"] input[type=checkbox]').click(), true)`);
const isChecked = (url: string) => inFrame<boolean>(url, `Boolean(${WIDGET}?.shadowRoot?.querySelector('li[data-id="item-1"] input[type=checkbox]')?.checked)`);

const teamHash = (widget: 'checklist' | 'raci' | 'badge' | 'blocker-log', planId: string, token: string) =>
  embedHash({ widget, source: { kind: 'team', url: wsUrl, planId, token }, theme: 'light', readonly: false });

async function teamPlan(): Promise<Plan> {
  const plan = makePlan({ id: freshPlanId('team-embed'), checklist: [makeItem({ id: 'item-1', label: 'Landing page QA' })] });
  await putTeamPlan(plan);
  return plan;
}

describe('embed page with a team plan (sync=)', () => {
  it('two embeds with editors’ links edit one plan live, and each sees the other', async () => {
    const plan = await teamPlan();
    const alice = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'editor', 'Alice Martin')));
    const bob = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'editor', 'Bob')));
    for (const { view } of [alice, bob]) {
      expect(view.state).to.equal('ready');
      expect(view.text).to.include('Landing page QA');
    }
    await eventually(async () => (await frameText(alice.url)).includes('Live') && (await frameText(bob.url)).includes('Live'), 'both frames live');
    await eventually(async () => (await frameText(alice.url)).includes('Bob (editor)') && (await frameText(bob.url)).includes('Alice Martin (editor)'), 'each frame to show the other person');
    await check(alice.url);
    await eventually(() => isChecked(bob.url), 'Alice’s check in Bob’s frame');
    await serverEventually(plan.id, (p) => p.checklist[0]!.doneAt !== undefined, 'the server to hold the check');
  });

  it('offline in one frame: the edit waits, counted, and reaches the other frame once back', async () => {
    const plan = await teamPlan();
    const alice = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'editor', 'Alice Martin')));
    const bob = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'editor', 'Bob')));
    await eventually(async () => (await frameText(alice.url)).includes('Live') && (await frameText(bob.url)).includes('Live'), 'both frames live');
    await inFrame(alice.url, `(${WIDGET}.store.disconnect(), true)`);
    await eventually(async () => (await frameText(alice.url)).includes('Offline'), 'Alice’s frame offline');
    await check(alice.url);
    await eventually(async () => (await frameText(alice.url)).includes('Offline — 1 change waiting'), 'the change counted as waiting');
    expect(await isChecked(bob.url)).to.equal(false);
    await inFrame(alice.url, `(${WIDGET}.store.reconnect(), true)`);
    await eventually(() => isChecked(bob.url), 'the waiting change to reach Bob’s frame');
    await eventually(async () => !(await frameText(alice.url)).includes('waiting'), 'nothing waiting in Alice’s frame');
  });

  it('the same field changed in two frames at once: the frame whose change lost shows the notice', async () => {
    const plan = await teamPlan();
    const alice = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'editor', 'Alice Martin')) + '&now=2026-08-20T09:00:00Z');
    const bob = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'editor', 'Bob')) + '&now=2026-08-21T09:00:00Z');
    await eventually(async () => (await frameText(alice.url)).includes('Live') && (await frameText(bob.url)).includes('Live'), 'both frames live');
    await inFrame(alice.url, `(${WIDGET}.store.disconnect(), true)`);
    await eventually(async () => (await frameText(alice.url)).includes('Offline'), 'Alice’s frame offline');
    await check(alice.url);
    await check(bob.url);
    await serverEventually(plan.id, (p) => p.checklist[0]!.doneAt === '2026-08-21T09:00:00Z', 'the server to hold Bob’s check');
    await inFrame(alice.url, `(${WIDGET}.store.reconnect(), true)`);
    const doneAt = (url: string) => inFrame<string>(url, `${WIDGET}.store.get(${JSON.stringify(plan.id)}).then((p) => p.checklist[0].doneAt)`);
    await eventually(async () => !(await frameText(alice.url)).includes('Offline') && (await doneAt(alice.url)) === (await doneAt(bob.url)), 'both frames to agree');
    const kept = await doneAt(alice.url);
    const [loser, winner] = kept === '2026-08-21T09:00:00Z' ? [alice, bob] : [bob, alice];
    await eventually(async () => (await frameText(loser.url)).includes('was replaced'), 'the notice in the losing frame');
    expect(await frameText(loser.url)).to.include(`Your change to Landing page QA done at was replaced: now ${kept}`);
    expect(await frameText(winner.url)).not.to.include('was replaced');
  });

  it('with a viewer’s link: read-only, no edit controls, and a forced write refused', async () => {
    const plan = await teamPlan();
    const viewer = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'viewer', 'Vera Viewer')));
    expect(viewer.view.state).to.equal('ready');
    await eventually(async () => (await frameText(viewer.url)).includes('Live · Read-only'), 'live and read-only');
    expect(await inFrame<boolean>(viewer.url, `${WIDGET}.shadowRoot.querySelector('[part~="edit-button"], [part~="remove-button"], form') === null`)).to.equal(true);
    expect(await inFrame<boolean>(viewer.url, `${WIDGET}.shadowRoot.querySelector('input[type=checkbox]').disabled`)).to.equal(true);
    const refusal = await inFrame<string>(viewer.url, `${WIDGET}.store.get(${JSON.stringify(plan.id)}).then((p) => ${WIDGET}.store.put({ ...p, campaign: { ...p.campaign, name: 'forced' } })).then(() => 'saved', (e) => e.message)`);
    expect(refusal).to.match(/read-only: this link lets you view it, not edit it/);
  });

  it('in a sandboxed frame with storage blocked: live from the server, in memory, and says so', async () => {
    const plan = await teamPlan();
    const frame = await embed(teamHash('checklist', plan.id, await shareToken(plan.id, 'editor', 'Sandy')), 'allow-scripts');
    expect(frame.view.state).to.equal('ready');
    expect(frame.view.text).to.include('Storage is blocked here, so this embed keeps nothing offline').and.include('Landing page QA');
    await eventually(async () => (await frameText(frame.url)).includes('Live'), 'live');
    await check(frame.url);
    await serverEventually(plan.id, (p) => p.checklist[0]!.doneAt !== undefined, 'the sandboxed frame’s edit on the server');
  });

  it('loads the sync client (embed-team-sync.js) only for a team plan', async () => {
    const plan = await teamPlan();
    const loaded = `Boolean(document.querySelector('script[src$="/embed-team-sync.js"]')) && '__preflightTeamSync' in globalThis`;
    const team = await embed(teamHash('badge', plan.id, await shareToken(plan.id, 'viewer', 'Vera Viewer')), 'allow-scripts');
    expect(await inFrame<boolean>(team.url, loaded)).to.equal(true);
    const snapshot = await embed(embedHash({ widget: 'badge', source: { kind: 'snapshot', data: await encodeSnapshot(plan) }, theme: 'light', readonly: true }), 'allow-scripts');
    expect(snapshot.view.state).to.equal('ready');
    expect(await inFrame<boolean>(snapshot.url, `Boolean(document.querySelector('script[src$="/embed-team-sync.js"]')) || '__preflightTeamSync' in globalThis`)).to.equal(false);
  });

  it('names a refused link in the frame', async () => {
    const plan = await teamPlan();
    const other = await teamPlan();
    const { view } = await embed(teamHash('raci', plan.id, await shareToken(other.id, 'viewer', 'Mallory')), 'allow-scripts');
    expect(view.state).to.equal('error');
    expect(view.text).to.include(`The team server refused this link to plan “${plan.id}”`).and.include(`the token is for plan "${other.id}"`);
  });

  it('names bad sync parameters in the frame', async () => {
    const missing = await embed('#widget=raci&sync=wss%3A%2F%2Fteam.example.com', 'allow-scripts');
    expect(missing.view.state).to.equal('error');
    expect(missing.view.text).to.include('plan is missing: sync needs the id of the team plan').and.include('token is missing: sync needs a share token');
    const scheme = await embed('#widget=raci&sync=https%3A%2F%2Fteam.example.com&plan=p&token=t', 'allow-scripts');
    expect(scheme.view.text).to.include('sync must be the wss: URL of a Preflight team server (got https:)');
    const lone = await embed('#widget=raci&plan=p&token=t', 'allow-scripts');
    expect(lone.view.text).to.include('token is only used with sync');
  });
});
