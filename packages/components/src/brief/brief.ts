import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  BRIEF_FIELD_TITLES,
  BRIEF_QUESTIONS,
  CAMPAIGN_TYPES,
  GLOSSARY,
  LIFECYCLE_TITLES,
  fieldFromText,
  learningsProblem,
  lifecycleMoveProblem,
  lifecycleMoves,
  roleLabel,
  missingBriefFields,
  recordLearnings,
  recordedLearnings,
  unmetDefinition,
  type BriefAnswerField,
  type Finding,
  type FormRecord,
  type KeyResult,
  type LifecycleMove,
  type LifecycleState,
  type Plan,
} from '@preflight/core';
import { findingStyles, renderFindings, renderFindingsButton } from '../shared/findings.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { dateField, dateFieldStyles, teamToday } from '../shared/date-field.js';
import { commitFieldChanges, controlValue, focusFirstError, formErrors, readForm, renderField } from '../shared/forms.js';
import { briefStyles } from './brief.styles.js';
import * as edit from './edits.js';
import type { CampaignField, KeyResultField } from './edits.js';

type BriefValue = string | readonly string[];

declare module '../shared/changes.js' {
  interface ChangeMap {
    'campaign.update': { field: CampaignField; from: string | null; to: string | null };
    'campaign.state': { from: LifecycleState; to: LifecycleState };
    'brief.update': { field: BriefAnswerField; from: BriefValue | null; to: BriefValue | null };
    'keyResult.add': { id: string; index: number };
    'keyResult.update': { id: string; field: KeyResultField; from: string | number | null; to: string | number | null };
    'keyResult.remove': { id: string; index: number };
    'learnings.record': { text: string; at: string; by: string | null };
  }
}

const CAMPAIGN_FIELDS: readonly CampaignField[] = ['name', 'type', 'owner', 'launchDate'];
const CAMPAIGN_TITLES: Record<CampaignField, string> = { name: 'Name', type: 'Type', owner: 'Owner', launchDate: 'Launch date' };
const BRIEF_FIELDS = BRIEF_QUESTIONS.flatMap((q) => q.fields);
const KEY_RESULT_FIELDS: readonly KeyResultField[] = ['name', 'target', 'current'];
const KEY_RESULT_TITLES: Record<KeyResultField, string> = { name: 'Key result', target: 'Target', current: 'Current value' };
/** Answers people write at length get a text area; the systems are typed one per line. */
const LONG_ANSWERS = new Set<BriefAnswerField>(['objective', 'audience', 'offer', 'systems']);

/** The step whose completion is the post-launch review (the core's REVIEW_STEP_ID). */
const REVIEW_STEP = 'performance-review';

/** A campaign type as people say it: `paid-social` is "Paid social". */
const typeTitle = (type: string): string => type[0]!.toUpperCase() + type.slice(1).replace(/-/g, ' ');

/** A stored brief answer as its form shows it (a list one per line), null when there is none. */
const answerText = (value: BriefValue | undefined): string | null => {
  const text = Array.isArray(value) ? value.join('\n') : ((value as string | undefined) ?? '');
  return text.trim() === '' ? null : text;
};
const numberText = (value: number | undefined): string | null => (value === undefined ? null : String(value));
const keyResultText = (kr: KeyResult, field: KeyResultField): string | null => (field === 'name' ? kr.name : numberText(kr[field]));

/** What a move is called on its button. */
const moveLabel = (to: LifecycleState, from: LifecycleState): string =>
  to === 'paused' ? 'Pause' : to === 'cancelled' ? 'Cancel the campaign' : from === 'paused' ? `Resume as ${LIFECYCLE_TITLES[to]}` : `Move to ${LIFECYCLE_TITLES[to]}`;

