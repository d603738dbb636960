import { wrap, type IDBPDatabase } from 'idb';
import { conflictsOf, type Backend, type CommitResult, type Write } from './backend.js';
import { BY_PLATFORM_KEY, BY_REVISION, PLANS } from './database.js';
import type { StoredRecord } from './records.js';

/** Records in IndexedDB. Each commit is one transaction that checks revisions before it writes. */
export class IdbBackend implements Backend {
  readonly shared = true;
  private readonly db: IDBPDatabase;

  constructor(private readonly raw: IDBDatabase) {
    this.db = wrap(raw);
  }

  get(id: string): Promise<StoredRecord | undefined> {
    return this.db.get(PLANS, id) as Promise<StoredRecord | undefined>;
  }

  all(): Promise<StoredRecord[]> {
    return this.db.getAll(PLANS) as Promise<StoredRecord[]>;
  }

  byPlatformKey(key: string): Promise<StoredRecord[]> {
    return this.db.getAllFromIndex(PLANS, BY_PLATFORM_KEY, key) as Promise<StoredRecord[]>;
  }

  async commit(writes: readonly Write[], options: { strict?: boolean } = {}): Promise<CommitResult> {
    const tx = this.db.transaction(PLANS, 'readwrite', { durability: options.strict ? 'strict' : 'default' });
    // Whatever happens below, the outcome is read from `done`; never leave it unobserved.
    const done = tx.done.then(
      () => undefined,
      (error: unknown) => error ?? new DOMException('The transaction was aborted', 'AbortError'),
    );
    try {
      // Compare revisions from the index alone: reading a large plan just to check it costs more than writing it.
      const revisions = new Map<string, number>();
      const byRevision = tx.store.index(BY_REVISION);
      for (const w of writes) {
        const cursor = await byRevision.openKeyCursor(IDBKeyRange.bound([w.id, -Infinity], [w.id, Infinity]));
        if (cursor) revisions.set(w.id, (cursor.key as [string, number])[1]);
      }
      const mismatched = conflictsOf(writes, (id) => (revisions.has(id) ? ({ revision: revisions.get(id) } as StoredRecord) : undefined));
      if (mismatched.length) {
        const conflicts = [];
        for (const { id } of mismatched) conflicts.push({ id, current: (await tx.store.get(id)) as StoredRecord | undefined });
        tx.abort();
        await done;
        return { ok: false, conflicts };
      }
      // Issue every request before awaiting any; once one throws (the transaction died), settle
      // the ones already issued so none of their rejections goes unobserved.
      const requests: Promise<unknown>[] = [];
      let thrown: unknown;
      for (const w of writes) {
        try {
          requests.push(w.record ? tx.store.put(w.record) : tx.store.delete(w.id));
        } catch (error) {
          thrown = error;
          break;
        }
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
    return { ok: true };
  }

  close(): void {
    this.raw.close();
  }
}
