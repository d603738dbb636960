import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan } from '@preflight/core';
import type { PreflightChange } from './changes.js';
import { PlanSourceController } from './plan-source.js';
import type { PlanStoreLike } from './plan-store.js';
import { PreflightElement } from './preflight-element.js';
import { ClockController, systemClock, type Clock } from './clock.js';
import { ReadinessController } from './readiness.js';
import { DayTextController } from './day-text.js';
import { isTeamStore } from './team-link.js';
import { clockContext, configContext, Provided, storeContext } from './page-context.js';

/** A mistyped theme falls back to auto (the styles only know light and dark); say which value was ignored. */
function themeError(theme: unknown): TemplateResult | typeof nothing {
  if (theme === 'light' || theme === 'dark' || theme === 'auto') return nothing;
  return html`<p part="error" class="theme-error">theme: “${String(theme)}” is not light, dark or auto, so the system’s colour scheme is followed.</p>`;
}

/**
 * A Preflight element that shows one plan: controlled through `.plan`, bound to a store
 * through `plan-id` + `persist` (or `.store`), or shared live through `plan-id` + `sync` + `token`.
 * Subclasses render `renderPlan(plan)`; this class renders every other state (loading, invalid
 * input with its paths, missing plan, store error), the store's status and the conflict notice,
 * and for a team plan the connection strip (Live, Offline with the changes waiting, Refused,
 * Read-only, who else is here, and a notice for each change of yours someone else's replaced).
 *
 * @event preflight-change - A user edit. `detail: {plan, change}`; cancel it to roll the edit back.
 * @csspart error - The invalid-input or store-error message.
 * @csspart status - The store's status (saved, unsaved changes, read-only, memory only).
 * @csspart conflict - The notice shown when a save was refused because the plan changed elsewhere.
 * @csspart team - A team plan's connection strip (`sync`).
 * @csspart team-connection - In the strip: the connection state and the people here.
 * @csspart team-peers - In the strip: the other people who have the plan open.
 * @csspart team-conflict - In the strip: a change of yours that someone else's concurrent change replaced.
 */
export abstract class PlanElement extends PreflightElement {
  /** The plan (controlled). Any value is accepted; an invalid one shows its problems. */
  @property({ attribute: false }) plan: unknown;

  /** Id of the stored plan to show (bound). */
  @property({ attribute: 'plan-id', reflect: true }) planId: string | undefined;

  /** With `plan-id`, binds to the page's IndexedDB store. */
  @property({ type: Boolean, reflect: true }) persist = false;

  private readonly pageStore = new Provided(this, 'store', storeContext);
  private readonly pageClock = new Provided(this, 'clock', clockContext);
  private readonly pageConfig = new Provided(this, 'config', configContext);

  /**
   * Any plan store to bind to (with `plan-id`); takes precedence over `sync` and `persist`. Unset, the
   * store a page around the element provides (the workspace's), if any.
   */
  @property({ attribute: false })
  get store(): PlanStoreLike | undefined {
    return this.pageStore.value;
  }
  set store(store: PlanStoreLike | undefined) {
    this.pageStore.given = store;
  }

  /**
   * A team server's WebSocket URL (`wss://team.example.com`): with `plan-id` and `token`, shows the
   * team's shared plan live and saves edits to it (kept offline in IndexedDB until the server has them).
   * The sync client is loaded only when this is set. Takes precedence over `persist`.
   */
  @property({ reflect: true }) sync: string | undefined;

  /** The share token for `sync`: an editor's token edits, a viewer's only shows. */
  @property() token: string | undefined;

  /**
   * ISO instant the plan is judged at and edits are stamped with (`2026-09-01T09:00:00Z`). Unset, the
   * plan is judged at the current time, again every minute while the page is open, and each edit is
   * stamped with the time it is made.
   */
  @property({ reflect: true }) now: string | undefined;

  /**
   * Where the current time is read when `now` is unset: the browser's clock unless the element is given
   * one or a page around it provides one (a clock stopped at an instant stands for the page's `now`).
   */
  @property({ attribute: false })
  get clock(): Clock {
    return this.pageClock.value ?? systemClock;
  }
  set clock(clock: Clock) {
    this.pageClock.given = clock;
  }

  /** Rules config overrides (only what differs from the defaults). Unset, the config a page around the element provides. */
  @property({ attribute: false })
  get config(): unknown {
    return this.pageConfig.value;
  }
  set config(config: unknown) {
    this.pageConfig.given = config;
  }

