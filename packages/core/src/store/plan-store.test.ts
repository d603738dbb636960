import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportPlans } from '../exchange/json.js';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { ConflictError, createMemoryStore, InvalidPlanError, type StoreChange } from './index.js';

const at = () => '2026-08-01T10:00:00.000Z';
const linked = (id: string, key: string) => makePlan({ id, campaign: { ...makePlan().campaign, links: [{ platform: 'hubspot', key }] } });

test('a new plan is saved at revision 1 and read back intact', async () => {
  const store = createMemoryStore({ now: at });
  const saved = await store.put(makePlan());
  assert.equal(saved.revision, 1);
  assert.deepEqual(await store.get('plan-1'), saved);
  assert.deepEqual(await store.list(), [{ id: 'plan-1', name: '2026q3_emea_email_product-launch', state: 'draft', launchDate: '2026-09-01', revision: 1, updatedAt: at() }]);
});

test('a plan read from the store cannot be changed by editing the object the caller holds', async () => {
  const store = createMemoryStore();
  const saved = await store.put(makePlan());
  saved.campaign.name = 'changed in place';
  assert.equal((await store.get('plan-1'))?.campaign.name, '2026q3_emea_email_product-launch');
});

test('a put based on a stale revision is refused with both versions, and nothing is overwritten', async () => {
  const store = createMemoryStore();
  const first = await store.put(makePlan());
  const mine = await store.put({ ...first, brief: { ...first.brief, offer: 'mine' } });
  const theirs = { ...first, brief: { ...first.brief, offer: 'theirs' } };
  const error = await store.put(theirs).then(
    () => assert.fail('a stale put was accepted'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConflictError);
  assert.equal(error.code, 'conflict');
  assert.equal(error.expectedRevision, 1);
  assert.deepEqual(error.current, mine);
  assert.equal(error.attempted?.brief.offer, 'theirs');
  assert.equal((await store.get('plan-1'))?.brief.offer, 'mine');
});

test('creating a plan whose id exists is a conflict, not an overwrite', async () => {
  const store = createMemoryStore();
  await store.put(makePlan());
  await assert.rejects(store.put(makePlan({ brief: {} })), ConflictError);
  assert.equal((await store.get('plan-1'))?.brief.offer, 'Product tour webinar');
});

test('an explicit baseRevision wins over the revision written in the plan', async () => {
  const store = createMemoryStore();
  const saved = await store.put(makePlan());
  const again = await store.put({ ...saved, revision: 0 }, { baseRevision: 1 });
  assert.equal(again.revision, 2);
});

test('an invalid plan is refused with every problem path and nothing is written', async () => {
  const store = createMemoryStore();
  const bad = makePlan({ blockers: [makeBlocker({ raisedAt: 'yesterday' })] });
  const error = await store.put(bad).then(
    () => assert.fail('an invalid plan was saved'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof InvalidPlanError);
  assert.ok(error.problems.some((p) => p.path === 'blockers[0].raisedAt'), JSON.stringify(error.problems));
  assert.match(error.message, /blockers\[0\]\.raisedAt/);
  assert.deepEqual(await store.list(), []);
});

test('delete removes a plan; with a stale baseRevision it is refused', async () => {
  const store = createMemoryStore();
  const saved = await store.put(makePlan());
  await store.put(saved);
  await assert.rejects(store.delete('plan-1', { baseRevision: 1 }), ConflictError);
  await store.delete('plan-1', { baseRevision: 2 });
  assert.equal(await store.get('plan-1'), undefined);
  await store.delete('plan-1', { baseRevision: 2 });
});

test('a plan is found by any of its platform campaign keys, and not after the link is removed', async () => {
  const store = createMemoryStore();
  const key = 'hubspot:51657317:22eb0e01-aaaa-bbbb-cccc-123456789abc';
  const saved = await store.put(linked('plan-a', key));
  await store.put(linked('plan-b', 'hubspot:51657317:other'));
  assert.equal((await store.findByPlatformKey(key))?.id, 'plan-a');
  await store.put({ ...saved, campaign: { ...saved.campaign, links: [] } });
  assert.equal(await store.findByPlatformKey(key), undefined);
});

test('subscribers hear every local change; unsubscribing stops them', async () => {
  const store = createMemoryStore();
  const heard: StoreChange[] = [];
  const stop = store.subscribe((c) => heard.push(c));
  await store.put(makePlan());
  await store.delete('plan-1');
  stop();
  await store.put(makePlan());
  assert.deepEqual(heard, [
    { type: 'put', id: 'plan-1', revision: 1, origin: 'local' },
    { type: 'delete', id: 'plan-1', origin: 'local' },
  ]);
});

test('a memory store says so, and holds every plan for export', async () => {
  const store = createMemoryStore();
  await store.put(makePlan());
  assert.equal(store.status, 'memory only');
  assert.match(store.reason ?? '', /export/);
  assert.equal(await store.retry(), 'memory only');
  assert.deepEqual(store.pending().map((p) => p.id), ['plan-1']);
});

test('export then import into an empty store gives the same plans', async () => {
  const source = createMemoryStore({ now: at });
  await source.put(makePlan({ id: 'a' }));
  await source.put(linked('b', 'hubspot:1:b'));
  const file = await source.exportAll('2026-08-02T00:00:00Z');
  const target = createMemoryStore({ now: at });
  const report = await target.importFile(JSON.parse(JSON.stringify(file)));
  assert.deepEqual(report.imported, ['a', 'b']);
  assert.equal(report.applied, true);
  assert.deepEqual(await target.exportAll('2026-08-02T00:00:00Z'), file);
});

test('importing a file with a bad record reports it by index and path and imports nothing unless asked', async () => {
  const store = createMemoryStore();
  const file = exportPlans([makePlan({ id: 'good' }), makePlan({ id: 'bad', campaign: { ...makePlan().campaign, state: 'finished' as 'draft' } })], at());
  const refused = await store.importFile(file);
  assert.equal(refused.applied, false);
  assert.deepEqual(refused.imported, []);
  assert.deepEqual(refused.problems.map((p) => [p.index, p.path]), [[1, 'plans[1].campaign.state']]);
  assert.deepEqual(await store.list(), []);
  const partial = await store.importFile(file, { acceptPartial: true });
  assert.deepEqual(partial.imported, ['good']);
  assert.deepEqual((await store.list()).map((s) => s.id), ['good']);
});

test('importing a plan whose id exists with other content reports a conflict and keeps the stored plan', async () => {
  const store = createMemoryStore();
  await store.put(makePlan({ id: 'a' }));
  const incoming = makePlan({ id: 'a', brief: {} });
  const report = await store.importFile([incoming, makePlan({ id: 'b' })]);
  assert.equal(report.applied, false);
  assert.deepEqual(report.conflicts.map((c) => [c.index, c.id, c.current.brief.offer, c.incoming.brief.offer]), [[0, 'a', 'Product tour webinar', undefined]]);
  const partial = await store.importFile([incoming, makePlan({ id: 'b' })], { acceptPartial: true });
  assert.deepEqual(partial.imported, ['b']);
  assert.equal((await store.get('a'))?.brief.offer, 'Product tour webinar');
});

test('importing the same file twice neither duplicates nor changes anything', async () => {
  const store = createMemoryStore();
  const file = exportPlans([makePlan({ id: 'a' }), makePlan({ id: 'b' })], at());
  await store.importFile(file);
  const again = await store.importFile(file);
  assert.deepEqual(again.imported, []);
  assert.deepEqual(again.unchanged, ['a', 'b']);
  assert.deepEqual((await store.list()).map((s) => [s.id, s.revision]), [['a', 1], ['b', 1]]);
});

test('an import file that is not an export is reported on the file itself', async () => {
  const store = createMemoryStore();
  const report = await store.importFile({ hello: 'world' });
  assert.deepEqual(report.problems.map((p) => [p.index, p.path, p.code]), [[-1, 'format', 'invalid_format']]);
  assert.equal(report.applied, false);
});

test('a listener that throws does not break the store or the other listeners', async () => {
  const store = createMemoryStore();
  const heard: string[] = [];
  const originalError = console.error;
  console.error = () => {};
  try {
    store.subscribe(() => {
      throw new Error('listener bug');
    });
    store.subscribe((c) => heard.push(c.type));
    await store.put(makePlan());
  } finally {
    console.error = originalError;
  }
  assert.deepEqual(heard, ['put']);
  assert.ok(await store.get('plan-1'));
});
