import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DECISION_TITLES,
  DECISIONS,
  REVIEW_KINDS,
  approvalDeciders,
  approvalSlaClock,
  decidersText,
  decidingStep,
  decisionProblems,
  durationText,
  requestProblems,
  reviewLadder,
  roleLabel,
  type Approval,
  type Decision,
  type Finding,
  type LadderRung,
  type LogEntry,
  type Plan,
  type ReviewKind,
  type RulesConfig,
  type SlaClock,
} from '@preflight/core';
import { renderFindings, renderFindingsButton } from '../shared/findings.js';
import { ActingAsController } from '../shared/acting-as.js';
import { FormDisclosure } from '../shared/form-disclosure.js';
import { focusFirstError, readForm, renderField } from '../shared/forms.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { RowDrawing } from '../shared/row-drawing.js';
import { approvalsStyles } from './approvals.styles.js';
import * as edit from './edits.js';

declare module '../shared/changes.js' {
  interface ChangeMap {
    'approval.request': { approvalId: string; kind: ReviewKind; stepId: string | null; requestedFrom: string | null; requestedBy: string; at: string; itemId: string | null };
    'approval.decide': { approvalId: string; decision: Decision; decidedBy: string; at: string; note: string | null };
  }
}

type RequestField = 'kind' | 'stepId' | 'requestedFrom' | 'itemId';
type DecideField = 'decision' | 'note';
const FIELD_NAMES: Record<RequestField | DecideField, string> = {
  kind: 'Review',
  stepId: 'Step',
  requestedFrom: 'Requested from',
  itemId: 'Backs the gate',
  decision: 'Decision',
  note: 'Note',
};
const KIND_TITLES: Record<ReviewKind, string> = { creative: 'Creative', brand: 'Brand', legal: 'Legal', launch: 'Launch', other: 'Other' };
/** The review a gate rests on, by what it is rather than its id: "the brand review asked of Legal". */
const backingReview = (plan: Plan, id: string): string => {
  const review = plan.approvals.find((a) => a.id === id);
  if (!review) return 'a review no longer in the plan';
  return `the ${KIND_TITLES[review.kind].toLowerCase()} review${review.requestedFrom ? ` asked of ${roleLabel(plan, review.requestedFrom)}` : ''}`;
};
const REQUEST_BUTTON = '[part~=request-button]';
const decideButton = (id: string) => `[part~=review][data-id="${CSS.escape(id)}"] [part~=decide-button]`;
const DECISION_ACTIONS: Record<Decision, string> = { approved: 'Approve', 'changes-requested': 'Request changes', rejected: 'Reject' };
const RUNG_WORDS: Record<LadderRung['status'], string> = { reached: 'Reached', now: 'Notified now', next: 'Next', later: 'Later' };
const LADDER_ROLE_WORDS: Record<LadderRung['whoRole'], string> = { accountable: 'Accountable', backup: 'backup', 'campaign-owner': 'campaign owner', leadership: 'leadership' };

/** A review as shown: undecided ones carry their SLA clock and ladder. */
interface Row {
  approval: Approval;
  clock: SlaClock | undefined;
  ladder: LadderRung[];
}

/**
 * Each review's SLA clock and ladder, kept with what they were worked out from: the review record, the
 * instant, the config and the parts of the plan they read (the steps, the campaign, the people). An
 * edit of one review works out that one again; the others, and any element showing the same plan, reuse theirs.
 */
const rows = new WeakMap<Approval, { nowMs: number; config: unknown; read: unknown[]; row: Row }>();
/** The parts of the plan a review's row reads besides its record: who decides and who is reached come from them. */
const readBy = (plan: Plan): unknown[] => [plan.steps, plan.campaign, plan.people, plan.roles];
/** `configInput` is the element's `config` as given: the config the core reads from it is made again with each verdict. */
function rowOf(approval: Approval, plan: Plan, nowMs: number, now: string, config: RulesConfig, configInput: unknown): Row {
  const kept = rows.get(approval);
  const read = readBy(plan);
  if (kept && kept.nowMs === nowMs && kept.config === configInput && read.every((v, i) => v === kept.read[i])) return kept.row;
  const row = { approval, clock: approvalSlaClock(approval, plan, nowMs, config), ladder: reviewLadder(approval, plan, now, config) };
  rows.set(approval, { nowMs, config: configInput, read, row });
  return row;
}