/**
 * @summary The campaign and its brief: name, type, owner, launch date and lifecycle state with what
 * the next state still needs; the six brief questions with the objective's key results, and what a
 * complete brief still needs.
 *
 * Everything is read first and edited when asked: **Edit campaign** and **Edit brief** open a
 * form whose every field is checked by the core as it is typed (the problem is named under the
 * field); Save (Enter in a one-line field) applies it, one `preflight-change` per changed field;
 * Cancel or Escape closes it, and focus returns to its Edit button. A refused value never reaches the
 * plan and stays in its field. A form keeps what is typed when the plan is saved elsewhere meanwhile,
 * and Save changes only the fields changed in it. The state moves only where the core's lifecycle allows (draft →
 * ready → approved → live → completed, paused and cancelled), and only to a state whose definition
 * the plan meets; for the others the element lists what the definition still needs. After a move,
 * Undo puts the state back. Key results (name, target, current value) are added, edited and
 * removed (with Undo) in the brief's Why section. Once the campaign is live (or its post-launch review
 * step is done), the lifecycle section takes the review's learnings: **Record learnings** writes them
 * to the plan's log (about the review step, stamped with `now` and `actor`), which `completed` needs.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types
 *   `campaign.update` (`field`: name, type, owner or launchDate, `from`, `to`), `campaign.state`
 *   (`from`, `to`), `brief.update` (`field`: a brief answer, `from`, `to`: text, or the systems as a
 *   list), `keyResult.add` (`id`, `index`; also sent by Undo), `keyResult.update` (`id`, `field`:
 *   name, target or current, `from`, `to`), `keyResult.remove` (`id`, `index`) and `learnings.record`
 *   (`text`, `at`, `by`: the actor or null). Cancel it to roll back.
 * @csspart campaign - The campaign section.
 * @csspart campaign-facts - The campaign's name, type, owner and launch date.
 * @csspart campaign-form - The form that edits them.
 * @csspart lifecycle - The state, its definition, what it does not meet, and the moves.
 * @csspart state - The state's name; carries `data-state`.
 * @csspart unmet - What the current state's definition is not met by.
 * @csspart moves - The moves the state may make.
 * @csspart move-button - A move's button; carries `data-to`.
 * @csspart move-needs - What a next state's definition still needs before the campaign can move there.
 * @csspart learnings - The post-launch review's learnings: those recorded, and the form that records more.
 * @csspart learnings-form - The form that records the learnings.
 * @csspart brief - The brief section.
 * @csspart brief-status - Whether the brief is complete, and the fields it still needs.
 * @csspart answers - The six questions and their answers.
 * @csspart brief-form - The form that edits the answers.
 * @csspart key-results - The key results list.
 * @csspart key-result - One key result; carries `data-id`.
 * @csspart key-result-form - The form that adds or edits a key result.
 * @csspart edit-button - An Edit or Add button (the campaign's and the brief's say aria-expanded while their form is open).
 * @csspart remove-button - A key result's Remove button.
 * @csspart findings-button - The campaign's or the brief's findings button.
 * @csspart field-error - A field's message, naming the field.
 * @csspart date-hint - The format hint under a date field: the reader's date format (from the closest `lang`).
 * @csspart date-button - The button beside a date field that opens its date picker.
 * @csspart date-picker - The date picker dialog: a month's grid of days.
 * @csspart undo - The notice after a move or a removal, with its Undo button.
 * @csspart popover - The findings popover.
 */
export class PreflightBrief extends PlanElement {
  static override styles = [...PlanElement.styles, popoverStyles, findingStyles, dateFieldStyles, briefStyles];

  /** Which form is open: the campaign's, the brief's, a key result's (by id) or the new key result's. */
  @state() private editing: 'campaign' | 'brief' | 'new-kr' | `kr:${string}` | undefined;
  @state() private errors: Record<string, string> = {};
  /** The plan as it was when the open form was opened: its fields show that, so a save from elsewhere never overwrites what is being typed. */
  private opened: Plan | undefined;
  /** The last move or removal, offered for Undo. */
  @state() private undoable: { kind: 'move'; from: LifecycleState; to: LifecycleState } | { kind: 'kr'; keyResult: KeyResult; index: number } | undefined;
  /** Said once the learnings are recorded. */
  @state() private learningsNotice = '';

  private readonly findingsPopover = new PopoverController(this);

  protected get noun(): string {
    return 'Brief';
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (!result?.ok) return renderProblems('Brief: the plan cannot be judged.', result?.problems ?? []);
    return html`${this.renderCampaign(plan)}${this.renderBrief(plan)}
      ${this.findingsPopover.render('Findings', () => this.renderPopoverContent(plan))}`;
  }

