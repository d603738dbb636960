import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { parsePlan } from '../plan/parse.js';
import { conflictsOf, type Backend, type CommitConflict, type CommitResult, type Write } from './backend.js';
import { CHUNKED_LISTS, chunkRange, join, newWriteId, sameChunk, split, type Damage, type StoredChunk, type StoredHead } from './chunks.js';
import { BY_PLATFORM_KEY, CHUNKS, DB_VERSION, PLANS, QUARANTINE, type QuarantinedRecord } from './database.js';
import { DAMAGED_PREFIX, describeQuarantined } from './quarantine.js';
import type { StoredRecord } from './records.js';
import type { DamagedPlan, ExportedQuarantine, QuarantineCause } from './types.js';

type Tx = IDBPTransaction<unknown, string[], 'readonly' | 'readwrite'>;

/** What this connection last wrote or read of a plan, to tell which chunks an edit left as they were. */
interface Known {
  writeId: string;
  chunks: Map<string, unknown[]>;
}

type Loaded = { ok: true; record: StoredRecord } | { ok: false; damage: Damage };

const chunkKey = (chunk: Pick<StoredChunk, 'list' | 'index'>) => `${chunk.list}:${chunk.index}`;
/** Damaged plans are kept in the quarantine under a key of their own, so setting one aside twice keeps one copy. */
const damagedKey = (head: StoredHead) => `${DAMAGED_PREFIX}${head.id}:${head.writeId}`;
const damagedKeys = (id: string) => IDBKeyRange.bound(`${DAMAGED_PREFIX}${id}:`, `${DAMAGED_PREFIX}${id}:\uffff`);

function describe(head: StoredHead, problems: Damage['problems'], partial: unknown): DamagedPlan {
  const name = (head.plan as { campaign?: { name?: unknown } } | undefined)?.campaign?.name;
  return { id: head.id, name: typeof name === 'string' ? name : head.id, revision: head.revision, problems, partial };
}

/** The chunk keys a head says its plan has, in the order IndexedDB sorts them. */
function expectedKeys(head: StoredHead): string[] {
  const keys: string[] = [];
  for (const [list, count] of Object.entries(head.chunks)) for (let index = 0; index < (count ?? 0); index++) keys.push(`${list}:${index}`);
  return keys.sort();
}

/**
 * Records in IndexedDB, each as a small head and its lists in chunks. Each commit is one transaction
 * that checks revisions before it writes, and writes only the chunks that changed since this
 * connection last wrote or read the plan (all of them when someone else wrote it meanwhile).
 * A plan whose chunks do not add up is never read or overwritten as a whole: it is moved, as found,
 * into the quarantine and reported.
 */
