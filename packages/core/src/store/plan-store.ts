import { exportPlans, readExport } from '../exchange/json.js';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/schema.js';
import { MemoryBackend, type Backend, type CommitResult, type Write } from './backend.js';
import type { Channel } from './broadcast.js';
import { ConflictError, DamagedPlanError, describeDamage, InvalidPlanError } from './errors.js';
import { byName, samePlan, summarize, toRecord, type StoredRecord } from './records.js';
import type {
  DamagedPlan,
  ImportConflict,
  ImportReport,
  PlanStore,
  PlanSummary,
  QuarantinedPlan,
  SaveStatus,
  StatusListener,
  StoreChange,
  StoreExportFile,
} from './types.js';

/** open: writes go to the database; memory: there is none; read-only: it was taken away (upgraded or closed elsewhere). */
export type Mode = 'open' | 'memory' | 'read-only';

/** A write the backend did not take, held in memory until it does. */
interface Held {
  /** The record to write; undefined for a delete. */
  record: StoredRecord | undefined;
  /** The backend revision it was based on; undefined: whatever is there (an unconditional delete). */
  expected: number | undefined;
  /** Set when the backend moved on meanwhile: saving it would overwrite someone else's change. */
  conflict?: boolean;
}

export interface StoreOptions {
  /** The clock for `updatedAt`; defaults to the system clock. */
  now?: () => string;
}

const systemNow = () => new Date().toISOString();

function describeFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return "This site's browser storage is full: changes are kept in this page. Free some space and retry, or export them.";
  return `Saving failed${name ? ` (${name})` : ''}: changes are kept in this page. Retry, or export them.`;
}

/**
 * A plan store over a backend, holding in memory every write the backend refused so nothing is
 * lost. Operations run one at a time, so a write and the reads after it see the same order.
 */
export class OverlayPlanStore implements PlanStore {
  private readonly held = new Map<string, Held>();
  private readonly damagedPlans = new Map<string, DamagedPlan>();
  private readonly changeListeners = new Set<(change: StoreChange) => void>();
  private readonly statusListeners = new Set<StatusListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private explanation: string | undefined;
  private shown: { status: SaveStatus; reason: string | undefined };
  private readonly now: () => string;
  /** Set by whoever knows how to reopen the database. */
  reconnect?: () => Promise<void>;
  channel?: Channel;

  constructor(
    private backend: Backend,
    private mode: Mode,
    reason: string | undefined,
    options: StoreOptions = {},
  ) {
    this.explanation = reason;
    this.now = options.now ?? systemNow;
    this.shown = { status: this.status, reason: this.reason };
    this.watch(backend);
  }

  get status(): SaveStatus {
    if (this.mode === 'memory') return 'memory only';
    if (this.mode === 'read-only') return 'read-only';
    return this.held.size ? 'unsaved changes' : 'saved';
  }

  get reason(): string | undefined {
    const damage = [...this.damagedPlans.values()].map((plan) => `${describeDamage(plan)}; export it from the quarantine or save a repaired copy.`);
    const reasons = [this.status === 'saved' ? undefined : this.explanation, ...damage].filter((r) => r !== undefined);
    return reasons.length ? reasons.join(' ') : undefined;
  }

  // ── reads ──────────────────────────────────────────────────────────────

  get(id: string): Promise<Plan | undefined> {
    return this.run(async () => (await this.effective(id))?.plan);
  }

  list(): Promise<PlanSummary[]> {
    return this.run(async () => (await this.allRecords()).map(summarize).sort(byName));
  }

