import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { hasUnseenRecords, parsePlan, parsePlanInSlices, type Plan, type Problem } from '@preflight/core';
import type { PreflightChange } from './changes.js';
import { defaultStore } from './default-store.js';
import { isConflict, touches, type PlanStoreLike, type StoreStatus } from './plan-store.js';
import { teamStore } from './team-link.js';

/** The inputs a plan-bound element exposes; `PlanElement` declares them as properties. */
export interface PlanSourceHost extends HTMLElement, ReactiveControllerHost {
  plan: unknown;
  planId: string | undefined;
  persist: boolean;
  store: PlanStoreLike | undefined;
  sync: string | undefined;
  token: string | undefined;
}

/** What a binding is opened from: the given store, the plan id, `persist`, `sync` and `token`. */
type BindKey = [store: PlanStoreLike | undefined, planId: string, persist: boolean, sync: string | undefined, token: string | undefined];

/** What a binding read: the plan saved under its id, if any. */
interface Opened {
  id: string;
  stored: Plan | undefined;
}

/** Why a binding still opening is aborted when its element leaves the page. */
const LEFT_PAGE = Symbol('left the page');
/** Why a binding still opening is aborted when the element's inputs name nothing to open. */
const UNBOUND = Symbol('nothing to open');

/**
 * From this many records never validated, a plan set as `.plan` is read in slices that yield to the
 * page (10,000 blockers take over 50 ms to validate at once); a smaller one, or one read before, at once.
 */
const READ_IN_SLICES_FROM = 2000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Dispatches a user edit as `preflight-change`; false when a listener cancelled it. */
export type EmitChange = (plan: Plan, change: PreflightChange) => boolean;

export type SourceState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'missing'; planId: string }
  | { kind: 'store-error'; message: string }
  | { kind: 'ready'; plan: Plan };

/**
 * Where an element's plan comes from and where its edits go.
 * - Controlled: the owner sets `.plan`; edits emit `preflight-change` and update `.plan`.
 * - Bound: `plan-id` with `persist` (the default IndexedDB store) or a `.store`: edits are
 *   saved with their base revision, other tabs' saves arrive live, a stale write shows a conflict.
 * - Shared: `plan-id` with `sync` (a team server) and `token`: the team plan, live, through the
 *   sync client loaded on first use.
 * Any `.plan` is read with `parsePlan`, so a bad one becomes a list of problems, never an exception.
 */
export class PlanSourceController implements ReactiveController {
  state: SourceState = { kind: 'empty' };
  /** The bound store's status, or undefined for a controlled element. */
  status: StoreStatus | undefined;
  /** Set when a save was refused because the plan changed elsewhere. */
  conflict = false;

  private seenPlan: unknown;
  private ownPlan: unknown;
  private boundKey: unknown[] = [];
  private activeStore: PlanStoreLike | undefined;
  private unbind: (() => void)[] = [];
  /** Opens the bound store and reads the plan; only the latest binding's result is shown. */
  private readonly loading: Task<BindKey, Opened>;
  /** The save of the last edit while it is under way: the revision it is saved as. */
  private saving: Promise<number | undefined> | undefined;

  constructor(
    private readonly host: PlanSourceHost,
    private readonly emitChange: EmitChange,
    /** Work to do on a plan read in slices, in tasks of its own before it is shown (judging it). */
    private readonly prepare?: (plan: Plan) => void | Promise<void>,
  ) {
    host.addController(this);
    this.loading = new Task<BindKey, Opened>(host, {
      autoRun: false,
      task: (key, { signal }) => this.open(key, signal),
      onComplete: ({ stored, id }) => {
        // The Task swallows what onComplete throws: shown here, or the element would stay loading.
        try {
          this.showStored(stored, id);
        } catch (error) {
          this.showError(error);
        }
      },
      onError: (error) => {
        // The element left the page, or was unbound, while its store was opening: nothing to show.
        if (error === LEFT_PAGE || error === UNBOUND) return;
        this.showError(error);
      },
    });
  }

