/**
 * The plan store: where widgets and the extension keep a team's plans in the browser.
 *
 * ```ts
 * const store = await openPlanStore();          // never rejects; falls back to memory with a reason
 * const saved = await store.put(plan);          // revision + 1; stale revision → ConflictError (both versions)
 * store.subscribe((c) => …);                    // c.origin 'remote' = another tab
 * store.onStatus((status, reason) => …);        // 'saved' | 'unsaved changes' | 'read-only' | 'memory only'
 * await store.retry(); store.pending();         // unsaved plans are held in memory until saved or exported
 * await store.findByPlatformKey('hubspot:51657317:22eb0e01-…');
 * await store.importFile(json, { acceptPartial }); await store.exportAll(now);  // plans, plus a `quarantine` section an import skips
 * await settleImport(store, report.conflicts[0], 'keep' | 'theirs' | 'both', now);  // an import that differs: nothing lost either way
 * await store.quarantined();                    // records set aside (upgrade, damage): id, cause, reason, problems
 * ```
 * Only `put` rejects: ConflictError for a stale revision, InvalidPlanError for a plan that does not
 * validate (nothing written), DamagedPlanError over a stored plan found damaged (a chunk of it
 * missing, extra or of the wrong size: it is moved to the quarantine as found, left out of `get` and
 * `list`, listed by `damaged()` and named in `reason`). `delete` rejects with ConflictError when its `baseRevision` is stale.
 * Storage failures never reject: they show in `status`/`reason` and the data stays in `pending()`.
 * `createMemoryStore()` is the same store without a database (tests, previews).
 */
export type {
  SaveStatus,
  PlanSummary,
  StoreChange,
  PlanStore,
  ImportReport,
  ImportConflict,
  StatusListener,
  DamagedPlan,
  QuarantinedPlan,
  QuarantineCause,
  ExportedQuarantine,
  StoreExportFile,
} from './types.js';
export { ConflictError, DamagedPlanError, InvalidPlanError } from './errors.js';
export { createMemoryStore, type StoreOptions } from './plan-store.js';
export { settleImport, conflictDifferences, type SettledImport, type ImportChoice, type ImportDifference } from './settle-import.js';
export { openPlanStore, type OpenOptions } from './open.js';
export { DB_VERSION, type QuarantinedRecord } from './database.js';