  // ── the campaign ────────────────────────────────────────────────────────

  private renderCampaign(plan: Plan): TemplateResult {
    const { campaign } = plan;
    const editing = this.editing === 'campaign';
    return html`<section part="campaign" aria-labelledby="campaign-heading">
      <div class="head">
        <h2 id="campaign-heading">Campaign</h2>
        ${this.renderFindingsButton('campaign', plan.id, 'the campaign')}
        ${this.isReadonly ? nothing : this.renderEditButton('campaign', 'Edit campaign', 'campaign-form')}
      </div>
      ${editing
        ? this.renderCampaignForm(plan)
        : html`<dl part="campaign-facts" class="facts">
            ${this.fact('Name', campaign.name)} ${this.fact('Type', typeTitle(campaign.type))} ${this.fact('Owner', campaign.owner && roleLabel(plan, campaign.owner))}
            ${this.fact('Launch date', campaign.launchDate && html`<time datetime=${campaign.launchDate}>${this.dates.day(campaign.launchDate)}</time>`)}
          </dl>`}
      ${this.renderLifecycle(plan)}
    </section>`;
  }

  private fact(label: string, value: string | TemplateResult | undefined): TemplateResult {
    return html`<div class="fact"><dt>${label}</dt><dd>${value ?? html`<span class="missing">Not set</span>`}</dd></div>`;
  }

  private renderCampaignForm(plan: Plan): TemplateResult {
    const { campaign } = this.opened ?? plan;
    const field = (name: CampaignField, control: Parameters<typeof renderField>[1]) =>
      renderField({ id: `campaign-${name}`, label: CAMPAIGN_TITLES[name], error: this.errors[`campaign.${name}`], required: name === 'name' }, control);
    const roles = campaign.owner && !plan.roles.includes(campaign.owner) ? [campaign.owner, ...plan.roles] : plan.roles;
    return html`<form
      part="campaign-form"
      id="campaign-form"
      class="form"
      novalidate
      aria-label="Edit campaign"
      @input=${this.checkAsTyped('campaign')}
      @submit=${(e: SubmitEvent) => this.saveCampaign(e, plan)}
      @keydown=${this.closeOnEscape}
    >
      ${field('name', (a) => html`<input id=${a.id} name="name" .value=${campaign.name} aria-required="true" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`)}
      ${field(
        'type',
        (a) => html`<select id=${a.id} name="type" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
          ${CAMPAIGN_TYPES.map((t) => html`<option value=${t} ?selected=${t === campaign.type}>${typeTitle(t)}</option>`)}
        </select>`,
      )}
      ${field(
        'owner',
        (a) => html`<select id=${a.id} name="owner" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
          <option value="" ?selected=${!campaign.owner}>Nobody named</option>
          ${roles.map((r) => html`<option .value=${r} ?selected=${r === campaign.owner}>${roleLabel(plan, r)}</option>`)}
        </select>`,
      )}
      ${field('launchDate', (a) => this.dateField(a.id, 'launchDate', CAMPAIGN_TITLES.launchDate, campaign.launchDate, this.errors['campaign.launchDate']))}
      ${this.formButtons('campaign')}
    </form>`;
  }

  private renderLifecycle(plan: Plan): TemplateResult {
    const current = plan.campaign.state;
    const unmet = unmetDefinition(plan);
    const moves = lifecycleMoves(plan);
    const waiting = moves.filter((m) => m.needs.length > 0);
    return html`<div part="lifecycle" class="lifecycle">
      <p class="state-line">
        <span>State</span>
        <strong part="state" data-state=${current}>${LIFECYCLE_TITLES[current]}</strong>
        <span class="definition">${GLOSSARY[current]}</span>
      </p>
      ${unmet.length
        ? html`<div part="unmet" class="unmet">
            <strong id="unmet-heading">${LIFECYCLE_TITLES[current]}, but not met:</strong>
            <ul aria-labelledby="unmet-heading">${unmet.map((u) => html`<li>${u}</li>`)}</ul>
          </div>`
        : nothing}
      ${moves.length === 0 ? html`<p class="definition">A ${LIFECYCLE_TITLES[current].toLowerCase()} campaign is kept for the record and does not move.</p>` : nothing}
      ${this.isReadonly || moves.length === 0
        ? nothing
        : html`<div part="moves" class="moves" role="group" aria-label="Move the campaign">
            ${moves
              .filter((m) => m.needs.length === 0)
              .map(
                (m) =>
                  html`<button type="button" part="move-button" data-to=${m.to} ?data-next=${current !== 'paused' && m.to === moves[0]!.to} @click=${() => this.move(plan, m.to)}>
                    ${moveLabel(m.to, current)}
                  </button>`,
              )}
          </div>`}
      ${this.renderUndo(plan, 'move')} ${waiting.map((m) => this.renderNeeds(m))} ${this.renderLearnings(plan)}
    </div>`;
  }

