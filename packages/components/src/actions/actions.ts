import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  actionProblems,
  actionsOf,
  correctiveActions,
  measuresProblems,
  measuresValues,
  rescheduleProblems,
  roleLabel,
  ruleById,
  type ActionStatus,
  type CorrectiveAction,
  type CorrectiveActionRecord,
  type MeasuresInput,
  type Plan,
} from '@preflight/core';
import { localDateOf } from '@preflight/core/time';
import { dateField, dateFieldStyles } from '../shared/date-field.js';
import { renderFindings, renderFindingsButton } from '../shared/findings.js';
import { ActingAsController } from '../shared/acting-as.js';
import { FormDisclosure } from '../shared/form-disclosure.js';
import { focusFirstError, readForm, renderField } from '../shared/forms.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { actionsStyles } from './actions.styles.js';
import * as edit from './edits.js';

declare module '../shared/changes.js' {
  interface ChangeMap {
    'action.record': { actionId: string; action: string; owner: string; due: string; source: string | null; by: string; at: string };
    'action.status': { actionId: string; from: 'open' | 'done'; to: 'open' | 'done'; by: string; at: string };
    'action.reschedule': { actionId: string; from: string; to: string; reason: string; by: string; at: string };
    'measures.set': { from: Partial<Record<keyof MeasuresInput, number>>; to: Partial<Record<keyof MeasuresInput, number>> };
  }
}

type RecordField = 'action' | 'owner' | 'due';
type RescheduleField = 'due' | 'reason';
const FIELD_NAMES: Record<RecordField | RescheduleField, string> = {
  action: 'What the team will change',
  owner: 'Owner',
  due: 'Due',
  reason: 'Why the date moves',
};
const MEASURE_NAMES: Record<keyof MeasuresInput, string> = {
  confidence: 'Reporting confidence (%)',
  reportsChecked: 'Reports checked',
  defects: 'Reports with defects',
  planned: 'Programs planned',
  delivered: 'Programs delivered',
};
const MEASURE_FIELDS = Object.keys(MEASURE_NAMES) as (keyof MeasuresInput)[];
const STATE_WORDS = { open: 'Open', overdue: 'Overdue', done: 'Done' } as const;
/** The key of a form that is not about one record. */
const NEW = 'new';
const MEASURES_BUTTON = '[part~=measures-button]';
const actionSelector = (id: string) => `[part~=action][data-id="${CSS.escape(id)}"]`;

/** The form that records an action: a new one, or one answering a crossed threshold. */
interface Recording {
  source?: string;
  owner?: string;
}

/**
 * @summary The corrective actions of a campaign: the thresholds the plan crosses (blocked reviews, a
 * late launch, reporting below its confidence) with whether an action answers each, the actions the
 * team has recorded (what changes, who owns it, by when), marked done or moved to a new date with the
 * reason kept, and the figures the thresholds and metrics read that nobody else records: reporting
 * confidence, reports checked and their defects, programs planned and delivered.
 *
 * Who is acting is the `actor` (a role of the plan); while it is unset, the element asks for one
 * ("Acting as"). Every change is stamped with the actor in the plan's log, which each action shows as
 * its history. An action open past its due day is overdue, and the core's `action.overdue` finding
 * says so on the action.
 *
 * Everything is a native control: Tab reaches it, Enter and Space operate it, Escape closes a form
 * and focus returns to the button that opened it.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types `action.record`
 *   (`actionId`, `action`, `owner`, `due`, `source`, `by`, `at`), `action.status` (`actionId`, `from`,
 *   `to`, `by`, `at`), `action.reschedule` (`actionId`, `from`, `to`, `reason`, `by`, `at`) and
 *   `measures.set` (`from`, `to`: the figures by name). Cancel it to roll back.
 * @csspart toolbar - The line with who is acting and the Record an action button.
 * @csspart actor - The "Acting as" choice of role.
 * @csspart record-button - The button that opens the form recording an action (aria-expanded).
 * @csspart record-form - The form that records an action.
 * @csspart thresholds - The thresholds the plan crosses now; each carries `data-id` (the threshold's rule id) and `data-recorded`.
 * @csspart summary - How many actions are open, overdue and done.
 * @csspart action - One action; carries `data-id` and `data-state` (open, overdue, done).
 * @csspart action-state - An action's state, in words.
 * @csspart status-button - Marks an action done, or open again.
 * @csspart reschedule-button - Opens the form that moves an action's due date (aria-expanded).
 * @csspart reschedule-form - The form that moves an action's due date.
 * @csspart history - An action's history from the plan's log.
 * @csspart measures - The recorded figures.
 * @csspart measures-button - Opens the form that edits the figures (aria-expanded).
 * @csspart measures-form - The form that edits the figures.
 * @csspart findings-button - An action's findings button.
 * @csspart field-error - A field's message, naming the field.
 * @csspart empty - What is shown when the plan has no action yet.
 * @csspart popover - The findings popover.
 */
