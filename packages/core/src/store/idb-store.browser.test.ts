import { expect } from '@open-wc/testing';
import { exportPlans } from '../exchange/json.js';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { ConflictError, openPlanStore, type PlanStore } from './index.js';
import { deleteDatabase, freshName, readAll } from './testing/databases.js';
import { faultyFactory, type Faults } from './testing/faulty-idb.js';

const key = 'hubspot:51657317:22eb0e01-aaaa-bbbb-cccc-123456789abc';
const linked = (id: string) => makePlan({ id, campaign: { ...makePlan().campaign, links: [{ platform: 'hubspot', key }] } });

describe('the IndexedDB plan store', () => {
  let name: string;
  const open: PlanStore[] = [];
  const openStore = async () => {
    const store = await openPlanStore({ name });
    open.push(store);
    return store;
  };

  beforeEach(() => {
    name = freshName('store');
  });
  afterEach(async () => {
    for (const store of open.splice(0)) store.close();
    await deleteDatabase(name);
  });

  it('opens the real database and says the plans are saved', async () => {
    const store = await openStore();
    expect(store.status).to.equal('saved');
    expect(store.reason).to.equal(undefined);
  });

  it('keeps a plan across closing and reopening the database from a new store', async () => {
    const first = await openStore();
    const saved = await first.put(linked('plan-a'));
    first.close();
    const second = await openStore();
    expect(await second.get('plan-a')).to.deep.equal(saved);
    expect((await second.list()).map((s) => [s.id, s.revision])).to.deep.equal([['plan-a', 1]]);
    expect((await second.findByPlatformKey(key))?.id).to.equal('plan-a');
  });

  it('stores records in the current shape, with the platform keys beside the plan', async () => {
    const store = await openStore();
    await store.put(linked('plan-a'));
    const [record] = (await readAll(name, 'plans')) as { id: string; revision: number; platformKeys: string[]; plan: { id: string } }[];
    expect(record?.id).to.equal('plan-a');
    expect(record?.revision).to.equal(1);
    expect(record?.platformKeys).to.deep.equal([key]);
    expect(record?.plan.id).to.equal('plan-a');
  });

  it('refuses a stale write from a second connection, keeping the first writer’s plan', async () => {
    const tabA = await openStore();
    const tabB = await openStore();
    const base = await tabA.put(makePlan());
    await tabA.put({ ...base, brief: { ...base.brief, offer: 'from A' } });
    let error: unknown;
    try {
      await tabB.put({ ...base, brief: { ...base.brief, offer: 'from B' } });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).current?.brief.offer).to.equal('from A');
    expect((error as ConflictError).attempted?.brief.offer).to.equal('from B');
    expect((await tabB.get('plan-1'))?.brief.offer).to.equal('from A');
  });

  it('saves and reads back a plan with 2,000 blockers intact', async () => {
    const blockers = Array.from({ length: 2000 }, (_, i) => makeBlocker({ id: `blk-${i}`, title: `Blocker ${i}` }));
    const store = await openStore();
    await store.put(makePlan({ blockers }));
    store.close();
    const plan = await (await openStore()).get('plan-1');
    expect(plan?.blockers.length).to.equal(2000);
    expect(plan?.blockers[1999]?.title).to.equal('Blocker 1999');
  });

  it('imports a file into the database and exports the same plans back', async () => {
    const store = await openStore();
    const file = exportPlans([makePlan({ id: 'a' }), linked('b')], '2026-08-01T00:00:00Z');
    const report = await store.importFile(file);
    expect(report.imported).to.deep.equal(['a', 'b']);
    expect(report.status).to.equal('saved');
    store.close();
    const reopened = await openStore();
    const exported = await reopened.exportAll('2026-08-01T00:00:00Z');
    expect(exported.plans.map((p) => [p.id, p.revision])).to.deep.equal([['a', 1], ['b', 1]]);
    expect((await reopened.findByPlatformKey(key))?.id).to.equal('b');
  });

  it('deletes a plan and its platform-key entry', async () => {
    const store = await openStore();
    await store.put(linked('plan-a'));
    await store.delete('plan-a', { baseRevision: 1 });
    expect(await store.get('plan-a')).to.equal(undefined);
    expect(await store.findByPlatformKey(key)).to.equal(undefined);
  });

  describe('long lists, stored in chunks', () => {
    const blockers = (n: number, from = 0) => Array.from({ length: n }, (_, i) => makeBlocker({ id: `blk-${from + i}`, title: `Blocker ${from + i}` }));
    const chunksOf = async (planId: string) =>
      ((await readAll(name, 'chunks')) as { planId: string; list: string; index: number; items: unknown[] }[]).filter((c) => c.planId === planId).map((c) => `${c.list}:${c.index}:${c.items.length}`);

    it('an edit rewrites the head and the one chunk it touched, and the plan reads back whole', async () => {
      const faults: Faults = { failWrites: 0, kind: 'quota', log: [] };
      const store = await openPlanStore({ name, idbFactory: faultyFactory(indexedDB, faults) });
      open.push(store);
      let plan = await store.put(makePlan({ id: 'big', blockers: blockers(1200) }));
      faults.log!.length = 0;
      const edited = plan.blockers.slice();
      edited[700] = { ...edited[700]!, title: 'Renamed' };
      plan = await store.put({ ...plan, blockers: edited });
      expect(faults.log).to.deep.equal(['plans:put', 'chunks:put']);
      expect(await (await openStore()).get('big')).to.deep.equal(plan);
    });

    it('the first edit after a load from a new connection rewrites only the head and the chunk it touched', async () => {
      const saved = await (await openStore()).put(makePlan({ id: 'big', blockers: blockers(1200) }));
      const faults: Faults = { failWrites: 0, kind: 'quota', log: [] };
      const store = await openPlanStore({ name, idbFactory: faultyFactory(indexedDB, faults) });
      open.push(store);
      const plan = (await store.get('big'))!;
      expect(plan).to.deep.equal(saved);
      // Read back frozen and known valid, as `put` hands them out: an edit replaces a record, never changes it.
      expect(Object.isFrozen(plan.blockers[700])).to.equal(true);
      expect(Object.isFrozen(plan.campaign)).to.equal(false);
      const edited = plan.blockers.slice();
      edited[700] = { ...edited[700]!, title: 'Renamed' };
      const next = await store.put({ ...plan, blockers: edited });
      expect(faults.log).to.deep.equal(['plans:put', 'chunks:put']);
      expect(await (await openStore()).get('big')).to.deep.equal(next);
    });

    it('lists that shrink or go away leave no chunk behind', async () => {
      const store = await openStore();
      const log = [{ at: '2026-08-01T09:00:00Z', summary: 'Kick-off' }];
      let plan = await store.put(makePlan({ id: 'big', blockers: blockers(1200), log }));
      expect(await chunksOf('big')).to.deep.equal(['blockers:0:500', 'blockers:1:500', 'blockers:2:200', 'log:0:1', 'steps:0:' + plan.steps.length]);
      const { log: _gone, ...withoutLog } = plan;
      plan = await store.put({ ...withoutLog, blockers: plan.blockers.slice(0, 300) });
      expect(await chunksOf('big')).to.deep.equal(['blockers:0:300', 'steps:0:' + plan.steps.length]);
      expect(await (await openStore()).get('big')).to.deep.equal(plan);
      await store.delete('big');
      expect(await chunksOf('big')).to.deep.equal([]);
    });

    it('a plan another tab replaced at the same revision is written whole, never mixed with what was there', async () => {
      const mine = await openStore();
      const theirs = await openStore();
      const first = await mine.put(makePlan({ id: 'big', blockers: blockers(1200) }));
      await theirs.delete('big', { baseRevision: 1 });
      const report = await theirs.importFile(exportPlans([{ ...makePlan({ id: 'big', blockers: blockers(1100, 5000) }), revision: 1 }], '2026-08-01T00:00:00Z'));
      expect(report.imported).to.deep.equal(['big']);
      const edited = first.blockers.slice();
      edited[0] = { ...edited[0]!, title: 'Renamed' };
      const saved = await mine.put({ ...first, blockers: edited });
      expect(await (await openStore()).get('big')).to.deep.equal(saved);
      expect(await chunksOf('big')).to.include.members(['blockers:0:500', 'blockers:1:500', 'blockers:2:200']);
    });
  });
});