  /**
   * The post-launch review's learnings, from the moment there is something to learn from: the campaign
   * live (or kept as completed) or its review step done. What `completed` needs, written here.
   */
  private renderLearnings(plan: Plan): TemplateResult | typeof nothing {
    const recorded = recordedLearnings(plan);
    const reviewDone = plan.steps.some((s) => s.id === REVIEW_STEP && s.doneAt !== undefined);
    const { state } = plan.campaign;
    if (!reviewDone && !recorded.length && state !== 'live' && state !== 'completed') return nothing;
    const error = this.errors['log.learnings'];
    const editable = !this.isReadonly && state !== 'cancelled';
    return html`<div part="learnings" class="learnings" role="group" aria-labelledby="learnings-heading">
      <h3 id="learnings-heading">Learnings of the post-launch review</h3>
      ${recorded.length
        ? html`<ul class="learnings-list">
            ${recorded.map((e) => html`<li><span class="text">${e.summary}</span> <span class="definition">${e.by ?? 'nobody named'}, ${this.dates.time(e.at)}</span></li>`)}
          </ul>`
        : html`<p class="definition">None recorded yet: a campaign is completed once its post-launch review is done and what it taught the team is written down.</p>`}
      ${editable
        ? html`<form part="learnings-form" class="form learnings-form" novalidate aria-label="Record learnings" @submit=${(e: SubmitEvent) => this.saveLearnings(e, plan)} @input=${this.checkLearnings}>
            ${renderField(
              { id: 'learnings', label: 'What did the campaign teach the team?', error },
              (a) => html`<textarea id=${a.id} name="learnings" rows="3" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}></textarea>`,
            )}
            <div class="form-buttons"><button type="submit">Record learnings</button></div>
          </form>`
        : nothing}
      <p class="visually-hidden" role="status">${this.learningsNotice}</p>
    </div>`;
  }

  private renderNeeds({ to, needs }: LifecycleMove): TemplateResult {
    const id = `needs-${to}`;
    return html`<div part="move-needs" class="needs" data-to=${to}>
      <strong id=${id}>Before it can be ${LIFECYCLE_TITLES[to]}:</strong>
      <ul aria-labelledby=${id}>${needs.map((n) => html`<li>${n}</li>`)}</ul>
    </div>`;
  }

  // ── the brief ───────────────────────────────────────────────────────────

  private renderBrief(plan: Plan): TemplateResult {
    const missing = missingBriefFields(plan.brief);
    const editing = this.editing === 'brief';
    return html`<section part="brief" aria-labelledby="brief-heading">
      <div class="head">
        <h2 id="brief-heading">Brief</h2>
        ${this.renderFindingsButton('brief', plan.id, 'the brief')}
        ${this.isReadonly ? nothing : this.renderEditButton('brief', 'Edit brief', 'brief-form')}
      </div>
      <p part="brief-status" class="brief-status" data-complete=${missing.length ? 'false' : 'true'}>
        ${missing.length
          ? html`<strong>Not ready for sprint planning.</strong> Still to fill in: ${missing.map((f) => BRIEF_FIELD_TITLES[f]).join(', ')}.`
          : html`<strong>Complete.</strong> The brief answers all six questions.`}
      </p>
      ${editing ? this.renderBriefForm(plan) : this.renderAnswers(plan)} ${this.renderKeyResults(plan)}
    </section>`;
  }

