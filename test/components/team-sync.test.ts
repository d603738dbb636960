/**
 * The team store over real Yjs documents, without a server: two replicas exchange their updates
 * by hand, in the order a server would relay them, so every merge below is Yjs's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import type { Plan } from '../../packages/core/src/index.js';
import { makeBlocker, makeItem, makePlan } from '../../packages/core/src/testing/factories.js';
import { createTeamPlanStore, TeamPlanError, type TeamPlanStore } from '../../packages/components/src/shared/team-sync/team-plan-store.js';
import { valueWords as valueText } from '@preflight/core/sync';
import { conflictMessage, fieldLabel } from '../../packages/components/src/shared/team-sync/changes.js';
import type { StoreChangeLike } from '../../packages/components/src/shared/plan-store.js';

const PLAN = makePlan({ id: 'team-plan', blockers: [makeBlocker({ id: 'blk-1', title: 'Legal review of the offer' })], checklist: [makeItem()] });

/** A replica with a fixed client id (the higher id wins a same-field tie in Yjs). */
function replica(clientID: number, plan?: Plan): TeamPlanStore {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return createTeamPlanStore({ planId: 'team-plan', doc, ...(plan ? { plan } : {}) });
}

/** Sends what `from` has and `to` lacks, as a server would (origin: not this client's). */
function relay(from: TeamPlanStore, to: TeamPlanStore): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'server');
}

const copy = <T>(value: T): T => structuredClone(value) as T;

async function edit(store: TeamPlanStore, change: (plan: Plan) => void): Promise<void> {
  const plan = copy((await store.get('team-plan'))!);
  change(plan);
  await store.put(plan);
}

const blockerTitle = async (store: TeamPlanStore) => (await store.get('team-plan'))!.blockers[0]!.title;

test('a put is read back as the same plan; the store answers only for its own id', async () => {
  const store = replica(1);
  assert.equal(await store.get('team-plan'), undefined);
  const saved = await store.put(PLAN);
  assert.deepEqual(copy(saved), PLAN);
  assert.deepEqual(copy(await store.get('team-plan')), PLAN);
  assert.equal(await store.get('another-plan'), undefined);
  await assert.rejects(store.put({ ...PLAN, id: 'another-plan' }), /team plan “team-plan”/);
});

test('an invalid plan is refused with its problems by path, and nothing is written', async () => {
  const store = replica(1, PLAN);
  const before = Y.encodeStateVector(store.doc);
  const bad = { ...copy(PLAN), blockers: [{ ...makeBlocker({ id: 'blk-1' }), severity: 'catastrophic' }] } as unknown as Plan;
  await assert.rejects(store.put(bad), (error: unknown) => {
    assert.ok(error instanceof TeamPlanError);
    assert.match(error.message, /not valid.*blockers\[0\]\.severity/);
    assert.ok(error.problems.some((p) => p.path === 'blockers[0].severity'));
    return true;
  });
  assert.deepEqual(Y.encodeStateVector(store.doc), before);
  assert.equal(store.connection.pendingChanges, 0);
});

test('a read-only store refuses every put with a clear read-only error', async () => {
  const store = createTeamPlanStore({ planId: 'team-plan', plan: PLAN, readOnly: true });
  assert.equal(store.status, 'read-only');
  const before = Y.encodeStateVector(store.doc);
  await assert.rejects(store.put({ ...PLAN, campaign: { ...PLAN.campaign, name: 'changed' } }), /read-only: this link lets you view it, not edit it/);
  assert.deepEqual(Y.encodeStateVector(store.doc), before);
});

test('subscribers hear remote changes and this store’s own writes, as a put of the plan', async () => {
  const alice = replica(1, PLAN);
  const bob = replica(2);
  relay(alice, bob);
  const heard: StoreChangeLike[] = [];
  bob.subscribe((change) => heard.push(change));
  await edit(alice, (p) => Object.assign(p.blockers[0]!, { status: 'resolved', resolvedAt: '2026-08-21T09:00:00Z' }));
  relay(alice, bob);
  assert.deepEqual(heard, [{ type: 'put', id: 'team-plan' }]);
  assert.equal((await bob.get('team-plan'))!.blockers[0]!.status, 'resolved');
  await edit(bob, (p) => (p.blockers[0]!.owner = 'Legal'));
  assert.equal(heard.length, 2);
});

test('a put of an unchanged plan writes nothing and counts no change', async () => {
  const store = replica(1, PLAN);
  const before = Y.encodeStateVector(store.doc);
  await store.put(copy((await store.get('team-plan'))!));
  assert.deepEqual(Y.encodeStateVector(store.doc), before);
  assert.equal(store.connection.pendingChanges, 0);
});

test('a team plan is not created offline: the server may already hold one under that id', async () => {
  const store = createTeamPlanStore({ planId: 'team-plan', connection: { state: 'offline', pendingChanges: 0 } });
  await assert.rejects(store.put(PLAN), /can be created only while connected to the team server/);
  assert.equal(await store.get('team-plan'), undefined);
});

test('edits count as pending until acknowledged; the status says unsaved while offline', async () => {
  const store = createTeamPlanStore({ planId: 'team-plan', plan: PLAN, connection: { state: 'offline', pendingChanges: 0 } });
  await edit(store, (p) => (p.blockers[0]!.title = 'Offline edit'));
  assert.deepEqual(store.connection, { state: 'offline', pendingChanges: 1 });
  assert.equal(store.status, 'unsaved changes');
});