export class PreflightActions extends PlanElement {
  static override styles = [...PlanElement.styles, dateFieldStyles, ...actionsStyles];

  /** What the open record form answers and proposes (its key is the threshold's id, or `new`). */
  @state() private recording: Recording = {};
  private readonly recordForm = new FormDisclosure<RecordField>(this);
  /** Keyed by the action whose due date it moves. */
  private readonly rescheduleForm = new FormDisclosure<RescheduleField>(this);
  private readonly measuresForm = new FormDisclosure<keyof MeasuresInput>(this);
  private readonly actingAs = new ActingAsController(this);

  private readonly findingsPopover = new PopoverController(this);

  protected get noun(): string {
    return 'Corrective actions';
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (!result?.ok) return renderProblems('Corrective actions: the plan cannot be judged.', result?.problems ?? []);
    const today = localDateOf(result.now, result.config.timeZone);
    const actions = actionsOf(plan, today);
    const crossed = correctiveActions(plan, result.now, result.config);
    const editable = !this.isReadonly;
    const open = actions.filter((a) => a.status === 'open');
    const overdue = open.filter((a) => a.overdue).length;
    return html`
      ${editable ? this.renderToolbar(plan) : nothing}
      ${editable && this.recordForm.isOpen() ? this.renderRecordForm(plan, this.recording, today) : nothing}
      ${crossed.length ? this.renderThresholds(plan, crossed, editable) : nothing}
      ${actions.length
        ? html`<p part="summary" class="summary">${open.length} open${overdue ? html` · <strong>${overdue} overdue</strong>` : nothing} · ${actions.length - open.length} done</p>
            <ul class="actions-list">${actions.map((a) => this.renderAction(plan, a, editable, today))}</ul>`
        : html`<p part="empty" class="empty">
            No corrective actions yet. When a threshold is crossed (blocked reviews piling up, a launch days late, reports that can't be trusted), record what the team will change, who owns it and by when.${editable ? ' Use “Record an action” above.' : ''}
          </p>`}
      ${this.renderMeasures(plan, editable)}
      ${this.findingsPopover.render('Findings', () => this.renderPopoverContent(plan))}
    `;
  }

  private renderToolbar(plan: Plan): TemplateResult {
    const actor = this.actorIn(plan);
    return html`<div part="toolbar" class="toolbar">
      ${this.actingAs.renderField(plan, actor)}
      <button type="button" part="record-button" class="primary" aria-expanded=${this.recordForm.isOpen(NEW) ? 'true' : 'false'} aria-controls="record-form" @click=${() => void this.toggleRecord({})}>
        Record an action
      </button>
      ${this.actingAs.renderNote(actor)}
    </div>`;
  }

  /** The thresholds crossed now, each with the action that answers it or a button to record one. */
  private renderThresholds(plan: Plan, crossed: readonly CorrectiveAction[], editable: boolean): TemplateResult {
    const answered = new Map((plan.correctiveActions ?? []).filter((a) => a.source).map((a) => [a.source!, a]));
    return html`<section class="thresholds" aria-labelledby="thresholds-heading">
      <h3 id="thresholds-heading" class="heading">Thresholds crossed</h3>
      <ul>
        ${crossed.map((t) => {
          const action = answered.get(t.id);
          return html`<li part="thresholds" data-id=${t.id} data-recorded=${action ? 'true' : 'false'}>
            <p class="threshold-title">${ruleById(t.id)?.title ?? t.id}</p>
            <p class="threshold-message">${this.dates.sentence(t.message)}</p>
            ${action
              ? html`<p class="answered">Answered by “${action.action}” (${roleLabel(plan, action.owner)}, ${action.status === 'done' ? 'done' : `due ${this.day(action.due)}`}).</p>`
              : html`<p class="unanswered">No action recorded for it yet${t.owner ? `; ${roleLabel(plan, t.owner)} is to act` : ''}.</p>
                  ${editable
                    ? html`<button type="button" class="record-for" aria-expanded=${this.recordForm.isOpen(t.id) ? 'true' : 'false'} aria-controls="record-form" @click=${() => void this.toggleRecord({ source: t.id, ...(t.owner ? { owner: t.owner } : {}) })}>
                        Record an action<span class="visually-hidden"> for “${ruleById(t.id)?.title ?? t.id}”</span>
                      </button>`
                    : nothing}`}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderRecordForm(plan: Plan, recording: Recording, today: string): TemplateResult {
    const e = this.recordForm.errors;
    const answers = recording.source ? ruleById(recording.source)?.title : undefined;
    return html`<form
      part="record-form"
      id="record-form"
      class="form"
      novalidate
      aria-label=${answers ? `Record an action for “${answers}”` : 'Record an action'}
      @submit=${(ev: SubmitEvent) => void this.record(ev, plan)}
      @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), void this.recordForm.close(this.recordOpener()))}
    >
      ${answers ? html`<p class="as">Answers the threshold “${answers}”.</p>` : nothing}
      ${renderField({ id: 'new-action', label: FIELD_NAMES.action, error: e.action, required: true }, (a) => html`<input id=${a.id} name="action" aria-required="true" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`)}
      ${renderField(
        { id: 'new-owner', label: FIELD_NAMES.owner, error: e.owner, required: true },
        (a) => html`<select id=${a.id} name="owner" aria-required="true" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
          <option value="">Choose who owns it</option>
          ${plan.roles.map((r) => html`<option .value=${r} ?selected=${r === recording.owner}>${roleLabel(plan, r)}</option>`)}
        </select>`,
      )}
      <div class="field">
        <label for="new-due">${FIELD_NAMES.due} <span aria-hidden="true">*</span></label>
        ${dateField({ id: 'new-due', name: 'due', label: FIELD_NAMES.due, required: true, errorId: e.due ? 'new-due-error' : undefined, today })}
        ${e.due ? html`<p part="field-error" class="field-error" id="new-due-error">${FIELD_NAMES.due}: ${e.due}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" class="primary">Record</button>
        <button type="button" @click=${() => void this.recordForm.close(this.recordOpener())}>Cancel</button>
      </div>
    </form>`;
  }

  private renderAction(plan: Plan, a: ActionStatus, editable: boolean, today: string): TemplateResult {
    const id = `action-${a.id}`;
    const state = a.status === 'done' ? 'done' : a.overdue ? 'overdue' : 'open';
    const findings = this.readiness.findingsFor('action', a.id);
    const history = edit.actionHistory(plan, a.id);
    const answers = a.source ? (ruleById(a.source)?.title ?? a.source) : undefined;
    return html`<li part="action" class="action" tabindex="-1" data-id=${a.id} data-state=${state} aria-labelledby=${`${id}-title`}>
      <div class="head">
        <h3 class="title" id=${`${id}-title`}>${a.action}</h3>
        <span part="action-state" class="state" data-state=${state}>${STATE_WORDS[state]}</span>
        ${findings.length
          ? renderFindingsButton(findings, `the action “${a.action}”`, this.findingsPopover.isOpen(a.id), (e) => this.findingsPopover.toggle(e.currentTarget as HTMLElement, a.id))
          : nothing}
      </div>
      <p class="meta">
        ${roleLabel(plan, a.owner)} · ${a.status === 'done' ? html`done${a.doneAt ? html` ${this.dates.time(a.doneAt)}` : nothing} · was due ` : 'due '}<time datetime=${a.due}>${this.day(a.due)}</time>${answers ? html` · answers “${answers}”` : nothing}
      </p>
      ${history.length
        ? html`<ul part="history" class="history" aria-label=${`History of “${a.action}”`}>
            ${history.map((e) => html`<li><span class="what">${e.summary}</span> <span class="who">${e.by ? roleLabel(plan, e.by) : 'someone'}, ${this.dates.time(e.at)}</span></li>`)}
          </ul>`
        : nothing}
      ${editable ? this.renderActionButtons(a, id, today) : nothing}
    </li>`;
  }

  private renderActionButtons(a: ActionStatus, id: string, today: string): TemplateResult {
    const open = this.rescheduleForm.isOpen(a.id);
    const e = this.rescheduleForm.errors;
    const done = a.status === 'done';
    return html`<div class="row-actions">
        <button type="button" part="status-button" @click=${() => void this.setStatus(a, done ? 'open' : 'done')}>
          ${done ? 'Reopen' : 'Mark done'}<span class="visually-hidden"> “${a.action}”</span>
        </button>
        ${done
          ? nothing
          : html`<button type="button" part="reschedule-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-reschedule`} @click=${() => void this.toggleReschedule(a.id)}>
              Move the due date<span class="visually-hidden"> of “${a.action}”</span>
            </button>`}
      </div>
      ${open
        ? html`<form
            part="reschedule-form"
            id=${`${id}-reschedule`}
            class="form"
            novalidate
            aria-label=${`Move the due date of “${a.action}”`}
            @submit=${(ev: SubmitEvent) => void this.reschedule(ev, a)}
            @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), void this.toggleReschedule(a.id))}
          >
            <div class="field">
              <label for=${`${id}-due`}>New due date <span aria-hidden="true">*</span></label>
              ${dateField({ id: `${id}-due`, name: 'due', label: 'New due date', value: a.due, required: true, errorId: e.due ? `${id}-due-error` : undefined, today })}
              ${e.due ? html`<p part="field-error" class="field-error" id=${`${id}-due-error`}>New due date: ${e.due}</p>` : nothing}
            </div>
            ${renderField({ id: `${id}-reason`, label: FIELD_NAMES.reason, error: e.reason, required: true }, (f) => html`<textarea id=${f.id} name="reason" rows="2" aria-required="true" aria-invalid=${f.invalid} aria-describedby=${f.describedBy}></textarea>`)}
            <div class="actions">
              <button type="submit" class="primary">Move it</button>
              <button type="button" @click=${() => void this.toggleReschedule(a.id)}>Cancel</button>
            </div>
          </form>`
        : nothing}`;
  }

  /** The figures the thresholds and the metrics read, shown as a list until asked to edit them. */
  private renderMeasures(plan: Plan, editable: boolean): TemplateResult {
    const values = this.measuresOf(plan);
    const shown = (k: keyof MeasuresInput) => (values[k] === '' ? html`<span class="missing">not recorded</span>` : k === 'confidence' ? `${values[k]}%` : values[k]);
    const e = this.measuresForm.errors;
    const editing = this.measuresForm.isOpen();
    return html`<section class="measures" aria-labelledby="measures-heading">
      <div class="measures-head">
        <h3 id="measures-heading" class="heading">Measures</h3>
        ${editable
          ? html`<button type="button" part="measures-button" aria-expanded=${editing ? 'true' : 'false'} aria-controls="measures-form" @click=${() => void this.measuresForm.toggle(NEW, '#measure-confidence', MEASURES_BUTTON)}>
              ${editing ? 'Close' : 'Edit the measures'}
            </button>`
          : nothing}
      </div>
      ${editing && editable
        ? html`<form
            part="measures-form"
            id="measures-form"
            class="form"
            novalidate
            aria-label="Measures"
            @submit=${(ev: SubmitEvent) => void this.saveMeasures(ev, plan)}
            @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), void this.measuresForm.close(MEASURES_BUTTON))}
          >
            ${MEASURE_FIELDS.map((k) =>
              renderField({ id: `measure-${k}`, label: MEASURE_NAMES[k], error: e[k] }, (a) => html`<input id=${a.id} name=${k} inputmode="decimal" .value=${values[k]} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`),
            )}
            <div class="actions">
              <button type="submit" class="primary">Save the measures</button>
              <button type="button" @click=${() => void this.measuresForm.close(MEASURES_BUTTON)}>Cancel</button>
            </div>
          </form>`
        : html`<dl part="measures" class="figures">
            ${MEASURE_FIELDS.map((k) => html`<div><dt>${MEASURE_NAMES[k]}</dt><dd>${shown(k)}</dd></div>`)}
          </dl>`}
    </section>`;
  }

  private renderPopoverContent(plan: Plan): TemplateResult | typeof nothing {
    const id = this.findingsPopover.openKey;
    const action = id === undefined ? undefined : plan.correctiveActions?.find((a) => a.id === id);
    return action ? renderFindings(this.readiness.findingsFor('action', action.id), 'popover-heading', action.action, { plan, day: this.dates.day }) : nothing;
  }


  /** A stored date as the reader's locale writes it. */
  private day(date: string): string {
    return this.dates.day(date);
  }

  /** The plan's figures as the form shows them: empty when not recorded. */
  private measuresOf(plan: Plan): MeasuresInput {
    const text = (n: number | undefined) => (n === undefined ? '' : String(n));
    return {
      confidence: text(plan.reporting?.confidence),
      reportsChecked: text(plan.reporting?.reportsChecked),
      defects: text(plan.reporting?.defects),
      planned: text(plan.programs?.planned),
      delivered: text(plan.programs?.delivered),
    };
  }

  // ── recording ─────────────────────────────────────────────────────────────

  private toggleRecord(recording: Recording): Promise<void> {
    if (!this.recordForm.isOpen(recording.source ?? NEW)) this.recording = recording;
    return this.recordForm.toggle(recording.source ?? NEW, '#new-action', this.recordOpener());
  }

  /** The button that opened the record form: a threshold's, or the toolbar's. */
  private recordOpener(): string {
    const source = this.recording.source;
    return source && this.renderRoot.querySelector(`[part~=thresholds][data-id="${CSS.escape(source)}"] .record-for`)
      ? `[part~=thresholds][data-id="${CSS.escape(source)}"] .record-for`
      : '[part~=record-button]';
  }

  private async record(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const values = readForm(form, ['action', 'owner', 'due'] as const);
    const source = this.recording.source ?? '';
    const by = this.actorIn(plan) ?? '';
    const { by: byProblem, source: _, ...errors } = actionProblems(plan, { by, source, ...values });
    this.recordForm.refuse(errors);
    this.actingAs.set(byProblem);
    if (await focusFirstError(this, form, errors)) return;
    if (byProblem) return this.actingAs.refuse(byProblem);
    const at = this.time.stamp();
    const action: CorrectiveActionRecord = { id: edit.newActionId(plan), action: values.action, owner: values.owner, due: values.due, status: 'open', ...(source ? { source } : {}), raisedAt: at };
    const change = { type: 'action.record', actionId: action.id, action: action.action, owner: action.owner, due: action.due, source: source || null, by, at } as const;
    if (!this.commit(edit.recordAction(plan, action, by, at), change)) return;
    // The new action takes the focus: the button that opened the form may be gone with the threshold it answered.
    await this.recordForm.close(`[part~=action][data-id="${CSS.escape(action.id)}"]`);
  }

  // ── done, reopened, moved ─────────────────────────────────────────────────

  private async setStatus(a: ActionStatus, to: 'open' | 'done'): Promise<void> {
    const plan = this.source.plan;
    if (!plan) return;
    const by = this.actorIn(plan);
    if (!by) return this.actingAs.refuse('choose who you are');
    const at = this.time.stamp();
    if (!this.commit(edit.setActionStatus(plan, a.id, to, by, at), { type: 'action.status', actionId: a.id, from: a.status, to, by, at })) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`${actionSelector(a.id)} [part~=status-button]`)?.focus();
  }

  private toggleReschedule(id: string): Promise<void> {
    return this.rescheduleForm.toggle(id, `#action-${CSS.escape(id)}-due`, `${actionSelector(id)} [part~=reschedule-button]`);
  }

  private async reschedule(e: SubmitEvent, a: ActionStatus): Promise<void> {
    e.preventDefault();
    const plan = this.source.plan;
    if (!plan) return;
    const form = e.target as HTMLFormElement;
    const values = readForm(form, ['due', 'reason'] as const);
    const by = this.actorIn(plan) ?? '';
    const { by: byProblem, ...errors } = rescheduleProblems(a, { by, ...values });
    this.rescheduleForm.refuse(errors);
    this.actingAs.set(byProblem);
    if (await focusFirstError(this, form, errors)) return;
    if (byProblem) return this.actingAs.refuse(byProblem);
    const at = this.time.stamp();
    if (!this.commit(edit.rescheduleAction(plan, a.id, values.due, values.reason, by, at), { type: 'action.reschedule', actionId: a.id, from: a.due, to: values.due, reason: values.reason, by, at })) return;
    await this.rescheduleForm.close(`${actionSelector(a.id)} [part~=reschedule-button]`);
  }

  // ── measures ──────────────────────────────────────────────────────────────

  private async saveMeasures(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = readForm(form, MEASURE_FIELDS);
    const errors = measuresProblems(input);
    this.measuresForm.refuse(errors);
    if (await focusFirstError(this, form, errors)) return;
    const from = measuresValues(this.measuresOf(plan));
    const to = measuresValues(input);
    if (JSON.stringify(from) !== JSON.stringify(to) && !this.commit(edit.setMeasures(plan, to), { type: 'measures.set', from, to })) return;
    await this.measuresForm.close(MEASURES_BUTTON);
  }
}