  private renderAnswers(plan: Plan): TemplateResult {
    return html`<dl part="answers" class="answers">
      ${BRIEF_QUESTIONS.map(
        (q) => html`<div class="answer" data-question=${q.id}>
          <dt>${q.label}</dt>
          ${q.fields.map((f) => {
            const text = answerText(plan.brief[f]);
            return html`<dd>
              ${q.fields.length > 1 ? html`<span class="field-name">${BRIEF_FIELD_TITLES[f]}:</span>${' '}` : nothing}${text === null
                ? html`<span class="missing">Not answered</span>`
                : f === 'systems'
                  ? html`<span class="systems">${(plan.brief.systems ?? []).map((s) => html`<span class="chip">${s}</span>`)}</span>`
                  : f === 'deadline'
                    ? html`<span class="text"><time datetime=${text}>${this.dates.day(text)}</time></span>`
                    : html`<span class="text">${text}</span>`}
            </dd>`;
          })}
        </div>`,
      )}
    </dl>`;
  }

  private renderBriefForm(plan: Plan): TemplateResult {
    return html`<form
      part="brief-form"
      id="brief-form"
      class="form brief-form"
      novalidate
      aria-label="Edit brief"
      @input=${this.checkAsTyped('brief')}
      @submit=${(e: SubmitEvent) => this.saveBrief(e, plan)}
      @keydown=${this.closeOnEscape}
    >
      ${BRIEF_QUESTIONS.map(
        (q) => html`<fieldset data-question=${q.id}>
          <legend>${q.label}</legend>
          ${q.fields.map((f) => this.renderBriefField(plan, f))}
        </fieldset>`,
      )}
      ${this.formButtons('brief')}
    </form>`;
  }

  private renderBriefField(plan: Plan, name: BriefAnswerField): TemplateResult {
    const error = this.errors[`brief.${name}`];
    const value = answerText((this.opened ?? plan).brief[name]) ?? '';
    const label = name === 'systems' ? 'Systems (one per line)' : BRIEF_FIELD_TITLES[name];
    return renderField({ id: `brief-${name}`, label, error }, (a) =>
      name === 'deadline'
        ? this.dateField(a.id, name, label, value, error)
        : LONG_ANSWERS.has(name)
          ? html`<textarea id=${a.id} name=${name} rows=${name === 'systems' ? 3 : 2} .value=${value} aria-invalid=${a.invalid} aria-describedby=${a.describedBy}></textarea>`
          : html`<input id=${a.id} name=${name} .value=${value} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`,
    );
  }

  private dateField(id: string, name: string, label: string, value: string | undefined, error: string | undefined): TemplateResult {
    return dateField({ id, name, label, value, errorId: error ? `${id}-error` : undefined, today: teamToday(this.readiness.value) });
  }

  private renderKeyResults(plan: Plan): TemplateResult {
    const list = plan.brief.keyResults ?? [];
    const editable = !this.isReadonly;
    return html`<div class="key-results" aria-labelledby="kr-heading" role="group">
      <h3 id="kr-heading">Key results</h3>
      ${list.length
        ? html`<ul part="key-results" class="kr-list">
            ${list.map((kr) =>
              this.editing === `kr:${kr.id}`
                ? html`<li part="key-result" data-id=${kr.id}>${this.renderKeyResultForm(plan, kr)}</li>`
                : html`<li part="key-result" data-id=${kr.id} class="kr">
                    <span class="kr-name">${kr.name}</span>
                    <span class="kr-values">Current ${kr.current ?? '—'} · Target ${kr.target}</span>
                    ${editable
                      ? html`<span class="actions">
                          <button type="button" part="edit-button" data-kr=${kr.id} aria-label=${`Edit ${kr.name}`} @click=${() => this.open(`kr:${kr.id}`)}>Edit</button>
                          <button type="button" part="remove-button" aria-label=${`Remove ${kr.name}`} @click=${() => this.removeKeyResult(plan, kr)}>Remove</button>
                        </span>`
                      : nothing}
                  </li>`,
            )}
          </ul>`
        : html`<p class="definition">${editable ? 'No key results yet: add what the OKR is measured by, with its target.' : 'No key results.'}</p>`}
      ${this.renderUndo(plan, 'kr')}
      ${editable
        ? this.editing === 'new-kr'
          ? this.renderKeyResultForm(plan, undefined)
          : html`<button type="button" part="edit-button" class="add-kr" @click=${() => this.open('new-kr')}>Add a key result</button>`
        : nothing}
    </div>`;
  }

