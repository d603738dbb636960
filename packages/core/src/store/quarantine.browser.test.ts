import { expect } from '@open-wc/testing';
import { readExport } from '../exchange/json.js';
import { makePlan } from '../testing/factories.js';
import { createMemoryStore, openPlanStore, type PlanStore, type QuarantinedRecord } from './index.js';
import { bigPlan, deleteChunk as damageChunk } from './testing/damage.js';
import { collectEscapes } from './testing/escapes.js';
import { deleteDatabase, freshName, makeV1Plan, readAll, seedVersion1 } from './testing/databases.js';


describe('the quarantine', () => {
  let name: string;
  const open: PlanStore[] = [];
  const escaped = collectEscapes();
  const openStore = async () => {
    const store = await openPlanStore({ name, now: () => '2026-08-01T10:00:00.000Z' });
    open.push(store);
    return store;
  };
  const deleteChunk = (index: number) => damageChunk(name, index);

  beforeEach(() => {
    name = freshName('quarantine');
  });
  afterEach(async () => {
    for (const store of open.splice(0)) store.close();
    await deleteDatabase(name);
  });

  it('deleting a damaged plan moves what survived of it to the quarantine instead of deleting it', async () => {
    const store = await openStore();
    const plan = await store.put(bigPlan());
    await store.put(makePlan({ id: 'other' }));
    await deleteChunk(1);

    // The store last read the plan whole, so only the check before the delete can notice.
    await store.delete('big', { baseRevision: plan.revision });
    expect(await store.get('big')).to.equal(undefined);
    expect((await store.list()).map((s) => s.id)).to.deep.equal(['other']);
    expect(((await readAll(name, 'chunks')) as { planId: string }[]).filter((c) => c.planId === 'big')).to.deep.equal([]);

    const kept = (await readAll(name, 'quarantine')) as QuarantinedRecord[];
    expect(kept.map((k) => [k.key, k.cause])).to.deep.equal([['big', 'deleted while damaged']]);
    const record = kept[0]!.record as { head: { revision: number }; chunks: { list: string; index: number; items: { id: string }[] }[] };
    expect(record.head.revision).to.equal(plan.revision);
    expect(record.chunks.filter((c) => c.list === 'blockers').map((c) => [c.index, c.items.length, c.items[0]?.id])).to.deep.equal([
      [0, 500, 'blk-0'],
      [2, 200, 'blk-1000'],
    ]);

    const [listed] = await store.quarantined();
    expect(listed).to.include({ id: 'big', name: 'Big launch', cause: 'deleted while damaged', at: '2026-08-01T10:00:00.000Z' });
    expect(listed?.problems.map((p) => p.code)).to.deep.equal(['missing_chunk']);
    expect(listed?.reason).to.match(/deleted while damaged.*chunk 1 of 3/);
    expect(escaped).to.deep.equal([]);
  });

  it('deleting a whole plan leaves nothing in the quarantine', async () => {
    const store = await openStore();
    await store.put(bigPlan());
    await store.delete('big');
    expect(await readAll(name, 'chunks')).to.deep.equal([]);
    expect(await store.quarantined()).to.deep.equal([]);
  });

  it('lists records an upgrade set aside and plans found damaged, each with its id, cause, reason and problems', async () => {
    const broken = { ...makeV1Plan('broken'), steps: 'not a list' };
    await seedVersion1(name, [makeV1Plan('fine'), broken]);
    const writer = await openStore();
    await writer.put(bigPlan());
    writer.close();
    await deleteChunk(0);

    const store = await openStore();
    expect(await store.get('big')).to.equal(undefined);
    const listed = await store.quarantined();
    expect(listed.map((q) => [q.id, q.name, q.cause])).to.deep.equal([
      ['broken', '2026q4_emea_email_broken', 'upgrade'],
      ['big', 'Big launch', 'damaged'],
    ]);
    expect(listed[0]?.reason).to.match(/upgraded from version 1.*steps/);
    expect(listed[0]?.problems.map((p) => p.path)).to.include('steps');
    expect(listed[1]?.reason).to.match(/found damaged.*chunk 0 of 3/);
    expect(listed.every((q) => !('record' in q))).to.equal(true);
  });

  it('an export carries the quarantine beside the plans, and importing that file imports the plans only', async () => {
    const broken = { ...makeV1Plan('broken'), steps: 'not a list' };
    await seedVersion1(name, [makeV1Plan('fine'), broken]);
    const store = await openStore();
    const plan = await store.put(bigPlan());
    await deleteChunk(2);
    await store.delete('big');

    // Through JSON text, as a person saves and later opens the file.
    const file = JSON.parse(JSON.stringify(await store.exportAll('2026-08-02T00:00:00Z'))) as Awaited<ReturnType<PlanStore['exportAll']>>;
    expect(file.plans.map((p) => p.id)).to.deep.equal(['fine']);
    expect(file.quarantine?.map((q) => [q.id, q.cause])).to.deep.equal([
      ['broken', 'upgrade'],
      ['big', 'deleted while damaged'],
    ]);
    expect(file.quarantine?.[0]?.record).to.deep.equal(broken);
    const survived = (file.quarantine?.[1]?.record as { chunks: { list: string; items: unknown[] }[] }).chunks.filter((c) => c.list === 'blockers');
    expect(survived.flatMap((c) => c.items)).to.deep.equal(plan.blockers.slice(0, 1000));

    expect(readExport(file).problems).to.deep.equal([]);
    const target = createMemoryStore();
    const report = await target.importFile(file);
    expect(report).to.include({ applied: true });
    expect(report.imported).to.deep.equal(['fine']);
    expect(report.problems).to.deep.equal([]);
    expect((await target.list()).map((s) => s.id)).to.deep.equal(['fine']);
    expect(await target.quarantined()).to.deep.equal([]);
  });

  it('an export of a store with an empty quarantine has no quarantine section', async () => {
    const store = await openStore();
    await store.put(makePlan({ id: 'one' }));
    expect(Object.keys(await store.exportAll('2026-08-02T00:00:00Z'))).to.deep.equal(['format', 'version', 'exportedAt', 'plans']);
  });
});
