import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBlocker, makePlan } from '../testing/factories.js';
import type { Plan } from '../plan/schema.js';
import { ConflictError, createMemoryStore, settleImport, conflictDifferences, type PlanStore } from './index.js';

const AT = '2026-12-03T09:30:00.000Z';

/** A saved plan and a teammate's edited copy of it, imported: one conflict. */
async function conflicted(): Promise<{ store: PlanStore; saved: Plan; conflict: Awaited<ReturnType<PlanStore['importFile']>>['conflicts'][number] }> {
  const store = createMemoryStore({ now: () => AT });
  const plain = makePlan();
  const base = makePlan({ id: 'webinar', brief: { ...plain.brief, successMetric: undefined }, blockers: [makeBlocker({ id: 'b-1', title: 'Copy late', owner: 'Copywriter' })] });
  const saved = await store.put({ ...base, campaign: { ...base.campaign, links: [{ platform: 'hubspot', key: 'hubspot:1:abc' }] } });
  const theirs: Plan = {
    ...base,
    campaign: { ...base.campaign, name: 'Their name' },
    brief: { ...base.brief, offer: undefined, successMetric: 'Registrations' },
    blockers: [makeBlocker({ id: 'b-1', title: 'Copy late', owner: 'Designer' }), makeBlocker({ id: 'b-2', title: 'Venue unconfirmed' })],
    roles: [...base.roles, 'Events lead'],
  };
  const report = await store.importFile([theirs]);
  assert.equal(report.applied, false);
  assert.equal(report.conflicts.length, 1);
  return { store, saved, conflict: report.conflicts[0]! };
}

test('the differences are listed field by field in words, with both values', async () => {
  const { conflict } = await conflicted();
  const rows = conflictDifferences(conflict).map((d) => [d.where, d.saved, d.incoming]);
  assert.deepEqual(rows.find((r) => r[0] === 'Campaign · name'), ['Campaign · name', '2026q3_emea_email_product-launch', 'Their name']);
  assert.deepEqual(rows.find((r) => r[0] === 'Blocker “Copy late” · owner'), ['Blocker “Copy late” · owner', 'Copywriter', 'Designer']);
  assert.ok(rows.some((r) => r[0] === 'Blocker “Venue unconfirmed” (only in the file)' && r[1] === 'not there'));
  assert.ok(rows.some((r) => r[0] === 'Brief · success metric' && r[1] === 'empty' && r[2] === 'Registrations'));
  assert.ok(rows.some((r) => r[0] === 'Roles'));
  for (const [where] of rows) assert.doesNotMatch(where ?? '', /successMetric|\[\d+\]/);
});

test('keeping yours changes nothing', async () => {
  const { store, saved, conflict } = await conflicted();
  const settled = await settleImport(store, conflict, 'keep', AT);
  assert.deepEqual(await store.get('webinar'), saved);
  assert.equal(settled.plan, conflict.current);
  assert.equal((await store.list()).length, 1);
});

test("taking the file's replaces the plan and sets the saved one aside, named and exportable", async () => {
  const { store, saved, conflict } = await conflicted();
  const settled = await settleImport(store, conflict, 'theirs', AT);
  const now = await store.get('webinar');
  assert.equal(now?.campaign.name, 'Their name');
  assert.deepEqual(now?.blockers.map((b) => [b.id, b.owner]), [['b-1', 'Designer'], ['b-2', conflict.incoming.blockers[1]!.owner]]);
  assert.equal(settled.asideId, 'webinar-before-import-2026-12-03');
  const aside = await store.get(settled.asideId!);
  assert.equal(aside?.campaign.name, '2026q3_emea_email_product-launch (before import 2026-12-03)');
  assert.deepEqual(aside?.blockers, saved.blockers);
  assert.deepEqual(aside?.brief, saved.brief);
  // The platform link stays with the live plan's id only.
  assert.equal(aside?.campaign.links, undefined);
  const exported = await store.exportAll(AT);
  assert.deepEqual(exported.plans.map((p) => p.id).sort(), ['webinar', 'webinar-before-import-2026-12-03']);
});

test('a second set-aside the same day gets an id of its own', async () => {
  const { store, conflict } = await conflicted();
  await settleImport(store, conflict, 'theirs', AT);
  const again = await store.importFile([{ ...conflict.incoming, campaign: { ...conflict.incoming.campaign, name: 'Third' } }]);
  const settled = await settleImport(store, again.conflicts[0]!, 'theirs', AT);
  assert.equal(settled.asideId, 'webinar-before-import-2026-12-03-2');
  assert.equal((await store.get(settled.asideId!))?.campaign.name, 'Their name (before import 2026-12-03)');
});

test('taking both adds what the file adds and keeps the saved value where both differ', async () => {
  const { store, saved, conflict } = await conflicted();
  const settled = await settleImport(store, conflict, 'both', AT);
  const now = (await store.get('webinar'))!;
  assert.equal(now.campaign.name, saved.campaign.name);
  assert.deepEqual(now.blockers.map((b) => [b.id, b.owner]), [['b-1', 'Copywriter'], ['b-2', conflict.incoming.blockers[1]!.owner]]);
  assert.equal(now.brief.offer, saved.brief.offer, 'a field the file leaves blank is not erased');
  assert.equal(now.brief.successMetric, 'Registrations', 'a field only the file fills is taken');
  assert.ok(now.roles.includes('Events lead'));
  assert.deepEqual(settled.kept.map((d) => d.where).sort(), ['Blocker “Copy late” · owner', 'Brief · offer', 'Campaign · links', 'Campaign · name']);
  assert.equal(settled.added, 3);
  assert.equal((await store.list()).length, 1, 'nothing is set aside: nothing saved was replaced');
});

test('a plan saved since the import was read is not overwritten', async () => {
  const { store, saved, conflict } = await conflicted();
  await store.put({ ...saved, campaign: { ...saved.campaign, name: 'Renamed meanwhile' } });
  await assert.rejects(settleImport(store, conflict, 'both', AT), ConflictError);
  await assert.rejects(settleImport(store, conflict, 'theirs', AT), ConflictError);
  assert.equal((await store.get('webinar'))?.campaign.name, 'Renamed meanwhile');
});
