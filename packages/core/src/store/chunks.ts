import { isFrozenValid } from '../plan/known-valid.js';
import type { StoredRecord } from './records.js';

/** Records per chunk: small enough that an edit rewrites little, large enough that a load reads few. */
export const CHUNK_SIZE = 500;
/** The lists that can grow long; each is stored as chunks beside the plan's head. */
export const CHUNKED_LISTS = ['steps', 'blockers', 'checklist', 'milestones', 'approvals', 'log'] as const;
type ListName = (typeof CHUNKED_LISTS)[number];

/**
 * A plan as stored from database version 3: the record with its lists left empty, how many chunks
 * each list has, and an id that changes with every write (a revision alone can come back after a
 * delete and an import).
 */
export interface StoredHead extends StoredRecord {
  chunks: Partial<Record<ListName, number>>;
  writeId: string;
}

export interface StoredChunk {
  planId: string;
  list: ListName;
  index: number;
  items: unknown[];
}

let writes = 0;
export function newWriteId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${(writes++).toString(36)}`;
}

/** Every chunk of one plan, or of one list of it from `from` on. */
export function chunkRange(planId: string, list?: ListName, from = 0): IDBKeyRange {
  return list === undefined ? IDBKeyRange.bound([planId], [planId, []]) : IDBKeyRange.bound([planId, list, from], [planId, list, Infinity]);
}

export function split(record: StoredRecord, writeId: string): { head: StoredHead; chunks: StoredChunk[] } {
  const plan = { ...record.plan } as Record<string, unknown>;
  const head: StoredHead = { ...record, plan: plan as StoredRecord['plan'], chunks: {}, writeId };
  const chunks: StoredChunk[] = [];
  for (const list of CHUNKED_LISTS) {
    const items = plan[list];
    if (!Array.isArray(items)) continue;
    // Left in place, empty, so the plan keeps its field order when joined again.
    plan[list] = [];
    const count = Math.ceil(items.length / CHUNK_SIZE);
    head.chunks[list] = count;
    for (let index = 0; index < count; index++) chunks.push({ planId: record.id, list, index, items: items.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE) });
  }
  return { head, chunks };
}

/** The record again, from its head and its chunks (in any order). */
export function join(head: StoredHead, chunks: readonly StoredChunk[]): StoredRecord {
  const { chunks: counts, writeId: _writeId, ...record } = head;
  const plan = { ...record.plan } as Record<string, unknown>;
  const parts = new Map<string, unknown[][]>();
  for (const chunk of chunks) {
    if (chunk.planId !== head.id) continue;
    const list = parts.get(chunk.list) ?? [];
    list[chunk.index] = chunk.items;
    parts.set(chunk.list, list);
  }
  for (const list of CHUNKED_LISTS) {
    const count = counts[list];
    if (count === undefined) continue;
    const found = parts.get(list) ?? [];
    plan[list] = Array.from({ length: count }, (_, i) => found[i] ?? []).flat();
  }
  return { ...record, plan: plan as StoredRecord['plan'] };
}

/** True when a chunk holds the very same records as before, each frozen so it cannot have changed since. */
export function sameChunk(before: readonly unknown[] | undefined, after: readonly unknown[]): boolean {
  return before !== undefined && before.length === after.length && after.every((item, i) => item === before[i] && isFrozenValid(item));
}