  findByPlatformKey(key: string): Promise<Plan | undefined> {
    return this.run(async () => {
      const mine = [...this.held.values()].find((h) => h.record?.platformKeys.includes(key));
      if (mine?.record) return structuredClone(mine.record.plan);
      const found = await this.read(() => this.backend.byPlatformKey(key), []);
      return found.filter((r) => !this.held.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : 1))[0]?.plan;
    });
  }

  exportAll(exportedAt: string): Promise<StoreExportFile> {
    return this.run(async () => {
      const records = (await this.allRecords()).sort((a, b) => (a.id < b.id ? -1 : 1));
      const file: StoreExportFile = exportPlans(records.map((r) => r.plan), exportedAt);
      const quarantine = await this.read(() => this.backend.quarantine(), []);
      // Through JSON like the plans: the file holds exactly what a later reader gets.
      if (quarantine.length) file.quarantine = JSON.parse(JSON.stringify(quarantine)) as StoreExportFile['quarantine'];
      return file;
    });
  }

  quarantined(): Promise<QuarantinedPlan[]> {
    return this.run(async () => (await this.read(() => this.backend.quarantine(), [])).map(({ record: _record, ...entry }) => entry));
  }

  damaged(): DamagedPlan[] {
    return [...this.damagedPlans.values()].map((plan) => structuredClone(plan));
  }

  pending(): Plan[] {
    const plans = [...this.held.values()].flatMap((h) => (h.record ? [structuredClone(h.record.plan)] : []));
    // Without a database everything is unsaved.
    if (this.backend instanceof MemoryBackend) {
      for (const record of this.backend.records.values()) if (!this.held.has(record.id)) plans.push(structuredClone(record.plan));
    }
    return plans;
  }

  // ── writes ─────────────────────────────────────────────────────────────

  put(plan: Plan, options: { baseRevision?: number; replaceDamaged?: boolean } = {}): Promise<Plan> {
    // The saved plan's records come back frozen: the next edit shares them and only its changed records are validated.
    const parsed = parsePlan(plan, { freeze: true });
    if (!parsed.ok) return Promise.reject(new InvalidPlanError(parsed.problems));
    const base = options.baseRevision ?? plan.revision ?? 0;
    const id = parsed.value.id;
    return this.run(async () => {
      const record = toRecord(parsed.value, base + 1, this.now());
      const change: StoreChange = { type: 'put', id, revision: record.revision, origin: 'local' };
      const held = this.held.get(id);
      if (held) {
        if ((held.record?.revision ?? 0) !== base) throw new ConflictError(id, base, held.record?.plan, record.plan);
        this.held.set(id, { record, expected: held.expected });
        this.emit(change, false);
        await this.flush();
        return structuredClone(record.plan);
      }
      let result = await this.write([{ id, expected: base, record }], change);
      const damaged = result.ok ? undefined : result.conflicts[0]?.damaged;
      // The damaged plan is in the quarantine now: the caller who asked may take its place.
      if (damaged && options.replaceDamaged) result = await this.write([{ id, expected: 0, record }], change);
      else if (damaged) throw new DamagedPlanError(damaged, record.plan);
      if (!result.ok) throw new ConflictError(id, base, result.conflicts[0]?.current?.plan, record.plan);
      // A held record stays in memory: hand out a copy. A saved one is the parser's fresh output, shared with nobody.
      return this.held.has(id) ? structuredClone(record.plan) : record.plan;
    });
  }

  delete(id: string, options: { baseRevision?: number } = {}): Promise<void> {
    const base = options.baseRevision;
    return this.run(async () => {
      const change: StoreChange = { type: 'delete', id, origin: 'local' };
      const held = this.held.get(id);
      if (held) {
        if (!held.record) return;
        if (base !== undefined && held.record.revision !== base) throw new ConflictError(id, base, held.record.plan, undefined);
        this.held.set(id, { record: undefined, expected: held.expected });
        this.emit(change, false);
        await this.flush();
        return;
      }
      const result = await this.write([{ id, expected: base, record: undefined }], change);
      // Deleting what someone else deleted already is no conflict: the plan is gone either way.
      if (!result.ok && result.conflicts[0]?.current) throw new ConflictError(id, base ?? 0, result.conflicts[0].current.plan, undefined);
    });
  }

  importFile(input: unknown, options: { acceptPartial?: boolean } = {}): Promise<ImportReport> {
    const read = readExport(input);
    return this.run(async () => {
      const conflicts: ImportConflict[] = [];
      const unchanged: string[] = [];
      const fresh: Plan[] = [];
      for (const { index, plan } of read.plans) {
        const current = await this.effective(plan.id);
        if (!current) fresh.push(plan);
        else if (samePlan(current.plan, plan)) unchanged.push(plan.id);
        else conflicts.push({ index, id: plan.id, current: current.plan, incoming: plan });
      }
      const report = (imported: string[], applied: boolean): ImportReport => ({ imported, unchanged, conflicts, problems: read.problems, applied, status: this.status });
      if ((read.problems.length || conflicts.length) && !options.acceptPartial) return report([], false);
      const at = this.now();
      const recordOf = (plan: Plan) => toRecord(plan, Math.max(1, plan.revision ?? 0), at);
      // Another tab may add one of these ids between the reads above and the commit: those become conflicts.
      let writes: Write[] = fresh.filter((p) => !this.held.has(p.id)).map((plan) => ({ id: plan.id, expected: 0, record: recordOf(plan) }));
      for (let attempt = 0; writes.length && attempt <= fresh.length; attempt++) {
        const result = await this.write(writes, { type: 'import', ids: writes.map((w) => w.id), origin: 'local' }, true);
        if (result.ok) break;
        const lost = new Set(result.conflicts.map((c) => c.id));
        for (const c of result.conflicts) {
          const entry = read.plans.find((p) => p.plan.id === c.id)!;
          if (c.current) conflicts.push({ index: entry.index, id: c.id, current: c.current.plan, incoming: entry.plan });
        }
        writes = writes.filter((w) => !lost.has(w.id));
        if (!options.acceptPartial) return report([], false);
      }
      // A plan deleted here whose delete is not saved yet: the imported plan takes the delete's place.
      const replacingDeletes = fresh.filter((p) => this.held.has(p.id) && !writes.some((w) => w.id === p.id));
      for (const plan of replacingDeletes) this.held.set(plan.id, { record: recordOf(plan), expected: this.held.get(plan.id)!.expected });
      if (replacingDeletes.length) {
        this.emit({ type: 'import', ids: replacingDeletes.map((p) => p.id), origin: 'local' }, false);
        await this.flush();
      }
      const imported = [...writes.map((w) => w.id), ...replacingDeletes.map((p) => p.id)];
      this.statusChanged();
      return report(imported, true);
    });
  }

  // ── status and subscriptions ───────────────────────────────────────────

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  async retry(): Promise<SaveStatus> {
    if (this.mode !== 'open' && this.reconnect) await this.reconnect();
    await this.run(async () => {
      for (const held of this.held.values()) held.conflict = false;
      await this.flush();
    });
    return this.status;
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
    this.backend.close();
    this.changeListeners.clear();
    this.statusListeners.clear();
  }

  /** The database is open (perhaps later than the store): what was kept in memory goes into it. */
  attach(backend: Backend): Promise<void> {
    return this.run(async () => {
      const previous = this.backend;
      if (previous instanceof MemoryBackend) {
        for (const record of previous.records.values()) if (!this.held.has(record.id)) this.held.set(record.id, { record, expected: 0 });
      }
      this.backend = backend;
      this.watch(backend);
      this.mode = 'open';
      await this.flush();
      this.emit({ type: 'clear', origin: 'remote' }, false);
      this.statusChanged();
    });
  }

  /** The database can no longer be used from here (another tab upgraded or deleted it, or it failed to open). */
  setMode(mode: Mode, reason: string): void {
    this.mode = mode;
    this.explanation = reason;
    this.statusChanged();
  }

  /** A change saved in another tab. */
  receive(change: StoreChange): void {
    this.notify(change);
  }

  // ── internals ──────────────────────────────────────────────────────────

  private watch(backend: Backend): void {
    backend.onDamage = (plan) => {
      this.damagedPlans.set(plan.id, plan);
      this.statusChanged();
    };
  }

  private run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** A read that cannot throw: a database that fails to answer leaves what is held in memory. */
  private async read<T>(task: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await task();
    } catch {
      return fallback;
    }
  }

  private async effective(id: string): Promise<StoredRecord | undefined> {
    const held = this.held.get(id);
    if (held) return held.record && structuredClone(held.record);
    return this.read(() => this.backend.get(id), undefined);
  }

  private async allRecords(): Promise<StoredRecord[]> {
    const byId = new Map((await this.read(() => this.backend.all(), [])).map((r) => [r.id, r]));
    for (const [id, held] of this.held) {
      if (held.record) byId.set(id, structuredClone(held.record));
      else byId.delete(id);
    }
    return [...byId.values()];
  }

  /** Commits, or holds the writes in memory when the backend fails; conflicts are returned, not held. */
  private async write(writes: Write[], change: StoreChange, strict = false): Promise<CommitResult> {
    let result: CommitResult;
    try {
      result = await this.backend.commit(writes, { strict });
    } catch (error) {
      for (const w of writes) this.held.set(w.id, { record: w.record, expected: w.expected });
      this.failed(error);
      this.emit(change, false);
      return { ok: true };
    }
    if (result.ok) {
      // A plan saved in place of one set aside as damaged: the notice has served its purpose.
      for (const w of writes) this.damagedPlans.delete(w.id);
      this.emit(change, this.backend.shared);
    }
    this.statusChanged();
    return result;
  }

  /** Saves what is held, oldest first; stops at the first storage failure. */
  private async flush(): Promise<void> {
    for (const [id, held] of [...this.held]) {
      if (held.conflict) continue;
      let result: CommitResult;
      try {
        result = await this.backend.commit([{ id, expected: held.expected, record: held.record }]);
      } catch (error) {
        this.failed(error);
        return;
      }
      if (result.ok) {
        this.held.delete(id);
        if (this.backend.shared) this.channel?.post({ type: held.record ? 'put' : 'delete', id, revision: held.record?.revision, origin: 'local' });
      } else {
        held.conflict = true;
        const damaged = result.conflicts[0]?.damaged;
        this.explanation = damaged
          ? `${describeDamage(damaged)}: the change waiting to be saved is kept in this page, export it.`
          : `"${held.record?.plan.campaign.name ?? id}" was changed in another tab while this change waited to be saved: it is kept in this page, export it to merge by hand.`;
      }
    }
    this.statusChanged();
  }

  private failed(error: unknown): void {
    if (this.mode === 'open') this.explanation = describeFailure(error);
    this.statusChanged();
  }

  private emit(change: StoreChange, toOtherTabs: boolean): void {
    if (toOtherTabs) this.channel?.post(change);
    this.notify(change);
  }

  private notify(change: StoreChange): void {
    for (const listener of [...this.changeListeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('A Preflight store listener failed:', error);
      }
    }
  }

  private statusChanged(): void {
    const now = { status: this.status, reason: this.reason };
    if (now.status === this.shown.status && now.reason === this.shown.reason) return;
    this.shown = now;
    for (const listener of [...this.statusListeners]) {
      try {
        listener(now.status, now.reason);
      } catch (error) {
        console.error('A Preflight store status listener failed:', error);
      }
    }
  }
}

/** A store that lives in this page only (tests, previews, and the fallback when there is no IndexedDB). */
export function createMemoryStore(options: StoreOptions = {}): PlanStore {
  return new OverlayPlanStore(new MemoryBackend(), 'memory', 'Plans are kept in this page only: export them to keep them.', options);
}
