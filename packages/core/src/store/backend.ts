import type { StoredRecord } from './records.js';
import type { DamagedPlan, ExportedQuarantine } from './types.js';

/** One write in a commit: applied only if the stored revision is still `expected` (0 = absent). */
export interface Write {
  id: string;
  /** Undefined: whatever is stored (an unconditional delete). */
  expected: number | undefined;
  /** The new record; undefined deletes. */
  record: StoredRecord | undefined;
}

/** A refused write: `current` is what is stored; `damaged` is set when the stored plan was found damaged and set aside. */
export interface CommitConflict {
  id: string;
  current: StoredRecord | undefined;
  damaged?: DamagedPlan;
}

export type CommitResult = { ok: true } | { ok: false; conflicts: CommitConflict[] };

/**
 * Where records live. A commit is all or nothing: on a revision mismatch nothing is written and the
 * mismatches are returned; a storage failure (quota, abort, closed database) is thrown.
 */
export interface Backend {
  /** True when other tabs share what is written (so changes are announced to them). */
  readonly shared: boolean;
  /** Told of every stored plan a read or a write found damaged (reads leave such plans out). */
  onDamage?: (plan: DamagedPlan) => void;
  get(id: string): Promise<StoredRecord | undefined>;
  all(): Promise<StoredRecord[]>;
  byPlatformKey(key: string): Promise<StoredRecord[]>;
  commit(writes: readonly Write[], options?: { strict?: boolean }): Promise<CommitResult>;
  /** Everything set aside in the quarantine, oldest first. */
  quarantine(): Promise<ExportedQuarantine[]>;
  close(): void;
}

export function conflictsOf(writes: readonly Write[], current: (id: string) => StoredRecord | undefined): { id: string; current: StoredRecord | undefined }[] {
  return writes.filter((w) => w.expected !== undefined && (current(w.id)?.revision ?? 0) !== w.expected).map((w) => ({ id: w.id, current: current(w.id) }));
}

/** Records in a Map, copied in and out so nobody can change a stored plan by reference. */
export class MemoryBackend implements Backend {
  readonly shared = false;
  readonly records = new Map<string, StoredRecord>();

  async get(id: string) {
    const record = this.records.get(id);
    return record && structuredClone(record);
  }

  async all() {
    return [...this.records.values()].map((r) => structuredClone(r));
  }

  async byPlatformKey(key: string) {
    return [...this.records.values()].filter((r) => r.platformKeys.includes(key)).map((r) => structuredClone(r));
  }

  async commit(writes: readonly Write[]): Promise<CommitResult> {
    const conflicts = conflictsOf(writes, (id) => this.records.get(id));
    if (conflicts.length) return { ok: false, conflicts: conflicts.map((c) => ({ id: c.id, current: c.current && structuredClone(c.current) })) };
    for (const w of writes) {
      if (w.record) this.records.set(w.id, structuredClone(w.record));
      else this.records.delete(w.id);
    }
    return { ok: true };
  }

  /** Nothing here is ever damaged or upgraded. */
  async quarantine(): Promise<ExportedQuarantine[]> {
    return [];
  }

  close() {}
}
