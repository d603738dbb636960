import { expect } from '@open-wc/testing';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { DB_VERSION, openPlanStore, type PlanStore, type QuarantinedRecord, type SaveStatus } from './index.js';
import { split } from './chunks.js';
import { toRecord } from './records.js';
import { currentVersion, deleteDatabase, freshName, indexNames, makeV1Plan, openRaw, readAll, seedVersion1, seedVersion2, seedVersion3 } from './testing/databases.js';

/** Resolves at the store's next status change to `wanted`. */
function statusBecomes(store: PlanStore, wanted: SaveStatus): Promise<string | undefined> {
  return new Promise((resolve) => {
    const stop = store.onStatus((status, reason) => {
      if (status !== wanted) return;
      stop();
      resolve(reason);
    });
  });
}

describe('database upgrades', () => {
  let name: string;
  const open: PlanStore[] = [];
  const raw: IDBDatabase[] = [];
  beforeEach(() => {
    name = freshName('upgrade');
  });
  afterEach(async () => {
    for (const store of open.splice(0)) store.close();
    for (const db of raw.splice(0)) db.close();
    await deleteDatabase(name);
  });
  const openStore = async () => {
    const store = await openPlanStore({ name });
    open.push(store);
    return store;
  };

  it('migrates every version-1 record into the current shape, intact and findable by platform key', async () => {
    const current = makePlan({ id: 'already-v2' });
    await seedVersion1(name, [makeV1Plan('old-a', '2026-10-01'), makeV1Plan('old-b', '2026-11-15'), current]);
    const store = await openStore();
    expect(store.status).to.equal('saved');
    expect(await currentVersion(name)).to.equal(DB_VERSION);

    const a = await store.get('old-a');
    expect(a?.schemaVersion).to.equal(3);
    expect(a?.revision).to.equal(1);
    expect(a?.campaign.launchDate).to.equal('2026-10-01');
    expect(a?.steps[0]?.raci.accountable).to.deep.equal(['Demand gen lead']);
    expect(a?.blockers[0]?.owner).to.equal('Marketing ops');
    expect(a?.brief.offer).to.equal('Webinar seat');
    expect((await store.get('already-v2'))?.brief).to.deep.equal(current.brief);
    // Listed by campaign name: the current-format plan's name sorts first.
    expect((await store.list()).map((s) => [s.id, s.launchDate])).to.deep.equal([
      ['already-v2', '2026-09-01'],
      ['old-a', '2026-10-01'],
      ['old-b', '2026-11-15'],
    ]);
    expect((await store.findByPlatformKey('hubspot:51657317:old-b'))?.id).to.equal('old-b');
    const [upgrade] = (await readAll(name, 'meta')) as { fromVersion: number; migrated: number; quarantined: number; confirmed: boolean }[];
    expect(upgrade).to.include({ fromVersion: 1, migrated: 3, quarantined: 0, confirmed: true });
    expect(await indexNames(name, 'plans')).to.deep.equal(['platformKeys']);
  });

  it('splits every version-2 record into a head and list chunks, content and revision intact', async () => {
    const blockers = Array.from({ length: 1200 }, (_, i) => makeBlocker({ id: `blk-${i}`, title: `Blocker ${i}` }));
    const big = { ...makePlan({ id: 'big', blockers }), revision: 7 };
    const small = { ...makePlan({ id: 'small', campaign: { ...makePlan().campaign, links: [{ platform: 'hubspot' as const, key: 'hubspot:1:small' }] } }), revision: 2 };
    await seedVersion2(name, [
      { plan: big, revision: 7, updatedAt: '2026-08-01T00:00:00Z', platformKeys: [] },
      { plan: small, revision: 2, updatedAt: '2026-08-02T00:00:00Z', platformKeys: ['hubspot:1:small'] },
    ]);
    const store = await openStore();
    expect(store.status).to.equal('saved');
    expect(await currentVersion(name)).to.equal(DB_VERSION);
    expect(await store.get('big')).to.deep.equal(big);
    expect(await store.get('small')).to.deep.equal(small);
    expect((await store.findByPlatformKey('hubspot:1:small'))?.id).to.equal('small');
    expect((await store.list()).map((s) => [s.id, s.revision, s.updatedAt])).to.deep.include.members([
      ['big', 7, '2026-08-01T00:00:00Z'],
      ['small', 2, '2026-08-02T00:00:00Z'],
    ]);
    const heads = (await readAll(name, 'plans')) as { id: string; plan: { blockers: unknown[] } }[];
    expect(heads.find((h) => h.id === 'big')?.plan.blockers).to.deep.equal([]);
    const chunks = (await readAll(name, 'chunks')) as { planId: string; list: string; items: unknown[] }[];
    expect(chunks.filter((c) => c.planId === 'big' && c.list === 'blockers').map((c) => c.items.length)).to.deep.equal([500, 500, 200]);
    const [upgrade] = (await readAll(name, 'meta')) as { fromVersion: number; migrated: number; confirmed: boolean }[];
    expect(upgrade).to.include({ fromVersion: 2, migrated: 2, confirmed: true });
    expect(await indexNames(name, 'plans')).to.deep.equal(['platformKeys']);
    // An edit after the upgrade is saved on top of the migrated record.
    const saved = await store.put({ ...big, blockers: [...big.blockers.slice(1)] });
    store.close();
    expect(await (await openStore()).get('big')).to.deep.equal(saved);
  });

  it('drops the unused [id, revision] index of a version-3 database, plans and platform keys intact', async () => {
    const blockers = Array.from({ length: 700 }, (_, i) => makeBlocker({ id: `blk-${i}` }));
    const plan = makePlan({ id: 'v3', blockers, campaign: { ...makePlan().campaign, links: [{ platform: 'hubspot', key: 'hubspot:1:v3' }] } });
    const { head, chunks } = split(toRecord(plan, 4, '2026-08-01T00:00:00Z'), 'written-by-v3');
    await seedVersion3(name, [head], chunks);
    expect(await indexNames(name, 'plans')).to.deep.equal(['platformKeys', 'revision']);
    const store = await openStore();
    expect(store.status).to.equal('saved');
    expect(await currentVersion(name)).to.equal(DB_VERSION);
    expect(await indexNames(name, 'plans')).to.deep.equal(['platformKeys']);
    expect(await store.get('v3')).to.deep.equal({ ...plan, revision: 4 });
    expect((await store.findByPlatformKey('hubspot:1:v3'))?.id).to.equal('v3');
    const [upgrade] = (await readAll(name, 'meta')) as { fromVersion: number; migrated: number; confirmed: boolean }[];
    expect(upgrade).to.include({ fromVersion: 3, migrated: 0, confirmed: true });
  });

  it('keeps a version-1 record that no longer validates in the quarantine, with its problems, instead of dropping it', async () => {
    const broken = { ...makeV1Plan('broken'), steps: 'not a list' };
    await seedVersion1(name, [makeV1Plan('fine'), broken]);
    const store = await openStore();
    expect((await store.list()).map((s) => s.id)).to.deep.equal(['fine']);
    const [kept] = (await readAll(name, 'quarantine')) as QuarantinedRecord[];
    expect(kept?.key).to.equal('broken');
    expect(kept?.record).to.deep.equal(broken);
    expect(kept?.problems.map((p) => p.path)).to.include('steps');
    expect(kept?.fromVersion).to.equal(1);
  });

  it('an upgrade held up by a tab with the old version open resolves at once in memory, then saves when that tab lets go', async () => {
    await seedVersion1(name, [makeV1Plan('old-a')]);
    // An older tab that does not close on versionchange.
    const oldTab = await openRaw(name, 1);
    raw.push(oldTab);
    const store = await openStore();
    expect(store.status).to.equal('memory only');
    expect(store.reason).to.match(/another tab/i);
    const typed = await store.put(makePlan({ id: 'typed-while-blocked' }));
    expect(store.pending().map((p) => p.id)).to.deep.equal(['typed-while-blocked']);

    const saved = statusBecomes(store, 'saved');
    oldTab.close();
    await saved;
    expect(store.pending()).to.deep.equal([]);
    expect((await store.list()).map((s) => s.id)).to.deep.equal(['typed-while-blocked', 'old-a']);
    store.close();
    expect(await (await openStore()).get('typed-while-blocked')).to.deep.equal(typed);
  });

  it('lets a newer version elsewhere upgrade at once, and turns read-only here without losing what is typed next', async () => {
    const store = await openStore();
    await store.put(makePlan({ id: 'before' }));
    const readOnly = statusBecomes(store, 'read-only');
    const newer = await openRaw(name, DB_VERSION + 1);
    raw.push(newer);
    expect(await readOnly).to.match(/reload/i);
    const kept = await store.put(makePlan({ id: 'after' }));
    expect(kept.revision).to.equal(1);
    expect(store.pending().map((p) => p.id)).to.deep.equal(['after']);
    expect(await store.retry()).to.equal('read-only');
    expect(store.pending().map((p) => p.id)).to.deep.equal(['after']);
  });

  it('tells subscribers when another tab deletes the database, and saves again after a retry', async () => {
    const store = await openStore();
    await store.put(makePlan({ id: 'before' }));
    const heard: string[] = [];
    store.subscribe((c) => heard.push(`${c.type}:${c.origin}`));
    const readOnly = statusBecomes(store, 'read-only');
    await deleteDatabase(name);
    await readOnly;
    expect(heard).to.include('clear:remote');
    await store.put(makePlan({ id: 'after' }));
    expect(await store.retry()).to.equal('saved');
    store.close();
    expect((await (await openStore()).list()).map((s) => s.id)).to.deep.equal(['after']);
  });
});