  private renderKeyResultForm(plan: Plan, current: KeyResult | undefined): TemplateResult {
    const kr = current && ((this.opened?.brief.keyResults ?? []).find((k) => k.id === current.id) ?? current);
    const key = kr ? `kr-${kr.id}` : 'kr-new';
    const field = (name: KeyResultField, value: string | number | undefined) =>
      renderField(
        { id: `${key}-${name}`, label: KEY_RESULT_TITLES[name], error: this.errors[`keyResult.${name}`], required: name !== 'current' },
        (a) =>
          html`<input
            id=${a.id}
            name=${name}
            .value=${value === undefined ? '' : String(value)}
            inputmode=${name === 'name' ? nothing : 'decimal'}
            aria-required=${name === 'current' ? nothing : 'true'}
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedBy}
          />`,
      );
    return html`<form
      part="key-result-form"
      class="form kr-form"
      novalidate
      aria-label=${kr ? `Edit ${kr.name}` : 'Add a key result'}
      @input=${this.checkAsTyped('keyResult')}
      @submit=${(e: SubmitEvent) => this.saveKeyResult(e, plan, current)}
      @keydown=${this.closeOnEscape}
    >
      ${field('name', kr?.name)} ${field('target', kr?.target)} ${field('current', kr?.current)}
      <div class="form-buttons">
        <button type="submit">${kr ? 'Save' : 'Add key result'}</button>
        <button type="button" @click=${() => this.close()}>Cancel</button>
      </div>
    </form>`;
  }

  // ── shared pieces ───────────────────────────────────────────────────────

  private renderEditButton(form: 'campaign' | 'brief', label: string, controls: string): TemplateResult {
    const open = this.editing === form;
    return html`<button type="button" part="edit-button" data-form=${form} aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? controls : nothing} @click=${() => (open ? this.close() : this.open(form))}>
      ${label}
    </button>`;
  }

  private formButtons(form: string): TemplateResult {
    return html`<div class="form-buttons">
      <button type="submit" data-form=${form}>Save</button>
      <button type="button" @click=${() => this.close()}>Cancel</button>
    </div>`;
  }

  private renderFindingsButton(kind: 'campaign' | 'brief', id: string, what: string): TemplateResult | typeof nothing {
    const findings = this.readiness.findingsFor(kind, id);
    return findings.length
      ? renderFindingsButton(findings, what, this.findingsPopover.isOpen(kind), (e) => this.findingsPopover.toggle(e.currentTarget as HTMLElement, kind))
      : nothing;
  }

  private renderPopoverContent(plan: Plan): TemplateResult | typeof nothing {
    const kind = this.findingsPopover.openKey as 'campaign' | 'brief' | undefined;
    if (!kind) return nothing;
    const findings: Finding[] = this.readiness.findingsFor(kind, plan.id);
    return renderFindings(findings, 'popover-heading', kind === 'brief' ? 'The brief' : plan.campaign.name, { plan, day: this.dates.day });
  }

  /** The Undo notice beside what it undoes: a move in the lifecycle, a removal in the key results. */
  private renderUndo(plan: Plan, kind: 'move' | 'kr'): TemplateResult | typeof nothing {
    const undo = this.undoable;
    if (undo?.kind !== kind || this.isReadonly) return nothing;
    if (undo.kind === 'move' && plan.campaign.state !== undo.to) return nothing;
    if (undo.kind === 'kr' && (plan.brief.keyResults ?? []).some((kr) => kr.id === undo.keyResult.id)) return nothing;
    const text = undo.kind === 'move' ? `Moved from ${LIFECYCLE_TITLES[undo.from]} to ${LIFECYCLE_TITLES[undo.to]}.` : `Removed “${undo.keyResult.name}”.`;
    return html`<div part="undo" class="undo" role="status">
      <span>${text}</span>
      <button type="button" name="undo" @click=${() => this.undo(plan)}>Undo</button>
    </div>`;
  }

