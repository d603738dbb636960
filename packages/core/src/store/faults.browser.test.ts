import { expect } from '@open-wc/testing';
import { exportPlans } from '../exchange/json.js';
import { makePlan } from '../testing/factories.js';
import { openPlanStore, type PlanStore, type SaveStatus } from './index.js';
import { collectEscapes } from './testing/escapes.js';
import { deleteDatabase, freshName } from './testing/databases.js';
import { blockedStorage, faultyFactory, type Faults } from './testing/faulty-idb.js';

describe('storage failures', () => {
  let name: string;
  let faults: Faults;
  const open: PlanStore[] = [];
  const escaped = collectEscapes();

  const faultyStore = async () => {
    const store = await openPlanStore({ name, idbFactory: faultyFactory(indexedDB, faults) });
    open.push(store);
    return store;
  };
  const plainStore = async () => {
    const store = await openPlanStore({ name });
    open.push(store);
    return store;
  };

  beforeEach(() => {
    name = freshName('faults');
    faults = { failWrites: 0, kind: 'quota' };
  });
  afterEach(async () => {
    for (const store of open.splice(0)) store.close();
    await deleteDatabase(name);
  });

  it('a full disk shows as unsaved changes, keeps the plan in memory, and saves it on retry', async () => {
    const store = await faultyStore();
    const statuses: SaveStatus[] = [];
    store.onStatus((status) => statuses.push(status));
    faults.failWrites = 1;
    const kept = await store.put(makePlan());
    expect(kept.revision).to.equal(1);
    expect(store.status).to.equal('unsaved changes');
    expect(store.reason).to.match(/storage is full/);
    expect(store.pending()).to.deep.equal([kept]);
    expect(await store.get('plan-1')).to.deep.equal(kept);
    expect(await (await plainStore()).get('plan-1')).to.equal(undefined);

    expect(await store.retry()).to.equal('saved');
    expect(statuses).to.deep.equal(['unsaved changes', 'saved']);
    expect(store.pending()).to.deep.equal([]);
    expect(await (await plainStore()).get('plan-1')).to.deep.equal(kept);
    expect(escaped).to.deep.equal([]);
  });

  it('edits made while unsaved chain on the held plan and are saved as one, at the latest revision', async () => {
    const store = await faultyStore();
    faults.failWrites = 2;
    const first = await store.put(makePlan());
    const second = await store.put({ ...first, brief: { ...first.brief, offer: 'second' } });
    expect(second.revision).to.equal(2);
    expect(store.status).to.equal('unsaved changes');
    expect(await store.retry()).to.equal('saved');
    const saved = await (await plainStore()).get('plan-1');
    expect(saved?.brief.offer).to.equal('second');
    expect(saved?.revision).to.equal(2);
  });

  it('an import aborted mid-way is held whole and saved whole on retry', async () => {
    const store = await faultyStore();
    faults.kind = 'abort';
    faults.failWrites = 1;
    const report = await store.importFile(exportPlans([makePlan({ id: 'a' }), makePlan({ id: 'b' }), makePlan({ id: 'c' })], '2026-08-01T00:00:00Z'));
    expect(report.imported).to.deep.equal(['a', 'b', 'c']);
    expect(report.status).to.equal('unsaved changes');
    // The transaction was all or nothing: none of the three reached the disk.
    expect(await (await plainStore()).list()).to.deep.equal([]);
    expect(store.pending().map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    expect(await store.retry()).to.equal('saved');
    expect((await (await plainStore()).list()).map((s) => s.id)).to.deep.equal(['a', 'b', 'c']);
    expect(escaped).to.deep.equal([]);
  });

  it('a held change that another tab overtook is not written over theirs: it stays held for export', async () => {
    const store = await faultyStore();
    const base = await store.put(makePlan());
    faults.failWrites = 1;
    await store.put({ ...base, brief: { ...base.brief, offer: 'mine, held' } });
    const other = await plainStore();
    await other.put({ ...base, brief: { ...base.brief, offer: 'theirs, saved' } });

    expect(await store.retry()).to.equal('unsaved changes');
    expect(store.reason).to.match(/another tab/);
    expect(store.pending().map((p) => p.brief.offer)).to.deep.equal(['mine, held']);
    expect((await other.get('plan-1'))?.brief.offer).to.equal('theirs, saved');
  });

  it('a delete that fails is held too: the plan stays gone here and is deleted on retry', async () => {
    const store = await faultyStore();
    await store.put(makePlan());
    faults.kind = 'abort';
    faults.failWrites = 1;
    await store.delete('plan-1');
    expect(store.status).to.equal('unsaved changes');
    expect(await store.get('plan-1')).to.equal(undefined);
    expect(await store.list()).to.deep.equal([]);
    expect((await (await plainStore()).get('plan-1'))?.id).to.equal('plan-1');
    expect(await store.retry()).to.equal('saved');
    expect(await (await plainStore()).list()).to.deep.equal([]);
  });

  it('without usable IndexedDB (storage blocked in an embed) the store works in memory and says so', async () => {
    const store = await openPlanStore({ idbFactory: blockedStorage });
    open.push(store);
    expect(store.status).to.equal('memory only');
    expect(store.reason).to.match(/export/);
    const saved = await store.put(makePlan());
    expect(await store.get('plan-1')).to.deep.equal(saved);
    expect(store.pending()).to.deep.equal([saved]);
    expect((await store.exportAll('2026-08-01T00:00:00Z')).plans).to.deep.equal([saved]);
    expect(await store.retry()).to.equal('memory only');
    expect(escaped).to.deep.equal([]);
  });

  it('a database left by a newer Preflight makes the store read-only, not broken', async () => {
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => resolve(request.result);
    });
    newer.close();
    const store = await plainStore();
    expect(store.status).to.equal('read-only');
    expect(store.reason).to.match(/newer/);
    await store.put(makePlan());
    expect(store.pending().map((p) => p.id)).to.deep.equal(['plan-1']);
  });
});
