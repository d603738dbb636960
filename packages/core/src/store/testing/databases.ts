/** Raw IndexedDB helpers for tests: seed an old database, read a store as it is, delete a database. */

/** A plan as Preflight wrote it in schema version 1 (the first database version stored these bare). */
export function makeV1Plan(id: string, launch = '2026-10-01'): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id,
    campaign: { name: `2026q4_emea_email_${id}`, type: 'webinar', state: 'draft', launch, links: [{ platform: 'hubspot', key: `hubspot:51657317:${id}` }] },
    brief: { objective: 'Grow pipeline', audience: 'Ops leaders', offer: 'Webinar seat', deadline: launch, successMetric: 'SQLs', successTarget: '40' },
    steps: [
      {
        id: 'brief-intake',
        name: 'Campaign brief intake',
        layer: 'strategy',
        raci: { responsible: ['Marketing ops'], accountable: 'Demand gen lead', consulted: ['Content'], informed: ['Leadership'], backup: 'Ops lead' },
      },
    ],
    blockers: [{ id: 'blk-1', title: 'Speaker not confirmed', assignee: 'Marketing ops', due: '2026-09-20', severity: 'high', status: 'open', raisedAt: '2026-09-01T09:00:00Z' }],
    checklist: [],
    milestones: [],
  };
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onabort = request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

/** Opens `name` at `version` with the raw API; `upgrade` runs in the versionchange transaction. */
export function openRaw(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A database as version 1 left it: bare plans keyed by id, no index, no other stores. */
export async function seedVersion1(name: string, records: unknown[]): Promise<void> {
  const db = await openRaw(name, 1, (d) => d.createObjectStore('plans', { keyPath: 'id' }));
  const tx = db.transaction('plans', 'readwrite');
  for (const record of records) tx.objectStore('plans').put(record);
  await done(tx);
  db.close();
}

/** A database as version 2 left it: whole records (plan, revision, updatedAt, platformKeys) in `plans`. */
export async function seedVersion2(name: string, records: { plan: { id: string }; revision: number; updatedAt: string; platformKeys: string[] }[]): Promise<void> {
  const db = await openRaw(name, 2, (d) => {
    const plans = d.createObjectStore('plans', { keyPath: 'id' });
    plans.createIndex('platformKeys', 'platformKeys', { multiEntry: true });
    plans.createIndex('revision', ['id', 'revision'], { unique: true });
    d.createObjectStore('quarantine', { autoIncrement: true });
    d.createObjectStore('meta');
  });
  const tx = db.transaction('plans', 'readwrite');
  for (const record of records) tx.objectStore('plans').put({ id: record.plan.id, ...record });
  await done(tx);
  db.close();
}

/** A database as version 3 left it: heads in `plans` (still with the [id, revision] index), lists in `chunks`. */
export async function seedVersion3(name: string, heads: unknown[], chunks: unknown[]): Promise<void> {
  const db = await openRaw(name, 3, (d) => {
    const plans = d.createObjectStore('plans', { keyPath: 'id' });
    plans.createIndex('platformKeys', 'platformKeys', { multiEntry: true });
    plans.createIndex('revision', ['id', 'revision'], { unique: true });
    d.createObjectStore('quarantine', { autoIncrement: true });
    d.createObjectStore('meta');
    d.createObjectStore('chunks', { keyPath: ['planId', 'list', 'index'] });
  });
  const tx = db.transaction(['plans', 'chunks'], 'readwrite');
  for (const head of heads) tx.objectStore('plans').put(head);
  for (const chunk of chunks) tx.objectStore('chunks').put(chunk);
  await done(tx);
  db.close();
}

/** Every value of a store, read with the raw API. */
export async function readAll(name: string, store: string): Promise<unknown[]> {
  const db = await openRaw(name, (await currentVersion(name)) || 1);
  const request = db.transaction(store).objectStore(store).getAll();
  await done(request);
  db.close();
  return request.result as unknown[];
}

export async function currentVersion(name: string): Promise<number> {
  const all = await indexedDB.databases();
  return all.find((d) => d.name === name)?.version ?? 0;
}

export function deleteDatabase(name: string): Promise<void> {
  return done(indexedDB.deleteDatabase(name));
}

let counter = 0;
/** A database name no other test uses. */
export function freshName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
}

/** Changes one store of the database with the raw API, as a browser clearing data or a person in devtools might. */
export async function tamper(name: string, store: string, change: (objectStore: IDBObjectStore) => void): Promise<void> {
  const db = await openRaw(name, await currentVersion(name));
  const tx = db.transaction(store, 'readwrite');
  change(tx.objectStore(store));
  await done(tx);
  db.close();
}

/** The index names of a store, read with the raw API. */
export async function indexNames(name: string, store: string): Promise<string[]> {
  const db = await openRaw(name, await currentVersion(name));
  const tx = db.transaction(store);
  const names = [...tx.objectStore(store).indexNames];
  // Closed only once its transaction is over, so a store opened next is not held up by it.
  await done(tx);
  db.close();
  return names;
}