  // ── editing ─────────────────────────────────────────────────────────────

  /** Checks the field being typed in with the core and names its problem under it at once. */
  private checkAsTyped(record: FormRecord) {
    return (e: Event): void => {
      const control = e.target as HTMLInputElement;
      if (!control.name) return;
      const key = `${record}.${control.name}`;
      const problem = (formErrors(record, { [control.name]: controlValue(control) } as never, [], control.form ?? undefined) as Record<string, string>)[control.name];
      const { [key]: _old, ...rest } = this.errors;
      this.errors = problem ? { ...rest, [key]: problem } : rest;
    };
  }

  private readonly closeOnEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    void this.close();
  };

  private async open(form: NonNullable<typeof this.editing>): Promise<void> {
    this.editing = form;
    this.errors = {};
    this.opened = this.source.plan;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('form :is(input, select, textarea)')?.focus();
  }

  /** Closes the open form and returns focus to the button that opened it. */
  private async close(): Promise<void> {
    const was = this.editing;
    this.editing = undefined;
    this.errors = {};
    this.opened = undefined;
    await this.updateComplete;
    const selector = was === 'new-kr' ? '.add-kr' : was?.startsWith('kr:') ? `[data-kr="${CSS.escape(was.slice(3))}"]` : `[part~=edit-button][data-form="${was}"]`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Checks a form's values with the core; shows and focuses the first problem. True when all pass. */
  private async checked<F extends string>(record: FormRecord, form: HTMLFormElement, values: Record<F, string>, required: readonly F[]): Promise<boolean> {
    const errors = formErrors(record, values as never, required as never, form) as Record<string, string>;
    this.errors = Object.fromEntries(Object.entries(errors).map(([f, m]) => [`${record}.${f}`, m]));
    return !(await focusFirstError(this, form, errors));
  }

  private async saveCampaign(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const values = readForm(form, CAMPAIGN_FIELDS);
    if (!(await this.checked('campaign', form, values, ['name']))) return;
    let applied = true;
    // Only what was changed in the form: a field someone else saved meanwhile keeps their value.
    const base = (this.opened ?? plan).campaign;
    commitFieldChanges(
      plan,
      CAMPAIGN_FIELDS.filter((field) => (base[field] ?? null) !== (values[field] || null)),
      { from: (field) => plan.campaign[field] ?? null, to: (field) => values[field] || null },
      (current, field, to) => edit.setCampaignField(current, field, to ?? undefined),
      (next, field, from, to) => (applied = this.commit(next, { type: 'campaign.update', field, from, to })),
    );
    // A cancelled edit keeps the form open with what was typed.
    if (applied) await this.close();
  }

  private async saveBrief(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const values = readForm(form, BRIEF_FIELDS);
    if (!(await this.checked('brief', form, values, []))) return;
    const typed = (field: BriefAnswerField) => (fieldFromText('brief', field, values[field]) as BriefValue | undefined) ?? null;
    let applied = true;
    const base = (this.opened ?? plan).brief;
    commitFieldChanges(
      plan,
      BRIEF_FIELDS.filter((field) => answerText(base[field]) !== answerText(typed(field) ?? undefined)),
      { from: (field) => answerText(plan.brief[field]), to: (field) => answerText(typed(field) ?? undefined) },
      (current, field) => edit.setBriefField(current, field, typed(field) ?? undefined),
      (next, field) => (applied = this.commit(next, { type: 'brief.update', field, from: plan.brief[field] ?? null, to: typed(field) })),
    );
    if (applied) await this.close();
  }

  private async saveKeyResult(e: SubmitEvent, plan: Plan, kr: KeyResult | undefined): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const values = readForm(form, KEY_RESULT_FIELDS);
    if (!(await this.checked('keyResult', form, values, ['name', 'target']))) return;
    const typed = (field: KeyResultField) => (fieldFromText('keyResult', field, values[field]) as string | number | undefined) ?? null;
    if (!kr) {
      const keyResult = { id: edit.newKeyResultId(plan), name: values.name, target: typed('target') as number, ...(typed('current') === null ? {} : { current: typed('current') as number }) };
      const index = plan.brief.keyResults?.length ?? 0;
      if (this.commit(edit.insertKeyResult(plan, keyResult), { type: 'keyResult.add', id: keyResult.id, index })) await this.close();
      return;
    }
    let applied = true;
    const base = (this.opened?.brief.keyResults ?? []).find((k) => k.id === kr.id) ?? kr;
    const typedText = (field: KeyResultField) => (field === 'name' ? values.name : numberText((typed(field) as number | null) ?? undefined));
    commitFieldChanges(
      plan,
      KEY_RESULT_FIELDS.filter((field) => keyResultText(base, field) !== typedText(field)),
      { from: (field) => keyResultText(kr, field), to: typedText },
      (current, field) => edit.setKeyResultField(current, kr.id, field, typed(field) ?? undefined),
      (next, field) => (applied = this.commit(next, { type: 'keyResult.update', id: kr.id, field, from: kr[field] ?? null, to: typed(field) })),
    );
    if (applied) await this.close();
  }

  private async removeKeyResult(plan: Plan, keyResult: KeyResult): Promise<void> {
    const index = (plan.brief.keyResults ?? []).indexOf(keyResult);
    if (!this.commit(edit.removeKeyResult(plan, keyResult.id), { type: 'keyResult.remove', id: keyResult.id, index })) return;
    this.undoable = { kind: 'kr', keyResult, index };
    await this.updateComplete;
    // The key result's buttons are gone: focus goes to Undo, the next thing one would want.
    this.renderRoot.querySelector<HTMLElement>('[part~=undo] button')?.focus();
  }

  /** Names a problem with the learnings as they are typed (too long); an empty field is named on Record only. */
  private readonly checkLearnings = (e: Event): void => {
    const text = (e.target as HTMLTextAreaElement).value;
    const problem = text.trim() ? learningsProblem(text) : undefined;
    const { ['log.learnings']: _old, ...rest } = this.errors;
    this.errors = problem ? { ...rest, 'log.learnings': problem } : rest;
  };

  /** Records the learnings in the log through the core; a refused or cancelled one stays in its field. */
  private async saveLearnings(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = form.elements.namedItem('learnings') as HTMLTextAreaElement;
    const problem = learningsProblem(field.value);
    const { ['log.learnings']: _old, ...rest } = this.errors;
    this.errors = problem ? { ...rest, 'log.learnings': problem } : rest;
    this.learningsNotice = '';
    if (problem) {
      await this.updateComplete;
      field.focus();
      return;
    }
    const at = this.time.stamp();
    const by = this.actorIn(plan);
    const text = field.value.trim();
    if (!this.commit(recordLearnings(plan, { text, at, by }), { type: 'learnings.record', text, at, by: by ?? null })) return;
    field.value = '';
    this.learningsNotice = 'Learnings recorded.';
  }

  private async move(plan: Plan, to: LifecycleState): Promise<void> {
    const from = plan.campaign.state;
    // The buttons offer only allowed moves; the core has the last word on the plan as it is now.
    if (lifecycleMoveProblem(plan, to) || !this.commit(edit.setState(plan, to), { type: 'campaign.state', from, to })) return;
    this.undoable = { kind: 'move', from, to };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=undo] button')?.focus();
  }

  private async undo(plan: Plan): Promise<void> {
    const undo = this.undoable;
    if (!undo) return;
    const done =
      undo.kind === 'move'
        ? this.commit(edit.setState(plan, undo.from), { type: 'campaign.state', from: undo.to, to: undo.from })
        : this.commit(edit.insertKeyResult(plan, undo.keyResult, undo.index), { type: 'keyResult.add', id: undo.keyResult.id, index: undo.index });
    if (!done) return;
    this.undoable = undefined;
    await this.updateComplete;
    // Focus goes back where the undone action was: the moves, or the key result put back.
    this.renderRoot.querySelector<HTMLElement>(undo.kind === 'move' ? '[part~=move-button]' : `[data-kr="${CSS.escape(undo.keyResult.id)}"]`)?.focus();
  }
}