  /**
   * Who is acting here: one of the plan's roles. Edits are stamped with it — who did a gate or a
   * step, who raised a blocker, who asked for or decided a review, and the log line of each.
   */
  @property({ reflect: true }) actor: string | undefined;

  /** The actor when it is a role of the plan; anything else counts as nobody named. */
  protected actorIn(plan: Plan): string | undefined {
    const actor = this.actor?.trim();
    return actor && plan.roles.includes(actor) ? actor : undefined;
  }

  protected readonly source = new PlanSourceController(
    this,
    (plan, change) => this.emit('preflight-change', { plan, change }),
    (plan) => this.prepare(plan),
  );

  /** The instant the plan is judged at, and the time edits are stamped with. */
  protected readonly time = new ClockController(this);

  /** The core's verdict on the current plan at that instant. */
  protected readonly readiness = new ReadinessController(this, () => this.source.plan, () => this.time.judgedAt);

  /** Dates, and the dates in the core's sentences, as the reader's locale writes them. */
  protected readonly dates = new DayTextController(this, () => {
    const judged = this.readiness.value;
    return judged?.ok ? { now: judged.now, zone: judged.config.timeZone } : undefined;
  });

  /**
   * What the element computes of a plan before it first shows it, for a big plan read in slices: run
   * in a task of its own (a subclass may yield between steps), so the render that shows the plan finds
   * it done. Judges the plan.
   */
  protected prepare(plan: Plan): void | Promise<void> {
    this.readiness.judge(plan);
  }

  /** Applies a user edit (see PlanSourceController.commit). Ignored when readonly. */
  protected commit(next: Plan, change: PreflightChange): boolean {
    if (this.isReadonly) return false;
    return this.source.commit(next, change);
  }

  /** Readonly by attribute or because the store cannot save. */
  protected get isReadonly(): boolean {
    return this.readonly || this.source.status === 'read-only';
  }

  protected abstract renderPlan(plan: Plan): TemplateResult;

  /** Compact elements (the badge) show the store status elsewhere and turn the line off. */
  protected get showsStatusLine(): boolean {
    return true;
  }

  /** Label for the element's kind, used in its messages ("RACI", "Readiness"). */
  protected abstract get noun(): string;

  protected override render(): TemplateResult {
    // A team plan's connection strip (defined by the sync client, which made the store): first, or after the badge's pill.
    const store = this.source.boundStore;
    const wide = this.showsStatusLine;
    const team = isTeamStore(store) ? html`<preflight-team-status .store=${store} ?compact=${!wide}></preflight-team-status>` : nothing;
    return html`${themeError(this.theme)}${wide ? team : nothing}${this.renderState()}${wide ? nothing : team}`;
  }

  private renderState(): TemplateResult {
    const { state } = this.source;
    switch (state.kind) {
      case 'ready':
        return html`${this.renderConflict()}${this.renderPlan(state.plan)}${this.renderStatus()}`;
      case 'loading':
        return html`<p part="status" role="status">Loading ${this.noun.toLowerCase()}…</p>`;
      case 'invalid':
        return html`<div part="error" role="alert">
          <strong>${this.noun}: this plan cannot be shown.</strong>
          <ul>
            ${state.problems.slice(0, 20).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
          </ul>
          ${state.problems.length > 20 ? html`<p>…and ${state.problems.length - 20} more.</p>` : nothing}
        </div>`;
      case 'missing':
        return html`<p part="status" role="status">No plan is saved under “${state.planId}”.</p>`;
      case 'store-error':
        return html`<div part="error" role="alert"><strong>${this.noun}: the plan store failed.</strong> ${state.message}</div>`;
      case 'empty':
        return html`<p part="status">No plan.</p>`;
    }
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const { status } = this.source;
    return status && this.showsStatusLine && !isTeamStore(this.source.boundStore) ? html`<p part="status" role="status" class="store-status">${status === 'saved' ? 'Saved' : status[0]!.toUpperCase() + status.slice(1)}</p>` : nothing;
  }

  private renderConflict(): TemplateResult | typeof nothing {
    if (!this.source.conflict) return nothing;
    return html`<div part="conflict" role="alert">
      <span>This plan was changed elsewhere, so your last edit was not saved.</span>
      <button type="button" @click=${() => this.source.reload()}>Reload the latest plan</button>
    </div>`;
  }
}
