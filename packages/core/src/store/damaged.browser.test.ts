import { expect } from '@open-wc/testing';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { DamagedPlanError, openPlanStore, type PlanStore, type QuarantinedRecord } from './index.js';
import { bigPlan, deleteChunk as damageChunk } from './testing/damage.js';
import { collectEscapes } from './testing/escapes.js';
import { deleteDatabase, freshName, readAll, tamper } from './testing/databases.js';


async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the put was accepted'),
    (error: unknown) => error,
  );
}

describe('a stored plan whose chunks do not add up', () => {
  let name: string;
  const open: PlanStore[] = [];
  const escaped = collectEscapes();
  const openStore = async () => {
    const store = await openPlanStore({ name, now: () => '2026-08-01T10:00:00.000Z' });
    open.push(store);
    return store;
  };
  const storedIds = async () => ((await readAll(name, 'plans')) as { id: string }[]).map((h) => h.id);
  const chunksOf = async (id: string) => ((await readAll(name, 'chunks')) as { planId: string }[]).filter((c) => c.planId === id).length;
  const deleteChunk = (index: number) => damageChunk(name, index);

  beforeEach(() => {
    name = freshName('damaged');
  });
  afterEach(async () => {
    for (const store of open.splice(0)) store.close();
    await deleteDatabase(name);
  });

  it('a missing chunk: get gives nothing, the reason names the plan and the chunk, the record moves to the quarantine as found', async () => {
    const writer = await openStore();
    await writer.put(bigPlan());
    await writer.put(makePlan({ id: 'other' }));
    writer.close();
    await deleteChunk(1);

    const store = await openStore();
    expect(await store.get('big')).to.equal(undefined);
    expect(store.status).to.equal('saved');
    expect(store.reason).to.match(/"Big launch" is damaged/);
    expect(store.reason).to.match(/blockers: chunk 1 of 3 \(records 501 to 1000\) is missing/);
    const [damaged] = store.damaged();
    expect(damaged?.id).to.equal('big');
    expect(damaged?.problems.map((p) => p.code)).to.deep.equal(['missing_chunk']);
    const partial = damaged?.partial as { blockers: { id: string }[] };
    expect(partial.blockers.length).to.equal(700);
    expect(partial.blockers[500]?.id).to.equal('blk-1000');

    // Every other plan is still listed and read; the damaged one is set aside, not dropped.
    expect((await store.list()).map((s) => s.id)).to.deep.equal(['other']);
    expect((await store.get('other'))?.id).to.equal('other');
    expect(await storedIds()).to.deep.equal(['other']);
    expect(await chunksOf('big')).to.equal(0);
    const [kept] = (await readAll(name, 'quarantine')) as QuarantinedRecord[];
    expect(kept?.key).to.equal('big');
    expect(kept?.problems.map((p) => p.code)).to.deep.equal(['missing_chunk']);
    const record = kept?.record as { head: { chunks: Record<string, number> }; chunks: { index: number; items: unknown[] }[] };
    expect(record.head.chunks.blockers).to.equal(3);
    expect(record.chunks.filter((c) => (c as { list?: string }).list === 'blockers').map((c) => [c.index, c.items.length])).to.deep.equal([
      [0, 500],
      [2, 200],
    ]);
    expect(escaped).to.deep.equal([]);
  });

  it('a list reading the store first sets the damaged plan aside and lists every other plan', async () => {
    const writer = await openStore();
    await writer.put(bigPlan());
    await writer.put(makePlan({ id: 'other' }));
    await tamper(name, 'chunks', (chunks) => chunks.put({ planId: 'big', list: 'blockers', index: 7, items: [makeBlocker({ id: 'stray' })] }));
    const store = await openStore();
    expect((await store.list()).map((s) => s.id)).to.deep.equal(['other']);
    expect(store.damaged().map((d) => [d.id, d.problems.map((p) => p.code)])).to.deep.equal([['big', ['extra_chunk']]]);
    expect(await storedIds()).to.deep.equal(['other']);
    expect(((await readAll(name, 'quarantine')) as QuarantinedRecord[]).map((k) => k.key)).to.deep.equal(['big']);
  });

  it('an edit over a plan that lost a chunk since it was loaded is refused with what survived, and nothing is overwritten', async () => {
    const store = await openStore();
    const plan = await store.put(bigPlan());
    await deleteChunk(2);
    const edited = plan.blockers.slice();
    edited[0] = { ...edited[0]!, title: 'Renamed' };
    const error = await rejection(store.put({ ...plan, blockers: edited }));
    expect(error).to.be.instanceOf(DamagedPlanError);
    const damaged = (error as DamagedPlanError).damage;
    expect(damaged.problems.map((p) => p.message)).to.deep.equal(['chunk 2 of 3 (records 1001 to the end) is missing']);
    expect((damaged.partial as { blockers: unknown[] }).blockers.length).to.equal(1000);
    expect((error as DamagedPlanError).attempted.blockers[0]?.title).to.equal('Renamed');
    expect(store.reason).to.match(/"Big launch" is damaged/);
    // The surviving chunks are in the quarantine, untouched.
    const [kept] = (await readAll(name, 'quarantine')) as QuarantinedRecord[];
    const record = kept?.record as { chunks: { list: string; items: { title: string }[] }[] };
    expect(record.chunks.filter((c) => c.list === 'blockers').map((c) => c.items[0]?.title)).to.deep.equal(['Blocker 0', 'Blocker 500']);
    expect(await storedIds()).to.deep.equal([]);

    // Saving the repaired plan over it is an explicit choice, and clears the notice.
    const repaired = await store.put({ ...plan, blockers: edited }, { replaceDamaged: true });
    expect(repaired.blockers.length).to.equal(1200);
    expect(store.reason).to.equal(undefined);
    expect(store.damaged()).to.deep.equal([]);
    expect(await (await openStore()).get('big')).to.deep.equal(repaired);
    expect(escaped).to.deep.equal([]);
  });

  it('a chunk of the wrong size is caught by a write from a connection that never read the plan', async () => {
    const writer = await openStore();
    const plan = await writer.put(bigPlan());
    await tamper(name, 'chunks', (chunks) => chunks.put({ planId: 'big', list: 'blockers', index: 0, items: plan.blockers.slice(0, 499) }));
    const other = await openStore();
    const error = await rejection(other.put({ ...plan, brief: { ...plan.brief, offer: 'new offer' } }));
    expect(error).to.be.instanceOf(DamagedPlanError);
    expect((error as DamagedPlanError).damage.problems.map((p) => [p.code, p.message])).to.deep.equal([['chunk_size', 'chunk 0 of blockers holds 499 records, expected 500']]);
    expect(await storedIds()).to.deep.equal([]);
    expect(((await readAll(name, 'quarantine')) as QuarantinedRecord[]).length).to.equal(1);
  });

  it('a tab editing a plan another tab set aside as damaged is told so, not just that it was deleted', async () => {
    const tabA = await openStore();
    const plan = await tabA.put(bigPlan());
    await deleteChunk(0);
    const tabB = await openStore();
    expect(await tabB.get('big')).to.equal(undefined);
    const error = await rejection(tabA.put({ ...plan, brief: { ...plan.brief, offer: 'new offer' } }));
    expect(error).to.be.instanceOf(DamagedPlanError);
    expect((error as DamagedPlanError).damage.revision).to.equal(1);
    expect(((error as DamagedPlanError).damage.partial as { blockers: unknown[] }).blockers.length).to.equal(700);
    // A new plan under the same id, not based on the damaged one, is an ordinary conflict-free write.
    const fresh = await tabA.put(makePlan({ id: 'big' }), { baseRevision: 0 });
    expect(fresh.revision).to.equal(1);
    expect(tabA.damaged()).to.deep.equal([]);
  });
});
