/**
 * Elements bound to a team plan (`sync`, `plan-id`, `token`) against the real team server the
 * runner starts (packages/server, embedded database), each person with their own token, so each
 * element has its own provider and its own IndexedDB copy. Nothing is mocked; every wait is for a
 * condition, never for a time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Plan } from '@preflight/core';
import '../../define/preflight-checklist.js';
import '../../define/preflight-badge.js';
import type { PreflightChecklist } from '../../checklist/checklist.js';
import type { PreflightBadge } from '../../badge/badge.js';
import { makeItem, makePlan } from '../../../../core/src/testing/factories.js';
import { expectAccessibleInBothThemes } from '../testing.js';
import { openTeamPlan } from './index.js';
import { connectTeamPlan, type TeamPlanStore } from './team-plan-store.js';
import { eventually, freshPlanId, getTeamPlan, putTeamPlan, serverEventually, shareToken, teamServer } from './testing.js';

const ALICE_NOW = '2026-08-20T09:00:00Z';
const BOB_NOW = '2026-08-21T09:00:00Z';

let wsUrl = '';
const stores: TeamPlanStore[] = [];

before(async () => {
  ({ wsUrl } = await teamServer());
});

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** A new team plan on the server with one open checklist item, and a token for each person. */
async function teamPlan(): Promise<{ plan: Plan; alice: string; bob: string; viewer: string }> {
  const plan = makePlan({ id: freshPlanId('team-sync'), checklist: [makeItem({ id: 'item-1', label: 'Landing page QA' })] });
  await putTeamPlan(plan);
  const [alice, bob, viewer] = await Promise.all([shareToken(plan.id, 'editor', 'Alice Martin'), shareToken(plan.id, 'editor', 'Bob'), shareToken(plan.id, 'viewer', 'Vera Viewer')]);
  return { plan, alice, bob, viewer };
}

/** The store an element with this plan and token is bound to (the page shares one per server, plan and token). */
function storeFor(planId: string, token: string): TeamPlanStore {
  const store = openTeamPlan({ url: wsUrl, planId, token });
  if (!stores.includes(store)) stores.push(store);
  return store;
}

