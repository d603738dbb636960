import { parsePlan } from '../plan/parse.js';
import type { Problem } from '../problems/problem.js';
import { split, type StoredChunk } from './chunks.js';
import { toRecord, type StoredRecord } from './records.js';
import type { QuarantineCause } from './types.js';

/**
 * Database versions:
 * 1. `plans` held bare plan objects (schemaVersion 1 or 2), keyed by `id`.
 * 2. `plans` holds StoredRecords (plan, revision, updatedAt, platformKeys) with a multiEntry index on
 *    `platformKeys` and one on [id, revision]; `quarantine` keeps records that no longer validate; `meta` notes upgrades.
 * 3. `plans` holds each record's head (its lists left empty, see chunks.ts) and `chunks` holds the lists in
 *    chunks keyed [planId, list, index], so an edit rewrites the head and the chunk it touched, not the whole plan.
 *    A plan whose chunks do not add up is moved, head and chunks as found, into `quarantine`.
 * 4. The [id, revision] index is gone: revisions are read from the heads, which are small.
 */
export const DB_VERSION = 4;
export const PLANS = 'plans';
export const BY_PLATFORM_KEY = 'platformKeys';
/** The [id, revision] index of versions 2 and 3, deleted by version 4. */
const BY_REVISION = 'revision';
export const QUARANTINE = 'quarantine';
export const CHUNKS = 'chunks';
export const META = 'meta';

/** A record the upgrade could not read as a plan, or a damaged plan: kept as it was, with the reasons. */
export interface QuarantinedRecord {
  /** The plan id it was stored under. */
  key: IDBValidKey;
  record: unknown;
  problems: Problem[];
  fromVersion: number;
  at: string;
  /** Set for damaged plans (records kept by an upgrade have none). */
  cause?: QuarantineCause;
}

export interface UpgradeOutcome {
  fromVersion: number;
  toVersion: number;
  migrated: number;
  quarantined: number;
  at: string;
}

/**
 * Runs inside the versionchange transaction, so a failed upgrade leaves the old database as it was.
 * Every old record is either migrated in place or moved to the quarantine: none is dropped.
 */
export function upgradeDatabase(db: IDBDatabase, tx: IDBTransaction, fromVersion: number, at: string): UpgradeOutcome {
  const outcome: UpgradeOutcome = { fromVersion, toVersion: DB_VERSION, migrated: 0, quarantined: 0, at };
  if (fromVersion < 1) db.createObjectStore(PLANS, { keyPath: 'id' });
  if (fromVersion < 2) {
    tx.objectStore(PLANS).createIndex(BY_PLATFORM_KEY, 'platformKeys', { multiEntry: true });
    db.createObjectStore(QUARANTINE, { autoIncrement: true });
    db.createObjectStore(META);
  }
  if (fromVersion < 3) db.createObjectStore(CHUNKS, { keyPath: ['planId', 'list', 'index'] });
  if (fromVersion >= 2 && tx.objectStore(PLANS).indexNames.contains(BY_REVISION)) tx.objectStore(PLANS).deleteIndex(BY_REVISION);
  if (fromVersion === 1) migrateBarePlans(tx, outcome);
  if (fromVersion === 2) splitRecords(tx, outcome);
  tx.objectStore(META).put(outcome, 'upgrade');
  return outcome;
}

/**
 * Visits every stored record with a cursor, then notes the outcome. Anything unexpected undoes the
 * whole upgrade rather than leave it half done.
 */
function eachRecord(tx: IDBTransaction, outcome: UpgradeOutcome, visit: (cursor: IDBCursorWithValue) => void): void {
  const request = tx.objectStore(PLANS).openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) {
      tx.objectStore(META).put(outcome, 'upgrade');
      return;
    }
    try {
      visit(cursor);
      cursor.continue();
    } catch (error) {
      console.error('Preflight could not upgrade its database:', error);
      tx.abort();
    }
  };
}

/** Version 1 records were bare plans: each is validated, then stored as a record or quarantined. */
function migrateBarePlans(tx: IDBTransaction, outcome: UpgradeOutcome): void {
  const quarantine = tx.objectStore(QUARANTINE);
  eachRecord(tx, outcome, (cursor) => {
    const parsed = parsePlan(cursor.value);
    if (parsed.ok && parsed.value.id === cursor.primaryKey) {
      // Plans saved before revisions existed count as saved once.
      writeSplit(tx, cursor, toRecord(parsed.value, Math.max(1, parsed.value.revision ?? 1), outcome.at));
      outcome.migrated++;
    } else {
      const problems = parsed.ok ? [{ path: 'id', code: 'key_mismatch', message: `does not match the stored key ${String(cursor.primaryKey)}` }] : parsed.problems;
      const kept: QuarantinedRecord = { key: cursor.primaryKey, record: cursor.value, problems, fromVersion: outcome.fromVersion, at: outcome.at };
      quarantine.add(kept);
      cursor.delete();
      outcome.quarantined++;
    }
  });
}

/** Version 2 records were whole plans: each becomes a head and chunks, content untouched. */
function splitRecords(tx: IDBTransaction, outcome: UpgradeOutcome): void {
  eachRecord(tx, outcome, (cursor) => {
    writeSplit(tx, cursor, cursor.value as StoredRecord);
    outcome.migrated++;
  });
}

/** Stores a record as version 3 does: its head in place of the cursor's value, its lists as chunks. */
function writeSplit(tx: IDBTransaction, cursor: IDBCursorWithValue, record: StoredRecord): void {
  const { head, chunks } = split(record, `upgrade-${cursor.primaryKey as string}`);
  cursor.update(head);
  for (const chunk of chunks) tx.objectStore(CHUNKS).put(chunk satisfies StoredChunk);
}
