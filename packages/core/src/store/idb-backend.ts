import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { conflictsOf, type Backend, type CommitResult, type Write } from './backend.js';
import { CHUNKED_LISTS, chunkRange, join, newWriteId, sameChunk, split, type StoredChunk, type StoredHead } from './chunks.js';
import { BY_PLATFORM_KEY, CHUNKS, PLANS } from './database.js';
import type { StoredRecord } from './records.js';

type Tx = IDBPTransaction<unknown, string[], 'readonly' | 'readwrite'>;

/** What this connection last wrote of a plan, to tell which chunks an edit left as they were. */
interface Written {
  writeId: string;
  chunks: Map<string, unknown[]>;
}

const chunkKey = (chunk: Pick<StoredChunk, 'list' | 'index'>) => `${chunk.list}:${chunk.index}`;

/**
 * Records in IndexedDB, each as a small head and its lists in chunks. Each commit is one transaction
 * that checks revisions before it writes, and writes only the chunks that changed since this
 * connection last wrote the plan (all of them when someone else wrote it meanwhile).
 */
export class IdbBackend implements Backend {
  readonly shared = true;
  private readonly db: IDBPDatabase;
  private readonly written = new Map<string, Written>();

  constructor(private readonly raw: IDBDatabase) {
    this.db = wrap(raw);
  }

  async get(id: string): Promise<StoredRecord | undefined> {
    const tx = this.db.transaction([PLANS, CHUNKS]);
    return this.read(tx, id);
  }

  async all(): Promise<StoredRecord[]> {
    const tx = this.db.transaction([PLANS, CHUNKS]);
    const [heads, chunks] = await Promise.all([tx.objectStore(PLANS).getAll(), tx.objectStore(CHUNKS).getAll()]);
    const byPlan = new Map<string, StoredChunk[]>();
    for (const chunk of chunks as StoredChunk[]) byPlan.set(chunk.planId, [...(byPlan.get(chunk.planId) ?? []), chunk]);
    return (heads as StoredHead[]).map((head) => join(head, byPlan.get(head.id) ?? []));
  }

  async byPlatformKey(key: string): Promise<StoredRecord[]> {
    const tx = this.db.transaction([PLANS, CHUNKS]);
    const heads = (await tx.objectStore(PLANS).index(BY_PLATFORM_KEY).getAll(key)) as StoredHead[];
    return Promise.all(heads.map(async (head) => join(head, (await tx.objectStore(CHUNKS).getAll(chunkRange(head.id))) as StoredChunk[])));
  }

  async commit(writes: readonly Write[], options: { strict?: boolean } = {}): Promise<CommitResult> {
    const tx = this.db.transaction([PLANS, CHUNKS], 'readwrite', { durability: options.strict ? 'strict' : 'default' });
    // Whatever happens below, the outcome is read from `done`; never leave it unobserved.
    const done = tx.done.then(
      () => undefined,
      (error: unknown) => error ?? new DOMException('The transaction was aborted', 'AbortError'),
    );
    const plans = tx.objectStore(PLANS);
    const chunks = tx.objectStore(CHUNKS);
    const nowWritten = new Map<string, Written | undefined>();
    try {
      // Heads are small: reading them checks revisions and tells whether this connection wrote last.
      const heads = new Map<string, StoredHead | undefined>();
      for (const w of writes) heads.set(w.id, (await plans.get(w.id)) as StoredHead | undefined);
      const mismatched = conflictsOf(writes, (id) => heads.get(id));
      if (mismatched.length) {
        const conflicts = [];
        for (const { id } of mismatched) conflicts.push({ id, current: await this.read(tx, id, heads.get(id)) });
        tx.abort();
        await done;
        return { ok: false, conflicts };
      }
      // Issue every request before awaiting any; once one throws (the transaction died), settle
      // the ones already issued so none of their rejections goes unobserved.
      const requests: Promise<unknown>[] = [];
      let thrown: unknown;
      try {
        for (const w of writes) {
          const stored = heads.get(w.id);
          const mine = this.written.get(w.id);
          const known = stored && mine && stored.writeId === mine.writeId ? mine : undefined;
          if (!w.record) {
            // One request per statement: if the second throws, the first is already in `requests`.
            requests.push(plans.delete(w.id));
            requests.push(chunks.delete(chunkRange(w.id)));
            nowWritten.set(w.id, undefined);
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
          nowWritten.set(w.id, { writeId: head.writeId, chunks: new Map(parts.map((part) => [chunkKey(part), part.items])) });
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
    for (const [id, written] of nowWritten) {
      if (written) this.written.set(id, written);
      else this.written.delete(id);
    }
    return { ok: true };
  }

  close(): void {
    this.raw.close();
  }

  private async read(tx: Tx, id: string, known?: StoredHead): Promise<StoredRecord | undefined> {
    const head = known ?? ((await tx.objectStore(PLANS).get(id)) as StoredHead | undefined);
    if (!head) return undefined;
    return join(head, (await tx.objectStore(CHUNKS).getAll(chunkRange(id))) as StoredChunk[]);
  }
}
