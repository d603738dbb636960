import type { ExportFile, RecordProblem } from '../exchange/json.js';
import type { Plan } from '../plan/schema.js';
import type { Problem } from '../problems/problem.js';

/** What the UI shows about persistence. */
export type SaveStatus = 'saved' | 'unsaved changes' | 'read-only' | 'memory only';

/** One line of the plan list: enough to show and open a plan without reading it whole. */
export interface PlanSummary {
  id: string;
  name: string;
  /** The campaign's lifecycle state as written in the plan (readiness is computed elsewhere). */
  state: Plan['campaign']['state'];
  launchDate?: string;
  revision: number;
  updatedAt: string;
}

/**
 * A saved change. `origin: 'remote'` means another tab (or the database coming back) made it.
 * `clear` means anything may have changed: read the list again.
 */
export interface StoreChange {
  type: 'put' | 'delete' | 'import' | 'clear';
  id?: string;
  ids?: string[];
  revision?: number;
  origin: 'local' | 'remote';
}

/** An imported plan whose id is already in the store with other content: kept, not overwritten. */
export interface ImportConflict {
  index: number;
  id: string;
  current: Plan;
  incoming: Plan;
}

export interface ImportReport {
  /** Ids written by this import. */
  imported: string[];
  /** Ids already in the store with the same content: nothing to do. */
  unchanged: string[];
  conflicts: ImportConflict[];
  /** Bad records, by index in the file and path in the record; index -1 is the file itself. */
  problems: RecordProblem[];
  /** False when problems or conflicts were found and `acceptPartial` was not set: nothing was written. */
  applied: boolean;
  /** The store's status after the import ('unsaved changes' if it is only held in memory). */
  status: SaveStatus;
}

/**
 * A stored plan that could not be read whole: a chunk of one of its lists is missing, extra or of
 * the wrong size, or the joined plan no longer validates. It is never handed out as a plan; the
 * stored record is moved, as found, into the database's quarantine.
 */
export interface DamagedPlan {
  id: string;
  /** The campaign name from the plan's head, to tell a person which plan it is. */
  name: string;
  revision: number;
  problems: Problem[];
  /** What survived, in order, records of missing chunks left out; not validated. Offer it for export. */
  partial: unknown;
}

/** Why a record is in the quarantine. */
export type QuarantineCause = 'upgrade' | 'damaged' | 'deleted while damaged';

/** A record set aside instead of dropped: one the upgrade could not read as a plan, or a damaged plan as found. */
export interface QuarantinedPlan {
  /** Its key in the quarantine (several copies of one plan id can be kept). */
  key: string | number;
  /** The plan id it was stored under. */
  id: string;
  /** The campaign name when one can be read, else the id. */
  name: string;
  cause: QuarantineCause;
  /** In words a person can act on. */
  reason: string;
  problems: Problem[];
  /** When it was set aside. */
  at: string;
}

/** A quarantined record in an export file: what was found, as found (a damaged plan: its head and surviving chunks). */
export interface ExportedQuarantine extends QuarantinedPlan {
  record: unknown;
}

/**
 * The store's export: every plan, plus (when there is any) the quarantine. `readExport` and
 * `importFile` read only `plans`, so the file imports anywhere; the quarantine travels with it for
 * a person to repair by hand.
 */
export interface StoreExportFile extends ExportFile {
  quarantine?: ExportedQuarantine[];
}

export type StatusListener = (status: SaveStatus, reason: string | undefined) => void;

export interface PlanStore {
  get(id: string): Promise<Plan | undefined>;
  list(): Promise<PlanSummary[]>;
  /**
   * Saves a plan and returns it with its new revision. `baseRevision` (default `plan.revision ?? 0`,
   * 0 for a new plan) must match the stored revision, otherwise it rejects with a ConflictError.
   * An invalid plan rejects with an InvalidPlanError and nothing is written; a put over a stored plan
   * found damaged rejects with a DamagedPlanError carrying what survived (`replaceDamaged` overwrites it).
   * The returned plan's records (steps, blockers, checklist items…) are frozen: edit by replacing a
   * record with a changed copy, and the next put validates only the records that changed.
   */
  put(plan: Plan, options?: { baseRevision?: number; replaceDamaged?: boolean }): Promise<Plan>;
  /** Deletes a plan; with `baseRevision`, only if nobody changed it since. A damaged plan's surviving records move to the quarantine. */
  delete(id: string, options?: { baseRevision?: number }): Promise<void>;
  /** The plan linked to a platform campaign key (`campaign.links[].key`). */
  findByPlatformKey(key: string): Promise<Plan | undefined>;
  /** Every plan, and the quarantine in a `quarantine` section when it holds anything (an import reads only the plans). */
  exportAll(exportedAt: string): Promise<StoreExportFile>;
  /** What the quarantine holds, oldest first (empty without a database). */
  quarantined(): Promise<QuarantinedPlan[]>;
  importFile(input: unknown, options?: { acceptPartial?: boolean }): Promise<ImportReport>;
  subscribe(listener: (change: StoreChange) => void): () => void;
  readonly status: SaveStatus;
  /** Why the status is not 'saved', or which stored plans were found damaged, in words a person can act on. */
  readonly reason?: string;
  onStatus(listener: StatusListener): () => void;
  /** Tries again to save what is held in memory (and to reopen the database if it was lost). */
  retry(): Promise<SaveStatus>;
  /** Plans not yet saved to the database, held in memory: offer them for export. */
  pending(): Plan[];
  /** Stored plans found damaged by this store (left out of `get` and `list`, named in `reason`). */
  damaged(): DamagedPlan[];
  close(): void;
}