  get plan(): Plan | undefined {
    return this.state.kind === 'ready' ? this.state.plan : undefined;
  }

  /** The store the element is bound to, once opened. */
  get boundStore(): PlanStoreLike | undefined {
    return this.activeStore;
  }

  hostConnected(): void {
    this.boundKey = [];
    // Lit does not update an element put back in the page: ask, so it binds to its store again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.loading.abort(LEFT_PAGE);
    this.release();
  }

  hostUpdate(): void {
    const { host } = this;
    if (host.plan !== this.seenPlan) {
      this.seenPlan = host.plan;
      // Our own edit written back to `.plan` is already valid: no need to parse it again.
      if (host.plan !== this.ownPlan) this.readInput(host.plan);
    }
    const store = host.store;
    const key = [store, host.planId, host.persist, host.sync, host.token];
    if (key.some((v, i) => v !== this.boundKey[i])) {
      this.boundKey = key;
      this.bind();
    }
  }

  /**
   * Applies a user edit: emits `preflight-change` (cancelable) and, unless cancelled, shows
   * and saves the new plan. Returns false when the edit was cancelled (the element then
   * re-renders from the unchanged plan, which rolls it back).
   */
  commit(next: Plan, change: PreflightChange): boolean {
    const current = this.plan;
    if (!current) return false;
    if (!this.emitChange(next, change)) {
      this.host.requestUpdate();
      return false;
    }
    this.show(next);
    this.host.requestUpdate();
    const store = this.activeStore;
    if (store) {
      // Edits made before the last one is saved (a form's fields, one event each) are saved in turn,
      // each on the revision the one before it was saved as: never two writes on the same base.
      const before = this.saving;
      const base = current.revision ?? 0;
      const saving = (this.saving = (async () => this.save(store, next, (before && (await before)) ?? base))());
      void saving.then(() => {
        if (this.saving === saving) this.saving = undefined;
      });
    }
    return true;
  }

  /** Drops local state and reads the stored plan again (the conflict notice's way out). */
  async reload(): Promise<void> {
    const store = this.activeStore;
    const id = this.host.planId;
    if (!store || !id) return;
    this.conflict = false;
    const stored = await store.get(id);
    this.showStored(stored, id);
  }

  private readInput(input: unknown): void {
    if (input === undefined || input === null) {
      if (!this.activeStore) this.state = { kind: 'empty' };
      return;
    }
    if (hasUnseenRecords(input, READ_IN_SLICES_FROM)) {
      void this.readInSlices(input);
      return;
    }
    // Frozen records: edits share them and skip validation, and another element given the same plan compares instead of validating.
    const result = parsePlan(input, { freeze: true });
    this.state = result.ok ? { kind: 'ready', plan: result.value } : { kind: 'invalid', problems: result.problems };
  }

  /**
   * A big plan never seen: loading while it is validated in slices, then prepared in a task of its
   * own, then shown. A plan set in the meantime wins.
   */
  private async readInSlices(input: unknown): Promise<void> {
    this.state = { kind: 'loading' };
    const result = await parsePlanInSlices(input, { freeze: true });
    const stale = () => this.seenPlan !== input;
    if (stale()) return;
    if (result.ok && this.prepare) {
      await nextTask();
      if (stale()) return;
      await this.prepare(result.value);
      await nextTask();
      if (stale()) return;
    }
    this.state = result.ok ? { kind: 'ready', plan: result.value } : { kind: 'invalid', problems: result.problems };
    this.host.requestUpdate();
  }

