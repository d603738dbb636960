import { isFrozenValid } from '../plan/known-valid.js';
import type { Problem } from '../problems/problem.js';
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

/** A stored plan whose chunks do not add up to what its head says: never read as a whole plan. */
export interface Damage {
  head: StoredHead;
  /** Every chunk found for the plan, as found. */
  chunks: StoredChunk[];
  problems: Problem[];
  /** What is there, in order, with what is missing left out. */
  partial: StoredRecord;
}

export type Joined = { ok: true; record: StoredRecord } | { ok: false; damage: Damage };

/** What is wrong with a plan's chunks: missing ones, extra ones, and chunks of the wrong size. */
function chunkProblems(head: StoredHead, chunks: readonly StoredChunk[]): Problem[] {
  const problems: Problem[] = [];
  const counts = head.chunks as Record<string, number | undefined>;
  const found = new Map<string, Set<number>>();
  for (const chunk of chunks) {
    const count = counts[chunk.list];
    const where = `chunk ${chunk.index} of ${chunk.list}`;
    if (count === undefined || !Number.isInteger(chunk.index) || chunk.index < 0 || chunk.index >= count) {
      problems.push({ path: chunk.list, code: 'extra_chunk', message: `${where} is stored, but the plan has ${count ?? 0} chunk(s) of ${chunk.list}` });
      continue;
    }
    found.set(chunk.list, (found.get(chunk.list) ?? new Set()).add(chunk.index));
    const last = chunk.index === count - 1;
    const size = Array.isArray(chunk.items) ? chunk.items.length : -1;
    if (size < 0) problems.push({ path: chunk.list, code: 'chunk_size', message: `${where} holds no list of records` });
    else if (last ? size < 1 || size > CHUNK_SIZE : size !== CHUNK_SIZE) {
      problems.push({ path: chunk.list, code: 'chunk_size', message: `${where} holds ${size} records, expected ${last ? `1 to ${CHUNK_SIZE}` : CHUNK_SIZE}` });
    }
  }
  for (const list of CHUNKED_LISTS) {
    const count = counts[list] ?? 0;
    for (let index = 0; index < count; index++) {
      if (!found.get(list)?.has(index)) {
        const records = `records ${index * CHUNK_SIZE + 1} to ${index === count - 1 ? 'the end' : (index + 1) * CHUNK_SIZE}`;
        problems.push({ path: list, code: 'missing_chunk', message: `chunk ${index} of ${count} (${records}) is missing` });
      }
    }
  }
  return problems;
}

/**
 * The record again, from its head and its chunks (in any order); or, when a chunk is missing,
 * extra or of the wrong size, the damage with what is there — never a plan with records dropped.
 */
export function join(head: StoredHead, chunks: readonly StoredChunk[]): Joined {
  const own = chunks.filter((chunk) => chunk.planId === head.id);
  const { chunks: counts, writeId: _writeId, ...record } = head;
  const plan = { ...record.plan } as Record<string, unknown>;
  const parts = new Map<string, unknown[][]>();
  for (const chunk of own) {
    if (!Number.isInteger(chunk.index) || chunk.index < 0 || !Array.isArray(chunk.items)) continue;
    const list = parts.get(chunk.list) ?? [];
    list[chunk.index] = chunk.items;
    parts.set(chunk.list, list);
  }
  for (const list of CHUNKED_LISTS) {
    const count = counts[list];
    if (count === undefined) continue;
    const found = parts.get(list) ?? [];
    plan[list] = found.slice(0, count).flatMap((items) => items ?? []);
  }
  const joined = { ...record, plan: plan as StoredRecord['plan'] };
  const problems = chunkProblems(head, own);
  return problems.length ? { ok: false, damage: { head, chunks: own, problems, partial: joined } } : { ok: true, record: joined };
}

/** True when a chunk holds the very same records as before, each frozen so it cannot have changed since. */
export function sameChunk(before: readonly unknown[] | undefined, after: readonly unknown[]): boolean {
  return before !== undefined && before.length === after.length && after.every((item, i) => item === before[i] && isFrozenValid(item));
}