/** What a review shows of its findings (their rules and severities). */
const findingsKey = (findings: readonly Finding[]): string => findings.map((f) => `${f.ruleId}:${f.severity}`).join('|');

/**
 * @summary The reviews of a campaign: request one (kind, step, from whom), decide it as the step's
 * Accountable or its backup (approve, request changes or reject, with a note), each undecided review's
 * SLA clock running live in the team's business hours and time zone, and its escalation ladder: who
 * is notified now, who next, and when.
 *
 * Who is acting is the `actor` (a role of the plan); while it is unset, the element asks for one
 * ("Acting as"). A request is stamped with the actor and a decision with the actor as decided-by,
 * never with the element's owner: only the roles the core names (the step's Accountable or its backup)
 * may decide, and anyone else is told who can. The note of a decision and who asked for a review are
 * kept in the plan's log and shown as each review's history. With `now` unset, the SLA clocks and
 * the ladders move on every minute while the page is open.
 *
 * Everything is a native control: Tab reaches it, Enter and Space operate it, Escape closes a form
 * and focus returns to the button that opened it.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types `approval.request`
 *   (`approvalId`, `kind`, `stepId`, `requestedFrom`, `requestedBy`, `at`) and `approval.decide`
 *   (`approvalId`, `decision`, `decidedBy`, `at`, `note`). Cancel it to roll back.
 * @csspart toolbar - The line with who is acting and the Request a review button.
 * @csspart actor - The "Acting as" choice of role.
 * @csspart request-button - The button that opens the request form (aria-expanded).
 * @csspart request-form - The form that requests a review.
 * @csspart summary - How many reviews wait, are past their SLA, and are decided.
 * @csspart review - One review; carries `data-id` and `data-state` (waiting, breached, approved, changes-requested, rejected).
 * @csspart review-state - A review's state, in words.
 * @csspart sla - An undecided review's SLA clock: used, left, the breach and whether it is paused.
 * @csspart sla-bar - The SLA clock as a progress bar (role=progressbar).
 * @csspart escalation - An undecided review's escalation in one line: who is notified now, who next and when.
 * @csspart ladder-button - Opens and closes the whole ladder (aria-expanded).
 * @csspart ladder - An undecided review's whole escalation ladder; each level carries `data-status` (reached, now, next, later).
 * @csspart deciders - Who may decide a review.
 * @csspart decide-button - A review's Decide button (aria-expanded while its form is open).
 * @csspart decide-form - The form that decides a review.
 * @csspart history - A review's history from the plan's log (who asked, who decided, the note).
 * @csspart findings-button - A review's findings button.
 * @csspart field-error - A field's message, naming the field.
 * @csspart empty - What is shown when the plan has no review yet.
 * @csspart popover - The findings popover.
 * @cssproperty --sla-bar-height - Height of the SLA clock's bar (0.5rem).
 */
export class PreflightApprovals extends PlanElement {
  static override styles = [...PlanElement.styles, ...approvalsStyles];

  private readonly requestForm = new FormDisclosure<RequestField>(this);
  /** Keyed by the review it decides. */
  private readonly decideForm = new FormDisclosure<DecideField>(this);
  private readonly actingAs = new ActingAsController(this);
  /** The reviews whose whole escalation ladder is open. */
  @state() private laddersOpen: ReadonlySet<string> = new Set();

  private readonly findingsPopover = new PopoverController(this);
  /**
   * A long list of reviews: those on screen in the first render, the rest a few a frame after it is painted,
   * their place kept; focus reaching the list draws them all, so Tab goes through every review.
   */
  private readonly reviewRows = new RowDrawing(this, { rowHeight: 160, chunk: 8, lastRow: () => [...this.renderRoot.querySelectorAll('.reviews > [part~=review]')].at(-1) });