const strip = (el: HTMLElement) => el.shadowRoot?.querySelector('preflight-team-status') ?? null;
/** What the strip shows (rendered text: its style sheet and hidden parts aside). */
const stripText = (el: HTMLElement) => ((strip(el) as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const checkbox = (el: HTMLElement) => el.shadowRoot?.querySelector<HTMLInputElement>('li[data-id="item-1"] input[type=checkbox]') ?? null;
const isDone = (el: HTMLElement) => checkbox(el)?.checked === true;

async function checklists(planId: string, aliceToken: string, bobToken: string): Promise<[PreflightChecklist, PreflightChecklist]> {
  const root = await fixture<HTMLElement>(html`<div>
    <preflight-checklist id="alice" plan-id=${planId} sync=${wsUrl} token=${aliceToken} now=${ALICE_NOW} theme="light"></preflight-checklist>
    <preflight-checklist id="bob" plan-id=${planId} sync=${wsUrl} token=${bobToken} now=${BOB_NOW} theme="light"></preflight-checklist>
  </div>`);
  const alice = root.querySelector<PreflightChecklist>('#alice')!;
  const bob = root.querySelector<PreflightChecklist>('#bob')!;
  storeFor(planId, aliceToken);
  storeFor(planId, bobToken);
  await eventually(() => stripText(alice).startsWith('Live') && stripText(bob).startsWith('Live') && checkbox(alice) !== null && checkbox(bob) !== null, 'both checklists live with the plan');
  return [alice, bob];
}

describe('elements bound to a team plan', () => {
  it('show the plan live: an edit in one appears in the other, and the server has it', async () => {
    const { plan, alice: aliceToken, bob: bobToken } = await teamPlan();
    const [alice, bob] = await checklists(plan.id, aliceToken, bobToken);
    expect(isDone(bob)).to.equal(false);
    checkbox(alice)!.click();
    await eventually(() => isDone(bob), 'Alice’s check to reach Bob');
    expect(bob.shadowRoot!.textContent).to.include('Done by Marketing ops');
    await serverEventually(plan.id, (p) => p.checklist[0]!.doneAt === ALICE_NOW, 'the server to hold the check');
    expect(stripText(alice)).to.match(/^Live/);
  });

  it('show who else is here, by name and role, in light and dark with no axe violation', async () => {
    const { plan, alice: aliceToken, bob: bobToken } = await teamPlan();
    const [alice, bob] = await checklists(plan.id, aliceToken, bobToken);
    await eventually(() => stripText(alice).includes('Bob (editor)') && stripText(bob).includes('Alice Martin (editor)'), 'each to see the other');
    const peers = strip(bob)!.querySelector('[part~="team-peers"]')!;
    expect(peers.getAttribute('aria-label')).to.equal('Also here');
    expect(peers.querySelector('.team-avatar')!.textContent).to.equal('AM');
    await expectAccessibleInBothThemes(alice);
    await expectAccessibleInBothThemes(bob);
  });

  it('with a viewer’s token: read-only, edit controls hidden, and a forced put refused', async () => {
    const { plan, viewer: viewerToken } = await teamPlan();
    const el = await fixture<PreflightChecklist>(html`<preflight-checklist plan-id=${plan.id} sync=${wsUrl} token=${viewerToken} now=${ALICE_NOW}></preflight-checklist>`);
    const store = storeFor(plan.id, viewerToken);
    await eventually(() => stripText(el) === 'Live · Read-only' && checkbox(el) !== null, 'the viewer’s checklist, live and read-only');
    expect(checkbox(el)!.disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="edit-button"], [part~="remove-button"], form')).to.equal(null);
    expect(store.readOnly).to.equal(true);
    expect(store.status).to.equal('read-only');
    let refused: unknown;
    await store.put({ ...plan, campaign: { ...plan.campaign, name: 'forced' } }).catch((error: unknown) => (refused = error));
    expect(String(refused)).to.match(/read-only: this link lets you view it, not edit it/);
    expect((await getTeamPlan(plan.id)).campaign.name).to.equal(plan.campaign.name);
    await expectAccessibleInBothThemes(el);
  });

  it('offline: an edit shows as waiting, then merges when the connection is back', async () => {
    const { plan, alice: aliceToken, bob: bobToken } = await teamPlan();
    const [alice, bob] = await checklists(plan.id, aliceToken, bobToken);
    const aliceStore = storeFor(plan.id, aliceToken);
    aliceStore.disconnect();
    await eventually(() => stripText(alice) === 'Offline', 'Alice offline');
    checkbox(alice)!.click();
    await eventually(() => stripText(alice) === 'Offline — 1 change waiting', 'the change counted as waiting');
    expect(isDone(alice)).to.equal(true);
    expect(aliceStore.status).to.equal('unsaved changes');
    expect(isDone(bob)).to.equal(false);
    aliceStore.reconnect();
    await eventually(() => isDone(bob), 'the waiting change to reach Bob');
    await eventually(() => stripText(alice).startsWith('Live') && aliceStore.connection.pendingChanges === 0, 'Alice live with nothing waiting');
    expect(aliceStore.conflicts).to.deep.equal([]);
  });

  it('the same field changed on both sides: the side whose change lost is told what replaced it', async () => {
    const { plan, alice: aliceToken, bob: bobToken } = await teamPlan();
    const [alice, bob] = await checklists(plan.id, aliceToken, bobToken);
    const aliceStore = storeFor(plan.id, aliceToken);
    const bobStore = storeFor(plan.id, bobToken);
    aliceStore.disconnect();
    await eventually(() => stripText(alice) === 'Offline', 'Alice offline');
    // Both check the item without seeing the other's check: each records its own time.
    checkbox(alice)!.click();
    checkbox(bob)!.click();
    await serverEventually(plan.id, (p) => p.checklist[0]!.doneAt === BOB_NOW, 'the server to hold Bob’s check');
    aliceStore.reconnect();
    await eventually(() => stripText(alice).startsWith('Live') && aliceStore.connection.pendingChanges === 0, 'Alice back and synced');
    const doneAt = async (store: TeamPlanStore) => (await store.get(plan.id))!.checklist[0]!.doneAt;
    await eventually(async () => (await doneAt(aliceStore)) === (await doneAt(bobStore)), 'both sides to agree');
    // Yjs picks one value for everyone; whoever's value lost is told, the other is not.
    const [loser, loserStore, winnerStore, kept] = (await doneAt(aliceStore)) === BOB_NOW ? [alice, aliceStore, bobStore, BOB_NOW] : [bob, bobStore, aliceStore, ALICE_NOW];
    await eventually(() => stripText(loser).includes('was replaced'), 'the notice on the losing side');
    expect(loserStore.conflicts.map((c) => c.message)).to.deep.equal([`Your change to Landing page QA done at was replaced: now ${kept}`]);
    expect(winnerStore.conflicts).to.deep.equal([]);
    const notice = strip(loser)!.querySelector('[part~="team-conflict"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.include(`Your change to Landing page QA done at was replaced: now ${kept}`);
    await expectAccessibleInBothThemes(loser);
    notice.querySelector('button')!.click();
    await eventually(() => !stripText(loser).includes('was replaced'), 'the notice dismissed');
  });

  it('a refused token is named in the strip, and the element offers no edit', async () => {
    const { plan } = await teamPlan();
    const other = await teamPlan();
    const wrong = await shareToken(other.plan.id, 'editor', 'Mallory');
    const el = await fixture<PreflightChecklist>(html`<preflight-checklist plan-id=${plan.id} sync=${wsUrl} token=${wrong}></preflight-checklist>`);
    storeFor(plan.id, wrong);
    await eventually(() => stripText(el).startsWith('Refused:'), 'the refusal');
    expect(stripText(el)).to.include(`Refused: the token is for plan "${other.plan.id}", not "${plan.id}"`);
    expect(el.shadowRoot!.querySelector('[part~="edit-button"]')).to.equal(null);
    await expectAccessibleInBothThemes(el);
  });

  it('elements with the same server, plan and token share one connection; the badge shows a one-line strip', async () => {
    const { plan, alice: aliceToken } = await teamPlan();
    const root = await fixture<HTMLElement>(html`<div>
      <preflight-checklist plan-id=${plan.id} sync=${wsUrl} token=${aliceToken}></preflight-checklist>
      <preflight-badge plan-id=${plan.id} sync=${wsUrl} token=${aliceToken}></preflight-badge>
    </div>`);
    const checklist = root.querySelector<PreflightChecklist>('preflight-checklist')!;
    const badge = root.querySelector<PreflightBadge>('preflight-badge')!;
    const store = storeFor(plan.id, aliceToken);
    await eventually(() => stripText(checklist).startsWith('Live') && stripText(badge).startsWith('Live') && checkbox(checklist) !== null, 'both live');
    expect(strip(checklist)!.store).to.equal(store);
    expect(strip(badge)!.store).to.equal(store);
    expect(strip(badge)!.compact).to.equal(true);
    // The badge's pill comes first, its strip after it.
    expect(badge.shadowRoot!.querySelector('[part~="pill"]')!.compareDocumentPosition(strip(badge)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    checkbox(checklist)!.click();
    await eventually(() => isDone(checklist), 'the check shown');
    await expectAccessibleInBothThemes(badge);
  });

  it('an edit made offline is kept in IndexedDB: a new page sends it once it connects', async () => {
    const { plan, alice: aliceToken } = await teamPlan();
    const offlineName = freshPlanId('offline-copy');
    const first = connectTeamPlan({ url: wsUrl, planId: plan.id, token: aliceToken, offlineName });
    stores.push(first);
    await eventually(() => first.connection.state === 'live' && first.offlineCopy.kept, 'the first page live with its offline copy');
    first.disconnect();
    await eventually(() => first.connection.state === 'offline', 'offline');
    const edited = structuredClone((await first.get(plan.id))!);
    edited.campaign.name = '2026q3_emea_email_kept-offline';
    await first.put(edited);
    expect(first.connection).to.deep.equal({ state: 'offline', pendingChanges: 1 });
    first.close();
    const second = connectTeamPlan({ url: wsUrl, planId: plan.id, token: aliceToken, offlineName });
    stores.push(second);
    await eventually(() => second.connection.state === 'live' && second.connection.pendingChanges === 0, 'the new page live');
    await serverEventually(plan.id, (p) => p.campaign.name === '2026q3_emea_email_kept-offline', 'the server to receive the edit kept offline');
  });

  it('too many changes at once: the 4429 close is shown as its reason, then the connection comes back and the server has every change', async () => {
    const { plan, alice: aliceToken } = await teamPlan();
    const el = await fixture<PreflightChecklist>(html`<preflight-checklist plan-id=${plan.id} sync=${wsUrl} token=${aliceToken} now=${ALICE_NOW}></preflight-checklist>`);
    const store = storeFor(plan.id, aliceToken);
    await eventually(() => stripText(el).startsWith('Live') && checkbox(el) !== null, 'live');
    const seen: string[] = [];
    const off = store.onStatus(() => seen.push(stripText(el)));
    // Each put is its own message: 400 at once is over the server's burst of 200.
    let current = (await store.get(plan.id))!;
    for (let i = 1; i <= 400; i++) current = await store.put({ ...current, campaign: { ...current.campaign, name: `2026q3_emea_email_flood-${i}` } });
    await eventually(() => store.connection.reason === 'Too many changes at once — reconnecting', 'the 4429 close');
    await eventually(() => stripText(el).startsWith('Too many changes at once — reconnecting'), 'the reason in the strip');
    expect(stripText(el)).to.not.match(/^Offline/);
    await eventually(() => store.connection.state === 'live' && store.connection.pendingChanges === 0, 'live again with nothing waiting');
    expect(store.connection.reason).to.equal(undefined);
    await serverEventually(plan.id, (p) => p.campaign.name === '2026q3_emea_email_flood-400', 'the last change on the server');
    off();
    expect(seen.some((text) => text.startsWith('Too many changes at once'))).to.equal(true);
  });

  it('a change over the server’s 1 MiB message cap is refused before it is sent, with the reason; the connection stays live', async () => {
    const { plan, alice: aliceToken } = await teamPlan();
    const store = storeFor(plan.id, aliceToken);
    await store.whenReady();
    await eventually(() => store.connection.state === 'live', 'live');
    const huge = { ...plan, checklist: Array.from({ length: 4000 }, (_, i) => makeItem({ id: `item-${i + 1}`, label: `Check ${i + 1}: ${'landing page copy, tracking and naming '.repeat(2)}` })) };
    let refused: unknown;
    await store.put(huge).catch((error: unknown) => (refused = error));
    expect(String(refused)).to.match(/The change was not saved: it would reach the team server as \d+\.\d\d MiB, over the 1 MiB it takes at once/);
    expect((await store.get(plan.id))!.checklist).to.have.length(1);
    expect(store.connection).to.deep.equal({ state: 'live', pendingChanges: 0 });
    // A change under the cap still goes through on the same connection.
    await store.put({ ...(await store.get(plan.id))!, campaign: { ...plan.campaign, name: '2026q3_emea_email_after-refusal' } });
    await serverEventually(plan.id, (p) => p.campaign.name === '2026q3_emea_email_after-refusal', 'the small change on the server');
    expect(store.connection.state).to.equal('live');
  });

  it('a shared store is closed when the last element using it disconnects, not before', async () => {
    const { plan, alice: aliceToken } = await teamPlan();
    const root = await fixture<HTMLElement>(html`<div>
      <preflight-checklist plan-id=${plan.id} sync=${wsUrl} token=${aliceToken}></preflight-checklist>
      <preflight-badge plan-id=${plan.id} sync=${wsUrl} token=${aliceToken}></preflight-badge>
    </div>`);
    const checklist = root.querySelector<PreflightChecklist>('preflight-checklist')!;
    const badge = root.querySelector<PreflightBadge>('preflight-badge')!;
    await eventually(() => stripText(checklist).startsWith('Live') && stripText(badge).startsWith('Live'), 'both live');
    const store = strip(checklist)!.store!;
    expect(store.userCount).to.equal(2);
    checklist.remove();
    await eventually(() => store.userCount === 1, 'one user left');
    // Moved in the page within a task: the badge keeps the same connection.
    root.append(badge);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.isClosed).to.equal(false);
    badge.remove();
    await eventually(() => store.isClosed, 'the store closed with its last element');
    // The next element to ask opens a new connection.
    root.append(checklist);
    await eventually(() => stripText(checklist).startsWith('Live') && strip(checklist)!.store !== store, 'a fresh connection');
    stores.push(strip(checklist)!.store!);
  });

  it('a sync URL that is not ws: or wss: is named on the element', async () => {
    const el = await fixture<PreflightChecklist>(html`<preflight-checklist plan-id="p" sync="https://team.example.com" token="t"></preflight-checklist>`);
    await eventually(() => (el.shadowRoot?.textContent ?? '').includes('not a ws: or wss: URL'), 'the error');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.include('sync: “https://team.example.com” is not a ws: or wss: URL');
  });
});