test('the same field edited on both sides at once: the side whose value lost is told, the winner is not', async () => {
  const alice = replica(1, PLAN);
  const bob = replica(2);
  relay(alice, bob);
  // Both edit the blocker's title without seeing the other's edit.
  await edit(alice, (p) => (p.blockers[0]!.title = 'Alice’s title'));
  await edit(bob, (p) => (p.blockers[0]!.title = 'Bob’s title'));
  relay(bob, alice);
  relay(alice, bob);
  // Yjs keeps one value everywhere (here the higher client id's: Bob's).
  assert.equal(await blockerTitle(alice), 'Bob’s title');
  assert.equal(await blockerTitle(bob), 'Bob’s title');
  assert.deepEqual(
    alice.conflicts.map((c) => c.message),
    ['Your change to the blocker title was replaced: now Bob’s title'],
  );
  assert.deepEqual(alice.conflicts[0], {
    key: 'blockers/blk-1/title',
    section: 'blockers',
    id: 'blk-1',
    name: 'the blocker',
    field: 'title',
    yours: 'Alice’s title',
    now: 'Bob’s title',
    message: 'Your change to the blocker title was replaced: now Bob’s title',
  });
  assert.deepEqual(bob.conflicts, []);
  alice.dismissConflict('blockers/blk-1/title');
  assert.deepEqual(alice.conflicts, []);
});

test('a status changed on both sides names the record and the new value', async () => {
  const alice = replica(1, PLAN);
  const bob = replica(2);
  relay(alice, bob);
  await edit(alice, (p) => (p.checklist[0]!.owner = 'Web team'));
  await edit(bob, (p) => (p.checklist[0]!.owner = 'Legal'));
  relay(bob, alice);
  assert.deepEqual(
    alice.conflicts.map((c) => c.message),
    ['Your change to Landing page QA owner was replaced: now Legal'],
  );
});

test('an edit made after seeing ours is an ordinary later edit, however late it arrives', async () => {
  const alice = replica(2, PLAN);
  const bob = replica(1);
  relay(alice, bob);
  await edit(alice, (p) => (p.blockers[0]!.title = 'Alice’s title'));
  relay(alice, bob);
  await edit(bob, (p) => (p.blockers[0]!.title = 'Bob read it and changed it'));
  relay(bob, alice);
  assert.equal(await blockerTitle(alice), 'Bob read it and changed it');
  assert.deepEqual(alice.conflicts, []);
});

test('different fields of one record edited at once both stay, with no notice', async () => {
  const alice = replica(1, PLAN);
  const bob = replica(2);
  relay(alice, bob);
  await edit(alice, (p) => (p.blockers[0]!.title = 'Alice’s title'));
  await edit(bob, (p) => (p.blockers[0]!.severity = 'critical'));
  relay(bob, alice);
  relay(alice, bob);
  for (const store of [alice, bob]) {
    const blocker = (await store.get('team-plan'))!.blockers[0]!;
    assert.equal(blocker.title, 'Alice’s title');
    assert.equal(blocker.severity, 'critical');
    assert.deepEqual(store.conflicts, []);
  }
});

test('a record removed elsewhere while our edit to it was on its way is named as removed', async () => {
  const alice = replica(1, PLAN);
  const bob = replica(2);
  relay(alice, bob);
  await edit(alice, (p) => (p.blockers[0]!.owner = 'Legal'));
  await edit(bob, (p) => (p.blockers = []));
  relay(bob, alice);
  assert.deepEqual(
    alice.conflicts.map((c) => c.message),
    ['Your change to Legal review of the offer owner was replaced: now removed'],
  );
});

test('once the server has acknowledged our edit, a later removal of the record is no conflict', async () => {
  const alice = replica(1, PLAN);
  const bob = replica(2);
  relay(alice, bob);
  await edit(alice, (p) => (p.blockers[0]!.owner = 'Legal'));
  (alice as unknown as { tracker: { acknowledge(): void } }).tracker.acknowledge();
  await edit(bob, (p) => (p.blockers = []));
  relay(bob, alice);
  assert.deepEqual(alice.conflicts, []);
});

test('the same record added on both sides: the fields of ours that lost are named', async () => {
  const alice = replica(1, PLAN);
  const bob = replica(2);
  relay(alice, bob);
  const added = makeBlocker({ id: 'blk-2', title: 'Budget sign-off', severity: 'low' });
  await edit(alice, (p) => p.blockers.push(added));
  await edit(bob, (p) => p.blockers.push({ ...added, severity: 'critical' }));
  relay(bob, alice);
  relay(alice, bob);
  assert.equal((await alice.get('team-plan'))!.blockers[1]!.severity, 'critical');
  assert.deepEqual(
    alice.conflicts.map((c) => c.message),
    ['Your change to Budget sign-off severity was replaced: now critical'],
  );
  assert.deepEqual(bob.conflicts, []);
});

test('fields and values read as words', () => {
  assert.equal(fieldLabel('raci.responsible'), 'responsible');
  assert.equal(fieldLabel('doneAt'), 'done at');
  assert.equal(valueText(['Legal', 'Sales']), 'Legal, Sales');
  assert.equal(valueText([]), 'none');
  assert.equal(valueText(undefined), 'empty');
  assert.equal(valueText(true), 'yes');
  assert.equal(conflictMessage('the campaign', 'launchDate', '2026-09-15'), 'Your change to the campaign launch date was replaced: now 2026-09-15');
});