export class IdbBackend implements Backend {
  readonly shared = true;
  onDamage?: (plan: DamagedPlan) => void;
  private readonly db: IDBPDatabase;
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly raw: IDBDatabase,
    private readonly now: () => string,
  ) {
    this.db = wrap(raw);
  }

  async get(id: string): Promise<StoredRecord | undefined> {
    const tx = this.db.transaction([PLANS, CHUNKS]);
    const loaded = await this.read(tx, id);
    return loaded && this.accept(loaded);
  }

  async all(): Promise<StoredRecord[]> {
    const tx = this.db.transaction([PLANS, CHUNKS]);
    const [heads, chunks] = await Promise.all([tx.objectStore(PLANS).getAll(), tx.objectStore(CHUNKS).getAll()]);
    const byPlan = new Map<string, StoredChunk[]>();
    for (const chunk of chunks as StoredChunk[]) {
      const list = byPlan.get(chunk.planId);
      if (list) list.push(chunk);
      else byPlan.set(chunk.planId, [chunk]);
    }
    const records: StoredRecord[] = [];
    for (const head of heads as StoredHead[]) {
      const joined = join(head, byPlan.get(head.id) ?? []);
      const record = await this.accept(joined);
      if (record) records.push(record);
    }
    return records;
  }

  async byPlatformKey(key: string): Promise<StoredRecord[]> {
    const tx = this.db.transaction([PLANS, CHUNKS]);
    const heads = (await tx.objectStore(PLANS).index(BY_PLATFORM_KEY).getAll(key)) as StoredHead[];
    const loaded = await Promise.all(heads.map((head) => this.read(tx, head.id, head)));
    const records: StoredRecord[] = [];
    for (const one of loaded) {
      const record = one && (await this.accept(one));
      if (record) records.push(record);
    }
    return records;
  }

  async commit(writes: readonly Write[], options: { strict?: boolean } = {}): Promise<CommitResult> {
    const tx = this.db.transaction([PLANS, CHUNKS, QUARANTINE], 'readwrite', { durability: options.strict ? 'strict' : 'default' });
    // Whatever happens below, the outcome is read from `done`; never leave it unobserved.
    const done = tx.done.then(
      () => undefined,
      (error: unknown) => error ?? new DOMException('The transaction was aborted', 'AbortError'),
    );
    const plans = tx.objectStore(PLANS);
    const chunks = tx.objectStore(CHUNKS);
    const nowKnown = new Map<string, Known | undefined>();
    const setAside: Damage[] = [];
    /** Damaged plans asked to be deleted: what survived of them goes to the quarantine, not away. */
    const deletedDamaged = new Map<string, Damage>();
    try {
      // Heads are small: reading them checks revisions and tells whether this connection wrote last.
      const heads = new Map<string, StoredHead | undefined>();
      for (const w of writes) heads.set(w.id, (await plans.get(w.id)) as StoredHead | undefined);
      const mismatched = conflictsOf(writes, (id) => heads.get(id));
      if (mismatched.length) {
        const conflicts: CommitConflict[] = [];
        for (const { id } of mismatched) {
          const expected = writes.find((w) => w.id === id)?.expected ?? 0;
          const loaded = await this.read(tx, id, heads.get(id));
          if (loaded && !loaded.ok) setAside.push(loaded.damage);
          const damaged = loaded ? (loaded.ok ? undefined : this.damagedPlan(loaded.damage)) : await this.setAsideAt(tx, id, expected);
          conflicts.push({ id, current: loaded?.ok ? loaded.record : undefined, damaged });
        }
        return await this.refuse(tx, done, setAside, conflicts);
      }
      // A plan about to be overwritten must be whole: otherwise it is set aside and nothing is written.
      // One about to be deleted is checked too, so the chunks that survived are kept rather than deleted.
      for (const w of writes) {
        const stored = heads.get(w.id);
        if (!stored) continue;
        const known = this.known.get(w.id);
        if (known && known.writeId === stored.writeId && sameKeys(await chunks.getAllKeys(chunkRange(w.id)), stored)) continue;
        const joined = join(stored, (await chunks.getAll(chunkRange(w.id))) as StoredChunk[]);
        if (joined.ok) continue;
        if (w.record) setAside.push(joined.damage);
        else deletedDamaged.set(w.id, joined.damage);
      }
      if (setAside.length) {
        const conflicts = setAside.map((damage) => ({ id: damage.head.id, current: undefined, damaged: this.damagedPlan(damage) }));
        return await this.refuse(tx, done, setAside, conflicts);
      }
      // Issue every request before awaiting any; once one throws (the transaction died), settle
      // the ones already issued so none of their rejections goes unobserved.
      const requests: Promise<unknown>[] = [];
      let thrown: unknown;
      try {
        for (const w of writes) {
          const stored = heads.get(w.id);
          const mine = this.known.get(w.id);
          const known = stored && mine && stored.writeId === mine.writeId ? mine : undefined;
          const damage = deletedDamaged.get(w.id);
          if (damage) {
            requests.push(...this.moveToQuarantine(tx as IDBPTransaction<unknown, string[], 'readwrite'>, damage, 'deleted while damaged'));
            nowKnown.set(w.id, undefined);
            continue;
          }
          if (!w.record) {
            // One request per statement: if the second throws, the first is already in `requests`.
            requests.push(plans.delete(w.id));
            requests.push(chunks.delete(chunkRange(w.id)));
            nowKnown.set(w.id, undefined);
            continue;
          }
          const { head, chunks: parts } = split(w.record, newWriteId());
          requests.push(plans.put(head));
          if (!known) requests.push(chunks.delete(chunkRange(w.id)));
          else {
            // Chunks past the new end of a list (or of a list that is gone) would otherwise linger.
            for (const list of CHUNKED_LISTS) {
              if ((stored?.chunks[list] ?? 0) > (head.chunks[list] ?? 0)) requests.push(chunks.delete(chunkRange(w.id, list, head.chunks[list] ?? 0)));
            }
          }
          for (const part of parts) if (!sameChunk(known?.chunks.get(chunkKey(part)), part.items)) requests.push(chunks.put(part));
          nowKnown.set(w.id, composition(head.writeId, parts));
        }
      } catch (error) {
        thrown = error;
      }
      const settled = await Promise.allSettled(requests);
      const rejected = settled.find((r) => r.status === 'rejected');
      if (thrown !== undefined) throw thrown;
      if (rejected) throw rejected.reason;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished.
      }
      await done;
      throw error;
    }
    const failure = await done;
    if (failure) throw failure;
    for (const [id, known] of nowKnown) {
      if (known) this.known.set(id, known);
      else this.known.delete(id);
    }
    return { ok: true };
  }

  async quarantine(): Promise<ExportedQuarantine[]> {
    const tx = this.db.transaction(QUARANTINE);
    const store = tx.objectStore(QUARANTINE);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    const entries = keys.map((key, i) => describeQuarantined(key, values[i] as QuarantinedRecord));
    // Keys sort numbers (upgrades) before strings (damaged plans): order by when they were set aside.
    return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  close(): void {
    this.raw.close();
  }

  /** A plan as stored: its head and chunks joined, or the damage when they do not add up. */
  private async read(tx: Tx, id: string, head?: StoredHead): Promise<Loaded | undefined> {
    head ??= (await tx.objectStore(PLANS).get(id)) as StoredHead | undefined;
    if (!head) return undefined;
    const chunks = (await tx.objectStore(CHUNKS).getAll(chunkRange(id))) as StoredChunk[];
    const joined = join(head, chunks);
    if (!joined.ok) return joined;
    // Frozen and known valid: the next edit validates and writes only what it changed.
    const parsed = parsePlan(joined.record.plan, { freeze: true });
    if (!parsed.ok) return { ok: false, damage: { head, chunks, problems: parsed.problems, partial: joined.record } };
    const record = { ...joined.record, plan: parsed.value };
    this.known.set(id, composition(head.writeId, split(record, head.writeId).chunks));
    return { ok: true, record };
  }

  /** The record of a whole plan; a damaged one is set aside, reported, and left out. */
  private async accept(loaded: Loaded): Promise<StoredRecord | undefined> {
    if (loaded.ok) return loaded.record;
    const plan = this.damagedPlan(loaded.damage);
    try {
      const tx = this.db.transaction([PLANS, CHUNKS, QUARANTINE], 'readwrite', { durability: 'strict' });
      // Only if nobody rewrote the plan since it was read: a rewritten plan is whole again.
      const head = (await tx.objectStore(PLANS).get(plan.id)) as StoredHead | undefined;
      if (head?.writeId === loaded.damage.head.writeId) for (const request of this.moveToQuarantine(tx, loaded.damage)) request.catch(() => undefined);
      await tx.done;
    } catch (error) {
      // Left where it is: it is still reported, and read as damaged again next time.
      console.error(`Preflight could not set the damaged plan "${plan.id}" aside:`, error);
    }
    return undefined;
  }

  /** Moves a damaged plan, head and chunks as found, into the quarantine (in the caller's transaction). */
  private moveToQuarantine(tx: IDBPTransaction<unknown, string[], 'readwrite'>, damage: Damage, cause: QuarantineCause = 'damaged'): Promise<unknown>[] {
    const kept: QuarantinedRecord = {
      key: damage.head.id,
      record: { head: damage.head, chunks: damage.chunks },
      problems: damage.problems,
      fromVersion: DB_VERSION,
      at: this.now(),
      cause,
    };
    this.known.delete(damage.head.id);
    return [
      tx.objectStore(QUARANTINE).put(kept, damagedKey(damage.head)),
      tx.objectStore(PLANS).delete(damage.head.id),
      tx.objectStore(CHUNKS).delete(chunkRange(damage.head.id)),
    ];
  }

  /** Commits only the setting aside of damaged plans; the writes asked for are refused. */
  private async refuse(tx: Tx, done: Promise<unknown>, damaged: Damage[], conflicts: CommitConflict[]): Promise<CommitResult> {
    // Each request's failure shows in `done`.
    if (damaged.length) for (const damage of damaged) for (const request of this.moveToQuarantine(tx as IDBPTransaction<unknown, string[], 'readwrite'>, damage)) request.catch(() => undefined);
    else tx.abort();
    const failure = await done;
    if (failure && damaged.length) throw failure;
    return { ok: false, conflicts };
  }

  /** A write based on revision `expected` of a plan that is gone: was it set aside as damaged? */
  private async setAsideAt(tx: Tx, id: string, expected: number): Promise<DamagedPlan | undefined> {
    if (expected <= 0) return undefined;
    const kept = (await tx.objectStore(QUARANTINE).getAll(damagedKeys(id))) as QuarantinedRecord[];
    const match = kept.filter((k) => (k.record as { head: StoredHead }).head.revision === expected).at(-1);
    if (!match) return undefined;
    const { head, chunks } = match.record as { head: StoredHead; chunks: StoredChunk[] };
    const joined = join(head, chunks);
    return describe(head, match.problems, (joined.ok ? joined.record : joined.damage.partial).plan);
  }

  private damagedPlan(damage: Damage): DamagedPlan {
    const plan = describe(damage.head, damage.problems, damage.partial.plan);
    this.onDamage?.(plan);
    return plan;
  }
}

function composition(writeId: string, parts: readonly StoredChunk[]): Known {
  return { writeId, chunks: new Map(parts.map((part) => [chunkKey(part), part.items])) };
}

/** True when the chunks stored are exactly those the head counts (their sizes are this connection's own). */
function sameKeys(keys: IDBValidKey[], head: StoredHead): boolean {
  const found = keys.map((key) => {
    const [, list, index] = key as [string, string, number];
    return `${list}:${index}`;
  });
  const expected = expectedKeys(head);
  return found.length === expected.length && found.sort().every((key, i) => key === expected[i]);
}