  /** Binds to the store the element's inputs name now: a binding still opening is dropped by the Task. */
  private bind(): void {
    this.release();
    const { host } = this;
    const id = host.planId;
    if (!id || (!host.store && !host.persist && !host.sync)) {
      this.activeStore = undefined;
      this.status = undefined;
      // Nothing to open: a binding still opening is dropped. Not run, since a Task run ends with one more render.
      if (this.loading.status === TaskStatus.PENDING) this.loading.abort(UNBOUND);
      return;
    }
    this.state = { kind: 'loading' };
    host.requestUpdate();
    void this.loading.run([host.store, id, host.persist, host.sync, host.token]);
  }

  /**
   * Opens the store (the team's through the sync client, the page's IndexedDB one, or the one given),
   * follows it, and reads the plan, seeding an empty store with a `.plan` given to start from. Each await
   * checks `signal`: aborted when a later binding starts or the element leaves the page.
   */
  private async open([given, id, , sync, token]: BindKey, signal: AbortSignal): Promise<Opened> {
    const { host } = this;
    const opened = given ? undefined : sync ? await teamStore(sync, id, token) : undefined;
    // A team store this element opened is shared with the page's others: released (the last closes it) when unbound.
    const releaseTeam = () => (opened as { release?: () => void } | undefined)?.release?.();
    const check = () => {
      if (!signal.aborted) return;
      releaseTeam();
      throw signal.reason;
    };
    check();
    const store = given ?? opened ?? (await defaultStore());
    check();
    // Released with this binding: a read it started that lands later is dropped.
    let live = true;
    const stale = () => signal.aborted || !live;
    this.unbind.push(releaseTeam, () => (live = false));
    this.activeStore = store;
    this.status = store.status;
    this.unbind.push(
      store.onStatus((status) => {
        this.status = status;
        host.requestUpdate();
      }),
      store.subscribe((change) => {
        // Another tab (or another element) saved: show it, without an event. Our own save is already shown.
        // While our own edits are being saved in turn, the last of them is what to show (a change from elsewhere makes it a conflict).
        if (stale() || !touches(change, id) || this.saving) return;
        if (change.type === 'put' && change.revision !== undefined && change.revision === this.plan?.revision) return;
        void store.get(id).then((plan) => stale() || this.showStored(plan, id));
      }),
    );
    let stored = await store.get(id);
    signal.throwIfAborted();
    // A bound element given a plan to start from seeds an empty store with it.
    if (!stored && host.plan !== undefined) {
      const seed = parsePlan(host.plan);
      if (seed.ok) stored = await store.put(seed.value, { baseRevision: 0 });
    }
    signal.throwIfAborted();
    return { id, stored };
  }

  private showStored(stored: Plan | undefined, id: string): void {
    if (!stored) this.state = { kind: 'missing', planId: id };
    else {
      const result = parsePlan(stored);
      if (result.ok) this.show(result.value);
      else this.state = { kind: 'invalid', problems: result.problems };
    }
    this.host.requestUpdate();
  }

  private showError(error: unknown): void {
    this.state = { kind: 'store-error', message: error instanceof Error ? error.message : String(error) };
    this.host.requestUpdate();
  }

  /** Shows a valid plan and mirrors it in `.plan`, so a bound element's `.plan` is always what it shows. */
  private show(plan: Plan): void {
    this.state = { kind: 'ready', plan };
    this.ownPlan = this.seenPlan = this.host.plan = plan;
  }

  /** Saves the plan on its base revision; resolves to the revision it was saved as (undefined when refused). */
  private async save(store: PlanStoreLike, plan: Plan, baseRevision: number): Promise<number | undefined> {
    let revision: number | undefined;
    try {
      const saved = await store.put(plan, { baseRevision });
      revision = saved.revision;
      // Keep the saved revision so the next edit is based on it.
      if (this.plan === plan) this.show(saved);
    } catch (error) {
      if (isConflict(error)) this.conflict = true;
      else this.showError(error);
    }
    this.host.requestUpdate();
    return revision;
  }

  private release(): void {
    for (const off of this.unbind.splice(0)) off();
  }
}