  protected get noun(): string {
    return 'Reviews';
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (!result?.ok) return renderProblems('Reviews: the plan cannot be judged.', result?.problems ?? []);
    const { config, now } = result;
    const nowMs = Date.parse(now);
    const all: Row[] = plan.approvals.map((approval) => rowOf(approval, plan, nowMs, now, config, this.config));
    // Undecided first, soonest breach first; then the decided, latest decision first.
    const waiting = all.filter((r) => r.clock).sort((a, b) => a.clock!.breachAt.localeCompare(b.clock!.breachAt));
    const decided = all.filter((r) => !r.clock).sort((a, b) => (b.approval.decidedAt ?? '').localeCompare(a.approval.decidedAt ?? ''));
    const breached = waiting.filter((r) => r.clock!.state === 'breached').length;
    const editable = !this.isReadonly;
    const histories = edit.reviewHistories(plan);
    const ordered = [...waiting, ...decided];
    const drawn = this.reviewRows.count(plan.id, ordered.length);
    return html`
      ${editable ? this.renderToolbar(plan) : nothing}
      ${editable && this.requestForm.isOpen() ? this.renderRequestForm(plan) : nothing}
      ${all.length
        ? html`<p part="summary" class="summary">${waiting.length} waiting${breached ? html` · <strong>${breached} past ${breached === 1 ? 'its' : 'their'} SLA</strong>` : nothing} · ${decided.length} decided</p>
            <ul class="reviews" @focusin=${this.reviewRows.drawAllOnFocus}>
              ${repeat(drawn < ordered.length ? ordered.slice(0, drawn) : ordered, (row) => row.approval.id, (row) => this.renderReviewOnce(plan, row, config, editable, histories.get(row.approval.id)))}
              ${drawn < ordered.length ? html`<li class="undrawn" aria-hidden="true" style=${`height: calc(10rem * ${ordered.length - drawn})`}></li>` : nothing}
            </ul>`
        : html`<p part="empty" class="empty">No reviews yet. A review asks a step's Accountable (or its backup) to approve work before it moves on: creative, brand, legal or the launch itself.${editable ? ' Request one with the button above.' : ''}</p>`}
      ${this.findingsPopover.render('Findings', () => this.renderPopoverContent(plan))}
    `;
  }

  private renderToolbar(plan: Plan): TemplateResult {
    const actor = this.actorIn(plan);
    return html`<div part="toolbar" class="toolbar">
      ${this.actingAs.renderField(plan, actor)}
      <button type="button" part="request-button" class="primary" aria-expanded=${this.requestForm.isOpen() ? 'true' : 'false'} aria-controls="request-form" @click=${() => void this.toggleRequest()}>Request a review</button>
      ${this.actingAs.renderNote(actor)}
    </div>`;
  }

  private renderRequestForm(plan: Plan): TemplateResult {
    const e = this.requestForm.errors;
    return html`<form
      part="request-form"
      id="request-form"
      class="form"
      novalidate
      aria-label="Request a review"
      @submit=${(ev: SubmitEvent) => void this.request(ev, plan)}
      @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), void this.closeRequest())}
    >
      ${this.field('new', 'kind', e.kind, (a) => html`<select id=${a.id} name="kind" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
        ${REVIEW_KINDS.map((k) => html`<option value=${k}>${KIND_TITLES[k]}</option>`)}
      </select>`)}
      ${this.field('new', 'stepId', e.stepId, (a) => html`<select id=${a.id} name="stepId" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
        ${plan.steps.map((s, i) => html`<option .value=${s.id} ?selected=${i === 0}>${s.name}</option>`)}
        <option value="">No step</option>
      </select>`)}
      ${this.field('new', 'requestedFrom', e.requestedFrom, (a) => html`<select id=${a.id} name="requestedFrom" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
        <option value="">The step's Accountable</option>
        ${plan.roles.map((r) => html`<option .value=${r}>${roleLabel(plan, r)}</option>`)}
      </select>`)}
      ${this.renderGateField(plan, e.itemId)}
      <div class="actions">
        <button type="submit" class="primary">Request</button>
        <button type="button" @click=${() => void this.closeRequest()}>Cancel</button>
      </div>
    </form>`;
  }

  /**
   * The gate the review is to back ("Message and offer approved" rests on an approved review): once the
   * review is approved, the gate's tick has its record. Shown only when the plan has such a gate.
   */
  private renderGateField(plan: Plan, error: string | undefined): TemplateResult | typeof nothing {
    const gates = edit.reviewGates(plan);
    if (!gates.length) return nothing;
    return this.field('new', 'itemId', error, (a) => html`<select id=${a.id} name="itemId" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
      <option value="">No gate</option>
      ${gates.map((g) => html`<option .value=${g.id}>${g.label}${g.approvalId ? ` (now backed by ${backingReview(plan, g.approvalId)})` : ''}</option>`)}
    </select>`);
  }

  /** A field of the request form (`new`) or of a review's decide form (`key` is its element id). */
  private field(key: string, name: RequestField | DecideField, error: string | undefined, control: Parameters<typeof renderField>[1]): TemplateResult {
    return renderField({ id: `${key}-${name}`, label: FIELD_NAMES[name], error }, control);
  }

  /**
   * A review, drawn again only when something it shows changed: its record and clock, its step, the
   * plan's campaign, people and gates, its history, its findings, its forms and ladder, who is acting.
   * Deciding one review of fifty draws that one, and moves it among the decided.
   */
  private renderReviewOnce(plan: Plan, row: Row, config: RulesConfig, editable: boolean, history: readonly LogEntry[] = []): unknown {
    const { approval } = row;
    const findings = this.readiness.findingsFor('approval', approval.id);
    const open = this.decideForm.isOpen(approval.id);
    const deps = [
      row,
      ...readBy(plan),
      plan.checklist,
      history.length,
      history.at(-1),
      findingsKey(findings),
      editable,
      this.laddersOpen.has(approval.id),
      this.findingsPopover.isOpen(approval.id),
      open,
      open && this.decideForm.errors,
      open && this.actorIn(plan),
      this.dates.words,
    ];
    return guard(deps, () => this.renderReview(plan, row, config, editable, findings, history));
  }

  private renderReview(plan: Plan, { approval, clock, ladder }: Row, config: RulesConfig, editable: boolean, findings: readonly Finding[], history: readonly LogEntry[]): TemplateResult {
    const step = decidingStep(approval, plan);
    const id = `review-${approval.id}`;
    const state = approval.decision ?? (clock?.state === 'breached' ? 'breached' : 'waiting');
    const stateText = approval.decision ? DECISION_TITLES[approval.decision] : clock?.state === 'breached' ? 'Past its SLA' : 'Waiting';
    const title = `${KIND_TITLES[approval.kind]} review`;
    const decided = approval.decision ? ` · ${DECISION_TITLES[approval.decision]} by ${approval.decidedBy ? roleLabel(plan, approval.decidedBy) : 'nobody recorded'}${approval.decidedAt ? ` ${this.dates.time(approval.decidedAt)}` : ''}` : '';
    const backs = edit.gatesBackedBy(plan, approval.id).map((g) => `“${g.label}”`);
    const meta = `Requested ${this.dates.time(approval.requestedAt)}${approval.requestedFrom ? ` from ${roleLabel(plan, approval.requestedFrom)}` : ''}${decided}${backs.length ? ` · backs the gate ${backs.join(', ')}` : ''}`;
    return html`<li part="review" class="review" tabindex="-1" data-id=${approval.id} data-state=${state} aria-labelledby=${`${id}-title`}>
      <div class="head">
        <h3 class="title" id=${`${id}-title`}>${title}<span class="step" .textContent=${step ? ` · ${step.name}` : ''}></span></h3>
        <span part="review-state" class="state" data-state=${state}>${stateText}</span>
        ${findings.length
          ? renderFindingsButton(findings, `the ${title.toLowerCase()}`, this.findingsPopover.isOpen(approval.id), (e) => this.findingsPopover.toggle(e.currentTarget as HTMLElement, approval.id))
          : nothing}
      </div>
      <p class="meta" .textContent=${meta}></p>
      ${clock ? this.renderWaiting(approval, clock, ladder, plan, id) : nothing}
      ${history.length
        ? html`<ul part="history" class="history" aria-label=${`History of the ${title.toLowerCase()}`}>
            ${history.map((e) => html`<li><span class="what">${e.summary}</span> <span class="who">${e.by ? roleLabel(plan, e.by) : 'someone'}, ${this.dates.time(e.at)}</span></li>`)}
          </ul>`
        : nothing}
      ${editable && !approval.decision ? this.renderDecide(plan, approval, id) : nothing}
    </li>`;
  }

  /** An undecided review's SLA clock, escalation and deciders, in one template (fifty reviews, fewer parts to make). */
  private renderWaiting(approval: Approval, clock: SlaClock, ladder: readonly LadderRung[], plan: Plan, id: string): TemplateResult {
    const deciders = approvalDeciders(approval, plan);
    const total = Math.round(clock.slaHours * 60);
    const used = `${durationText(clock.usedMinutes)} of ${durationText(total)} used`;
    const percent = total ? Math.min(100, (clock.usedMinutes / total) * 100) : 100;
    const line =
      clock.state === 'breached'
        ? `SLA of ${durationText(total)} breached ${this.dates.time(clock.breachAt)}.`
        : `${used} · ${durationText(clock.leftMinutes)} left · breaches ${this.dates.time(clock.breachAt)}.`;
    return html`<div part="sla" class="sla" data-state=${clock.state}>
      <div part="sla-bar" class="bar" role="progressbar" aria-labelledby=${`${id}-sla`} aria-valuemin="0" aria-valuemax=${total} aria-valuenow=${clock.usedMinutes} aria-valuetext=${used}>
        <span style=${`width: ${percent}%`}></span>
      </div>
      <p id=${`${id}-sla`} class="sla-text">${line}</p>
      ${clock.state === 'paused' && clock.resumesAt ? html`<p class="sla-paused">Paused outside business hours; runs again ${this.dates.time(clock.resumesAt)}.</p>` : nothing}
    </div>
    ${ladder.length ? this.renderEscalation(approval.id, ladder, id) : nothing}
    <p part="deciders" class="deciders" .textContent=${deciders.length ? `Decided by ${decidersText(deciders)}.` : 'Nobody can decide it until its step has one Accountable.'}></p>`;
  }

  /**
   * Who is reached now and who next, in one line; the whole ladder opens on request (nothing open until
   * asked for, and fifty reviews do not draw fifty ladders).
   */
  private renderEscalation(approvalId: string, ladder: readonly LadderRung[], id: string): TemplateResult {
    const now = ladder.find((r) => r.status === 'now');
    const next = ladder.find((r) => r.status === 'next');
    const who = (r: LadderRung) => `${r.who} (${LADDER_ROLE_WORDS[r.whoRole]})`;
    const line = `${now ? `${who(now)} notified since ${this.dates.time(now.at)}` : 'Nobody notified yet'} · ${next ? `next ${who(next)} at ${this.dates.time(next.at)}` : 'top of the ladder'}`;
    const open = this.laddersOpen.has(approvalId);
    return html`<div part="escalation" class="escalation">
      <p class="escalation-line"><span class="ladder-heading" id=${`${id}-ladder`}>Escalation</span> <span .textContent=${line}></span></p>
      <button type="button" part="ladder-button" class="quiet" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-rungs`} @click=${() => this.toggleLadder(approvalId)}>
        ${open ? 'Hide the ladder' : 'Whole ladder'}<span class="visually-hidden"> of the review</span>
      </button>
      ${open
        ? html`<ol part="ladder" class="ladder" id=${`${id}-rungs`} aria-labelledby=${`${id}-ladder`}>
            ${ladder.map(
              (rung) => html`<li data-status=${rung.status}>
                <span class="rung-status">${RUNG_WORDS[rung.status]}</span>
                <span class="rung-who">${who(rung)}</span>
                <span class="rung-at">${rung.status === 'now' || rung.status === 'reached' ? 'since' : 'at'} ${this.dates.time(rung.at)}</span>
              </li>`,
            )}
          </ol>`
        : nothing}
    </div>`;
  }

  private toggleLadder(id: string): void {
    const open = new Set(this.laddersOpen);
    if (!open.delete(id)) open.add(id);
    this.laddersOpen = open;
  }

  private renderDecide(plan: Plan, approval: Approval, id: string): TemplateResult {
    const open = this.decideForm.isOpen(approval.id);
    const e = this.decideForm.errors;
    const button = html`<button type="button" part="decide-button" class="decide" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-decide`} @click=${() => void this.toggleDecide(approval.id)}>
      Decide<span class="visually-hidden"> the ${KIND_TITLES[approval.kind].toLowerCase()} review</span>
    </button>`;
    if (!open) return button;
    const actor = this.actorIn(plan);
    const errorId = e.decision ? `${id}-decision-error` : undefined;
    return html`${button}<form
      part="decide-form"
      id=${`${id}-decide`}
      class="form"
      novalidate
      aria-label=${`Decide the ${KIND_TITLES[approval.kind].toLowerCase()} review`}
      @submit=${(ev: SubmitEvent) => void this.decide(ev, plan, approval, id)}
      @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), void this.closeDecide(approval.id))}
    >
      <p class="as">${actor ? `Deciding as ${actor}.` : 'Choose who you are under “Acting as” first.'}</p>
      <fieldset class="choices" aria-invalid=${e.decision ? 'true' : 'false'} aria-describedby=${errorId ?? nothing}>
        <legend>${FIELD_NAMES.decision}</legend>
        ${DECISIONS.map(
          (d, i) => html`<label class="choice"><input type="radio" name="decision" .value=${d} id=${i === 0 ? `${id}-decision` : nothing} />${DECISION_ACTIONS[d]}</label>`,
        )}
      </fieldset>
      ${e.decision ? html`<p part="field-error" class="field-error" id=${errorId}>${FIELD_NAMES.decision}: ${e.decision}</p>` : nothing}
      ${this.field(id, 'note', e.note, (a) => html`<textarea id=${a.id} name="note" rows="3" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}></textarea>`)}
      <div class="actions">
        <button type="submit" class="primary">Record decision</button>
        <button type="button" @click=${() => void this.closeDecide(approval.id)}>Cancel</button>
      </div>
    </form>`;
  }

  private renderPopoverContent(plan: Plan): TemplateResult | typeof nothing {
    const id = this.findingsPopover.openKey;
    const approval = id === undefined ? undefined : plan.approvals.find((a) => a.id === id);
    return approval ? renderFindings(this.readiness.findingsFor('approval', approval.id), 'popover-heading', `${KIND_TITLES[approval.kind]} review`, { plan, day: this.dates.day }) : nothing;
  }

  // ── requesting ────────────────────────────────────────────────────────────

  private toggleRequest(): Promise<void> {
    return this.requestForm.toggle('new', '#new-kind', REQUEST_BUTTON);
  }

  private closeRequest(): Promise<void> {
    return this.requestForm.close(REQUEST_BUTTON);
  }

  private async request(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const { itemId, ...values } = readForm(form, ['kind', 'stepId', 'requestedFrom', 'itemId'] as const);
    const by = this.actorIn(plan) ?? '';
    const { by: byProblem, ...errors }: Partial<Record<RequestField | 'by', string>> = requestProblems(plan, { by, ...values });
    if (itemId && !edit.reviewGates(plan).some((g) => g.id === itemId)) errors.itemId = 'choose one of the gates a review backs';
    this.requestForm.refuse(errors);
    this.actingAs.set(byProblem);
    if (await focusFirstError(this, form, errors)) return;
    if (byProblem) return this.actingAs.refuse(byProblem);
    const at = this.time.stamp();
    const approval: Approval = {
      id: edit.newApprovalId(plan),
      kind: values.kind as ReviewKind,
      ...(values.stepId ? { stepId: values.stepId } : {}),
      requestedAt: at,
      ...(values.requestedFrom ? { requestedFrom: values.requestedFrom } : {}),
    };
    const change = { type: 'approval.request', approvalId: approval.id, kind: approval.kind, stepId: approval.stepId ?? null, requestedFrom: approval.requestedFrom ?? null, requestedBy: by, at, itemId: itemId || null } as const;
    if (this.commit(edit.requestReview(plan, approval, by, itemId || undefined), change)) await this.closeRequest();
  }

  // ── deciding ──────────────────────────────────────────────────────────────

  private toggleDecide(id: string): Promise<void> {
    return this.decideForm.toggle(id, `#review-${CSS.escape(id)}-decide input[name=decision]`, decideButton(id));
  }

  private closeDecide(id: string): Promise<void> {
    return this.decideForm.close(decideButton(id));
  }

  private async decide(e: SubmitEvent, plan: Plan, approval: Approval, id: string): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const checked = form.querySelector<HTMLInputElement>('input[name=decision]:checked');
    const { note } = readForm(form, ['note'] as const);
    const by = this.actorIn(plan) ?? '';
    const { by: byProblem, ...errors } = decisionProblems(approval, plan, { by, decision: checked?.value ?? '', note });
    this.decideForm.refuse(errors);
    this.actingAs.set(byProblem);
    // The decision is a group of radios: its first one stands for it when it is named first.
    if (errors.decision) {
      await this.updateComplete;
      form.querySelector<HTMLElement>(`#${CSS.escape(id)}-decision`)?.focus();
      return;
    }
    if (await focusFirstError(this, form, errors)) return;
    if (byProblem) return this.actingAs.refuse(byProblem);
    const decision = checked!.value as Decision;
    const at = this.time.stamp();
    const change = { type: 'approval.decide', approvalId: approval.id, decision, decidedBy: by, at, note: note || null } as const;
    if (!this.commit(edit.decideReview(plan, approval.id, decision, by, at, note), change)) return;
    // The Decide button is gone with the decision: focus stays on the review, which now says it.
    await this.decideForm.close(`[part~=review][data-id="${CSS.escape(approval.id)}"]`);
  }
}
