import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  milestoneActualProblem,
  moveMilestone,
  moveStep,
  planTimeline,
  reschedulePlan,
  stepDatesProblem,
  type Finding,
  type Milestone,
  type Plan,
  type Step,
  type Timeline,
} from '@preflight/core';
import { dateFormat, monthText } from '@preflight/core/time';
import { dateField, dateFieldStyles, langOf } from '../shared/date-field.js';
import { findingStyles, findingsLabel, findingsVerdict, renderFindings } from '../shared/findings.js';
import { commitFieldChanges, focusFirstError, formErrors, readForm, renderField } from '../shared/forms.js';
import { icon } from '../shared/icon.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { RowDrawing } from '../shared/row-drawing.js';
import { dragDays, keyDays, type Drag, type MoveTarget } from './moves.js';
import { timelineStyles } from './timeline.styles.js';
import DiamondIcon from 'lucide/dist/esm/icons/diamond.mjs';

/** A milestone's mark in its row (Lucide's diamond, as on the axis): the row's words say what it is. */
const MILESTONE_ICON = icon(DiamondIcon);

type StepField = 'start' | 'due';
type MilestoneField = 'planned' | 'actual';

declare module '../shared/changes.js' {
  interface ChangeMap {
    'step.done': { stepId: string; doneAt: string; doneBy: string | null };
    'step.reopen': { stepId: string; doneAt: string };
    'step.shift': { stepId: string; days: number };
    'step.dates': { stepId: string; field: StepField; from: string | null; to: string | null };
    'plan.reschedule': { days: number };
    'milestone.shift': { milestoneId: string; days: number };
    'milestone.dates': { milestoneId: string; field: MilestoneField; from: string | null; to: string | null };
  }
}

const FIELD_NAMES: Record<StepField | MilestoneField, string> = { start: 'Start date', due: 'Due date', planned: 'Planned date', actual: 'Reached on' };

/** The words a schedule finding puts beside its step or milestone (the popover explains it in full). */
const FLAG: Record<string, string> = {
  'step.critical-slip': 'Moves launch',
  'step.overdue': 'Late',
  'step.out-of-order': 'Out of order',
  'milestone.late': 'Late',
  'milestone.slipped': 'Reached late',
  'milestone.chain-order': 'Out of order',
};

const pct = (day: number, days: number) => `${((day / days) * 100).toFixed(3)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Each plan's axis, kept with the instant and time zone it was laid out for: a re-render that does not
 * change the plan (a drag, a popover) and every timeline on the same plan lay it out once.
 */
const timelines = new WeakMap<Plan, { now: string; zone: string | undefined; timeline: Timeline }>();
function timelineOf(plan: Plan, now: string, zone: string | undefined): Timeline {
  const kept = timelines.get(plan);
  if (kept && kept.now === now && kept.zone === zone) return kept.timeline;
  const timeline = planTimeline(plan, now, zone);
  timelines.set(plan, { now, zone, timeline });
  return timeline;
}

/** Each axis's dependency lines with nothing dragged: drawn once, whichever timeline shows the plan. */
const restingLinks = new WeakMap<Timeline, TemplateResult | typeof nothing>();

/** What a row shows of its findings (their rules and severities): rows whose findings read the same are not drawn again. */
const findingsKey = (findings: readonly Finding[]): string => (findings.length ? findings.map((f) => `${f.ruleId}:${f.severity}`).join('|') : '');

/**
 * @summary Steps and milestones on a time axis: each step's start, due and done day, the
 * dependencies between steps, the critical path, and the steps and milestones the core finds late or
 * out of order; dates move by keyboard or pointer, a step is marked done, a milestone's day recorded.
 *
 * Each step is a row of a list: its name and dates in words, its bar on the axis, its state in words
 * (Done, On track, Late, Out of order, Moves launch, and Critical path for the chain that sets the
 * finish) and the findings behind it. A bar is a slider: focus it and the arrow keys move the step a
 * day (Shift+arrow or Page Up/Down a week), or drag it with a pointer (Escape cancels the drag). The
 * Launch handle above the axis moves the whole plan's schedule the same way: every planned date by the
 * same days, what already happened stays. The checkbox marks a step done (now) or reopens it; Edit opens
 * its start and due dates, a milestone's Edit its planned day and the day it was reached. Narrower than
 * 44rem, the rows become cards, each with its own axis, and each step names the steps it comes after.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types `step.done`
 *   (`stepId`, `doneAt`, `doneBy`: the actor or null), `step.reopen` (`stepId`, the `doneAt` removed), `step.shift` (`stepId`,
 *   `days`), `step.dates` (`stepId`, `field`: start or due, `from`, `to`; one per changed field),
 *   `plan.reschedule` (`days`), `milestone.shift` (`milestoneId`, `days`) and `milestone.dates`
 *   (`milestoneId`, `field`: planned or actual, `from`, `to`). Cancel it to roll back.
 * @csspart summary - The critical path and how the steps stand, in words.
 * @csspart legend - What the marks on the chart mean, and the keys that move them.
 * @csspart axis - The row of month labels, with the Launch handle.
 * @csspart plan-handle - The Launch handle (a slider): moves the whole plan.
 * @csspart steps - The list of steps.
 * @csspart step - One step; carries `data-done`, `data-critical` and `data-state`.
 * @csspart checkbox - A step's done checkbox.
 * @csspart bar - A step's bar on the axis (a slider when editable); carries `data-critical`.
 * @csspart links - The drawn dependencies (SVG).
 * @csspart state - A step's or a milestone's state in words, or its findings button.
 * @csspart findings-button - The button that explains a row's findings.
 * @csspart edit-button - A row's Edit button.
 * @csspart editor - The date form in the edit popover.
 * @csspart field-error - A field's message in the date form, naming the field.
 * @csspart date-hint - The format hint under a date field: the reader's date format (from the closest `lang`).
 * @csspart date-button - The button beside a date field that opens its date picker.
 * @csspart date-picker - The date picker dialog: a month's grid of days.
 * @csspart milestones - The list of milestones.
 * @csspart milestone - One milestone; carries `data-reached`.
 * @csspart marker - A milestone's planned-day marker (a slider when editable).
 * @csspart popover - The findings and edit popovers.
 * @cssproperty --row-height - A row's height in the wide layout (3.25rem).
 * @cssproperty --label-width - The width of the names column in the wide layout (13rem).
 * @cssproperty --side-width - The width of the state and actions column in the wide layout (12rem).
 */
export class PreflightTimeline extends PlanElement {
  static override styles = [...PlanElement.styles, popoverStyles, findingStyles, dateFieldStyles, timelineStyles];

  /** A pointer drag in progress, shown as a preview until it is let go. */
  @state() private drag: Drag | undefined;
  @state() private editErrors: Partial<Record<StepField | MilestoneField, string>> = {};

  /** The axis last drawn: what a drag measures against and the day "today" is for a recorded milestone. */
  private timeline: Timeline | undefined;
  /** The dependency lines last drawn during a drag, with the axis and the drag they were drawn for: drawn again only when the geometry changes. */
  private links: { timeline: Timeline; drag: string; lines: TemplateResult | typeof nothing } | undefined;
  private readonly findingsPopover = new PopoverController(this);
  private readonly editPopover = new PopoverController(this);
  /**
   * A long plan's steps: those on screen in the first render, the rest a chunk a frame after it is painted
   * (their place kept, so the chart and its lines keep their size); focus reaching the chart draws them all,
   * so Tab goes through every step.
   */
  private readonly stepRows = new RowDrawing(this, { rowHeight: 52, chunk: 25, lastRow: () => [...this.renderRoot.querySelectorAll('[part=steps] > [part~=step]')].at(-1) });

  protected get noun(): string {
    return 'Timeline';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onWindowKey);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onWindowKey);
    super.disconnectedCallback();
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (!result?.ok) return renderProblems('Timeline: the plan cannot be judged.', result?.problems ?? []);
    const t = (this.timeline = timelineOf(plan, result.now, result.config.timeZone));
    const editable = !this.isReadonly;
    const byId = new Map(plan.steps.map((s) => [s.id, s]));
    const row = new Map(plan.steps.map((s, i) => [s.id, i]));
    const drawn = this.stepRows.count(plan.id, plan.steps.length);
    const style = `--days: ${t.days}; --today: ${pct(t.today + 0.5, t.days)};${t.launch === undefined ? '' : ` --launch: ${pct(this.shifted({ kind: 'plan' }, t.launch), t.days)};`}`;
    return html`
      ${this.renderSummary(plan, t, byId)}
      ${this.renderLegend(editable)}
      <div class="chart" style=${style} @pointerdown=${(e: PointerEvent) => this.onPointerDown(e, t)} @pointermove=${this.onPointerMove} @pointerup=${(e: PointerEvent) => this.onPointerUp(e, plan)} @pointercancel=${this.cancelDrag} @keydown=${(e: KeyboardEvent) => this.onKey(e, plan)} @click=${(e: MouseEvent) => this.onClick(e, plan)} @change=${(e: Event) => this.onChange(e, plan)} @focusin=${this.stepRows.drawAllOnFocus}>
        ${this.renderAxis(plan, t, editable)}
        <ol class="rows" part="steps" aria-label="Steps" style=${`--rows: ${plan.steps.length}`}>
          ${(drawn < plan.steps.length ? plan.steps.slice(0, drawn) : plan.steps).map((step, i) => this.renderStepOnce(step, t.steps[i]!, t, byId, editable))}
          ${drawn < plan.steps.length ? html`<li class="undrawn" aria-hidden="true" style=${`height: calc(var(--row-height) * ${plan.steps.length - drawn})`}></li>` : nothing}
          ${this.renderLinks(t, row)}
        </ol>
        ${plan.steps.length ? nothing : html`<p class="empty">No steps yet: a plan's steps come from its template or the RACI.</p>`}
        ${plan.milestones.length
          ? html`<h3 class="section-heading" id="milestones-heading">Milestones</h3>
              <ol class="rows" part="milestones" aria-labelledby="milestones-heading">${plan.milestones.map((m, i) => this.renderMilestone(m, t.milestones[i]!, t, editable))}</ol>`
          : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.drag ? this.dragAnnouncement(plan) : ''}</p>
      ${this.findingsPopover.render('Findings', () => this.renderFindingsContent(plan))}
      ${this.editPopover.render('Edit dates', () => this.renderEditor(plan))}
    `;
  }

  // ── reading ─────────────────────────────────────────────────────────────

  private renderSummary(plan: Plan, t: Timeline, byId: Map<string, Step>): TemplateResult {
    const path = t.critical;
    const done = plan.steps.filter((s) => s.doneAt !== undefined).length;
    const count = (ruleId: string) => this.readiness.value?.ok ? this.readiness.value.readiness.findings.filter((f) => f.ruleId === ruleId).length : 0;
    const [late, early] = [count('step.overdue') + count('milestone.late'), count('step.out-of-order')];
    const name = (id: string) => byId.get(id)?.name ?? id;
    // A long chain is named by its ends; its rows say Critical path.
    const names = path.steps.length > 6 ? [...path.steps.slice(0, 2).map(name), `… ${path.steps.length - 4} more …`, ...path.steps.slice(-2).map(name)].join(' → ') : path.steps.map(name).join(' → ');
    const launch = plan.campaign.launchDate;
    const finish = path.finish === undefined ? '' : path.daysLost > 0 ? `finishes ${path.finish}, and the launch moves ${plural(path.daysLost, 'day')}` : launch ? `finishes ${path.finish}, in time for the launch on ${launch}` : `finishes ${path.finish}`;
    return html`<section part="summary" class="summary" aria-label="Schedule" data-state=${path.daysLost > 0 ? 'at-risk' : 'ok'}>
      ${path.steps.length ? html`<p><strong>Critical path:</strong> <span .textContent=${names}></span>${finish ? html`, ${this.dates.sentence(finish)}.` : '.'}</p>` : nothing}
      <p>${done} of ${plural(plan.steps.length, 'step')} done · ${late} late · ${early} out of order · today is <time datetime=${t.todayDate}>${this.dates.day(t.todayDate)}</time></p>
    </section>`;
  }

  private renderLegend(editable: boolean): TemplateResult {
    return html`<p part="legend" class="legend">
      <span><span class="key bar-key critical" aria-hidden="true"></span> critical path</span>
      <span><span class="key bar-key" aria-hidden="true"></span> other step</span>
      <span><span class="key check" aria-hidden="true">✓</span> done</span>
      <span><span class="key diamond" aria-hidden="true"></span> milestone planned</span>
      <span><span class="key dot" aria-hidden="true"></span> reached</span>
      <span><span class="key today-key" aria-hidden="true"></span> today</span>
      ${editable ? html`<span class="keys">Focus a bar: arrow keys move it a day, Shift+arrow a week.</span>` : nothing}
    </p>`;
  }

  private renderAxis(plan: Plan, t: Timeline, editable: boolean): TemplateResult {
    const launch = t.launch;
    const { day } = this.dates;
    const lang = langOf(this);
    const label = launch === undefined ? '' : `Launch ${day(plan.campaign.launchDate!)}`;
    const handle =
      launch === undefined
        ? nothing
        : editable
          ? html`<span part="plan-handle" class="plan-handle" role="slider" tabindex="0" data-move="plan" aria-label="Launch date: moves the whole plan" aria-valuemin="0" aria-valuemax=${t.days - 1} aria-valuenow=${launch} aria-valuetext=${label} style=${`left: ${pct(this.shifted({ kind: 'plan' }, launch) + 0.5, t.days)}`}>▲ Launch</span>`
          : html`<span part="plan-handle" class="plan-handle" style=${`left: ${pct(launch + 0.5, t.days)}`}>${label}</span>`;
    return html`<div part="axis" class="axis">
      <span class="axis-label"><time datetime=${t.from}>${day(t.from)}</time> – <time datetime=${t.to}>${day(t.to)}</time></span>
      <div class="track axis-track">
        ${t.months.slice(1).map((m) => html`<span class="month" style=${`left: ${pct(m.day, t.days)}`} aria-hidden="true">${monthText(m.date, lang, m.date.slice(5, 7) === '01')}</span>`)}
        ${handle}
      </div>
    </div>`;
  }

  /** A day moved by the drag in progress, when the drag moves this target (or the whole plan). */
  private shifted(target: MoveTarget, day: number): number {
    const drag = this.drag;
    if (!drag) return day;
    const moves = drag.target.kind === 'plan' || (drag.target.kind === target.kind && 'id' in target && 'id' in drag.target && drag.target.id === target.id);
    return moves ? day + drag.days : day;
  }

  /** The step's dates in words, as its row and its slider say them. */
  private stepDates(step: Step): string {
    if (step.start === undefined && step.due === undefined) return 'No dates yet';
    const { day } = this.dates;
    const start = step.start ?? step.due!;
    return step.due === undefined ? `From ${day(start)}` : start === step.due ? `On ${day(step.due)}` : `${day(start)} → ${day(step.due)}`;
  }

  /** A row's state in words: the schedule's flags from its findings, else done, on track or unscheduled. */
  private stateWords(findings: readonly Finding[], fallback: string): string {
    // The most telling flag first (the order of FLAG); the popover lists them all.
    const flags = Object.keys(FLAG).filter((id) => findings.some((f) => f.ruleId === id)).map((id) => FLAG[id]!);
    if (flags.length) return flags.length > 1 ? `${flags[0]} +${flags.length - 1}` : flags[0]!;
    return findings.length ? findingsLabel(findings) : fallback;
  }

  private renderRowState(key: string, name: string, findings: readonly Finding[], fallback: string): TemplateResult {
    const words = this.stateWords(findings, fallback);
    if (!findings.length) return html`<span part="state" class="state" data-state="ok" .textContent=${words}></span>`;
    return html`<button
      type="button"
      part="state findings-button"
      class="state"
      data-action="findings"
      data-key=${key}
      data-state=${findingsVerdict(findings)}
      aria-haspopup="dialog"
      aria-expanded=${String(this.findingsPopover.isOpen(key))}
      aria-label=${`${words}: findings for ${name}`}
      .textContent=${words}
    ></button>`;
  }

  /**
   * A step's row, drawn again only when something it shows changed: its record, its place on the axis,
   * the names of the steps it comes after, its findings, a drag moving it, its popovers. Moving one step
   * of two hundred draws one row (and those whose findings or critical path changed).
   */
  private renderStepOnce(step: Step, at: Timeline['steps'][number], t: Timeline, byId: Map<string, Step>, editable: boolean): unknown {
    const findings = this.readiness.findingsFor('step', step.id);
    const after = at.after.length ? `After ${at.after.map((d) => byId.get(d)?.name ?? d).join(', ')}` : '';
    const key = `step:${step.id}`;
    const moved = this.shifted({ kind: 'step', id: step.id }, 0);
    const deps = [step, t.days, at.start, at.due, at.done, at.doneDate, at.critical, after, findingsKey(findings), editable, moved, this.editPopover.isOpen(key), this.findingsPopover.isOpen(key), this.dates.words];
    return guard(deps, () => this.renderStep(step, at, t, findings, after, editable));
  }

  /**
   * One step, as one flat template: parts shown or not by `hidden` rather than by nested templates,
   * text set as properties, no whitespace between tags; every part saved is saved 200 times on a long plan.
   */
  private renderStep(step: Step, at: Timeline['steps'][number], t: Timeline, findings: readonly Finding[], after: string, editable: boolean): TemplateResult {
    const done = step.doneAt !== undefined;
    const id = `step-${step.id}`;
    const dates = this.stepDates(step);
    const doneText = done ? `Done ${at.doneDate === undefined ? '' : this.dates.day(at.doneDate)}` : step.due === undefined ? 'Not scheduled' : 'On track';
    const key = `step:${step.id}`;
    const scheduled = at.start !== undefined;
    const slider = editable && scheduled;
    const target = { kind: 'step' as const, id: step.id };
    const start = scheduled ? this.shifted(target, at.start!) : 0;
    const end = scheduled ? this.shifted(target, at.due ?? at.start!) + 1 : 0;
    const barStyle = `left: ${pct(start, t.days)}; width: ${pct(end - start, t.days)}`;
    const doneStyle = at.done === undefined ? '' : `left: ${pct(at.done + 0.5, t.days)}`;
    const state = this.renderRowState(key, step.name, findings, doneText);
    // prettier-ignore
    return html`<li part="step" class="row" data-kind="step" data-id=${step.id} data-done=${String(done)} data-critical=${String(at.critical)} data-state=${findings.length ? findingsVerdict(findings) : 'ok'}><input type="checkbox" part="checkbox" id=${id} data-action="done" .checked=${done} ?disabled=${!editable} aria-describedby=${`${id}-dates`} /><div class="label"><label class="name" for=${id} title=${step.name} .textContent=${step.name}></label><span class="dates" id=${`${id}-dates`} .textContent=${dates}></span><span class="after" ?hidden=${!after} .textContent=${after}></span></div><div class="track"><span class="unscheduled" ?hidden=${scheduled}>No dates: Edit to schedule it</span><span part="bar" class="bar" ?hidden=${!scheduled} data-critical=${String(at.critical)} role=${slider ? 'slider' : nothing} tabindex=${slider ? '0' : nothing} data-move=${slider ? 'step' : nothing} aria-label=${slider ? `${step.name}: dates` : nothing} aria-valuemin=${slider ? '0' : nothing} aria-valuemax=${slider ? t.days - 1 : nothing} aria-valuenow=${slider ? at.start! : nothing} aria-valuetext=${slider ? dates : nothing} style=${barStyle}></span><span class="done-mark" aria-hidden="true" ?hidden=${at.done === undefined} style=${doneStyle}>✓</span></div><div class="side"><span class="state-line">${state}<span class="done-note" ?hidden=${!(findings.length && done)} .textContent=${doneText}></span></span><span class="tag critical-tag" ?hidden=${!at.critical}>Critical path</span><button type="button" part="edit-button" ?hidden=${!editable} data-action="edit" data-key=${key} aria-haspopup="dialog" aria-expanded=${String(this.editPopover.isOpen(key))} aria-label=${`Edit dates of ${step.name}`}>Edit</button></div></li>`;
  }

  private renderMilestone(m: Milestone, at: Timeline['milestones'][number], t: Timeline, editable: boolean): TemplateResult {
    const findings = this.readiness.findingsFor('milestone', m.id);
    const reached = m.actual !== undefined;
    const { day } = this.dates;
    const dates = `Planned ${day(m.planned)}`;
    const reachedText = reached ? `Reached ${day(m.actual!)}` : 'Planned';
    const planned = this.shifted({ kind: 'milestone', id: m.id }, at.planned);
    const style = `left: ${pct(planned + 0.5, t.days)}`;
    const marker = editable
      ? html`<span part="marker" class="marker" role="slider" tabindex="0" data-move="milestone" aria-label=${`${m.name}: planned day`} aria-valuemin="0" aria-valuemax=${t.days - 1} aria-valuenow=${at.planned} aria-valuetext=${day(m.planned)} style=${style}></span>`
      : html`<span part="marker" class="marker" style=${style}></span>`;
    const key = `milestone:${m.id}`;
    return html`<li part="milestone" class="row" data-kind="milestone" data-id=${m.id} data-reached=${String(reached)}>
      <span class="row-icon">${MILESTONE_ICON}</span>
      <div class="label">
        <span class="name" title=${m.name} .textContent=${m.name}></span>
        <span class="dates" .textContent=${dates}></span>
      </div>
      <div class="track">${marker}${at.actual === undefined ? nothing : html`<span class="reached" aria-hidden="true" style=${`left: ${pct(at.actual + 0.5, t.days)}`}></span>`}</div>
      <div class="side">
        <span class="state-line">${this.renderRowState(key, m.name, findings, reachedText)}</span>
        ${findings.length && reached ? html`<span class="note" .textContent=${reachedText}></span>` : nothing}
        ${editable ? html`<button type="button" part="edit-button" data-action="edit" data-key=${key} aria-haspopup="dialog" aria-expanded=${String(this.editPopover.isOpen(key))} aria-label=${`Edit dates of ${m.name}`}>Edit</button>` : nothing}
      </div>
    </li>`;
  }

  /**
   * Each dependency as a line from the end of the step it waits for to the start of the step, over
   * the track column (wide layout only). The SVG's units are days across and rows down, stretched to
   * the column; strokes keep their width.
   */
  private renderLinks(t: Timeline, row: Map<string, number>): TemplateResult | typeof nothing {
    if (!this.drag) {
      let lines = restingLinks.get(t);
      if (lines === undefined) restingLinks.set(t, (lines = this.drawLinks(t, row)));
      return lines;
    }
    const drag = `${JSON.stringify(this.drag.target)}:${this.drag.days}`;
    const kept = this.links;
    if (kept && kept.timeline === t && kept.drag === drag) return kept.lines;
    const lines = this.drawLinks(t, row);
    this.links = { timeline: t, drag, lines };
    return lines;
  }

  private drawLinks(t: Timeline, row: Map<string, number>): TemplateResult | typeof nothing {
    const rows = t.steps.length;
    const paths: string[] = [];
    const critical: string[] = [];
    for (const [i, s] of t.steps.entries()) {
      if (s.start === undefined) continue;
      const x2 = this.shifted({ kind: 'step', id: s.id }, s.start);
      for (const dep of s.after) {
        const j = row.get(dep)!;
        const d = t.steps[j]!;
        if (d.start === undefined) continue;
        const x1 = this.shifted({ kind: 'step', id: dep }, d.due ?? d.start) + 1;
        const mid = Math.min(x1, x2) - 0.4;
        const path = `M${x1} ${j + 0.5}H${Math.max(mid, x1)}V${i + 0.5}H${x2}`;
        (s.critical && d.critical ? critical : paths).push(path);
      }
    }
    if (!paths.length && !critical.length) return nothing;
    return html`<svg part="links" class="links" aria-hidden="true" viewBox=${`0 0 ${t.days} ${rows}`} preserveAspectRatio="none">
      ${svg`<path class="link" d=${paths.join('')}></path><path class="link critical-link" d=${critical.join('')}></path>`}
    </svg>`;
  }

  private dragAnnouncement(plan: Plan): string {
    const drag = this.drag!;
    const days = `${Math.abs(drag.days)} day${Math.abs(drag.days) === 1 ? '' : 's'} ${drag.days < 0 ? 'earlier' : 'later'}`;
    const name = drag.target.kind === 'plan' ? 'the whole plan' : drag.target.kind === 'step' ? plan.steps.find((s) => s.id === (drag.target as { id: string }).id)?.name : plan.milestones.find((m) => m.id === (drag.target as { id: string }).id)?.name;
    return drag.days === 0 ? '' : `Moving ${name ?? ''} ${days}`;
  }

  private renderFindingsContent(plan: Plan): TemplateResult | typeof nothing {
    const found = this.recordOf(plan, this.findingsPopover.openKey);
    if (!found) return nothing;
    return renderFindings(this.readiness.findingsFor(found.kind, found.record.id), 'popover-heading', 'name' in found.record ? found.record.name : '', { plan, day: this.dates.day });
  }

  // ── editing ─────────────────────────────────────────────────────────────

  private recordOf(plan: Plan, key: string | undefined): { kind: 'step'; record: Step } | { kind: 'milestone'; record: Milestone } | undefined {
    if (!key) return undefined;
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'step') {
      const record = plan.steps.find((s) => s.id === id);
      return record && { kind, record };
    }
    const record = plan.milestones.find((m) => m.id === id);
    return record && { kind: 'milestone', record };
  }

  /** The row an event inside the chart is about. */
  private rowOf(e: Event): { kind: string; id: string } | undefined {
    const li = (e.target as Element | null)?.closest?.('li[data-id]');
    return li ? { kind: li.getAttribute('data-kind')!, id: li.getAttribute('data-id')! } : undefined;
  }

  private targetOf(e: Event): MoveTarget | undefined {
    const control = (e.target as Element | null)?.closest?.('[data-move]');
    if (!control || this.isReadonly) return undefined;
    if (control.getAttribute('data-move') === 'plan') return { kind: 'plan' };
    const row = this.rowOf(e);
    return row && { kind: row.kind as 'step' | 'milestone', id: row.id };
  }

  /** Moves a target by whole days, as one edit. */
  private move(plan: Plan, target: MoveTarget, days: number): boolean {
    if (days === 0) return false;
    if (target.kind === 'plan') return this.commit(reschedulePlan(plan, days), { type: 'plan.reschedule', days });
    if (target.kind === 'step') return this.commit(moveStep(plan, target.id, days), { type: 'step.shift', stepId: target.id, days });
    return this.commit(moveMilestone(plan, target.id, days), { type: 'milestone.shift', milestoneId: target.id, days });
  }

  private onKey(e: KeyboardEvent, plan: Plan): void {
    const target = this.targetOf(e);
    const days = target && !this.drag ? keyDays(e) : undefined;
    if (!target || days === undefined) return;
    e.preventDefault();
    this.move(plan, target, days);
  }

  private onPointerDown(e: PointerEvent, t: Timeline): void {
    const target = this.targetOf(e);
    if (!target || e.button !== 0) return;
    const track = (e.target as Element).closest('.track');
    const width = track?.getBoundingClientRect().width ?? 0;
    if (!width) return;
    e.preventDefault();
    (e.target as HTMLElement).focus();
    (e.target as Element).setPointerCapture?.(e.pointerId);
    this.drag = { target, pointerId: e.pointerId, startX: e.clientX, dayWidth: width / t.days, days: 0 };
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const days = dragDays(drag, e.clientX);
    if (days !== drag.days) this.drag = { ...drag, days };
  };

  private onPointerUp(e: PointerEvent, plan: Plan): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    this.move(plan, drag.target, dragDays(drag, e.clientX));
  }

  private readonly cancelDrag = (): void => {
    this.drag = undefined;
  };

  /** Escape lets go of a drag without moving anything. */
  private readonly onWindowKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.drag) {
      e.preventDefault();
      this.cancelDrag();
    }
  };

  private onClick(e: MouseEvent, plan: Plan): void {
    const control = (e.target as Element | null)?.closest?.<HTMLElement>('button[data-action]');
    const key = control?.dataset.key;
    if (!control || !key || !this.recordOf(plan, key)) return;
    if (control.dataset.action === 'findings') this.findingsPopover.toggle(control, key);
    else if (control.dataset.action === 'edit') {
      this.editErrors = {};
      this.editPopover.toggle(control, key);
    }
  }

  private onChange(e: Event, plan: Plan): void {
    const box = e.target as HTMLInputElement;
    const row = this.rowOf(e);
    if (box.dataset.action !== 'done' || row?.kind !== 'step') return;
    const step = plan.steps.find((s) => s.id === row.id);
    if (!step) return;
    let ok: boolean;
    if (step.doneAt === undefined) {
      const doneAt = this.time.stamp();
      const doneBy = this.actorIn(plan);
      ok = this.commit(withStep(plan, { ...step, doneAt, ...(doneBy ? { doneBy } : {}) }), { type: 'step.done', stepId: step.id, doneAt, doneBy: doneBy ?? null });
    } else {
      const { doneAt, doneBy: _by, ...open } = step;
      ok = this.commit(withStep(plan, open), { type: 'step.reopen', stepId: step.id, doneAt });
    }
    // A refused or cancelled edit leaves the box as the plan says.
    if (!ok) box.checked = step.doneAt !== undefined;
  }

  private field(name: StepField | MilestoneField, value: string | undefined, required: boolean): TemplateResult {
    const error = this.editErrors[name];
    return renderField({ id: `edit-${name}`, label: FIELD_NAMES[name], error, required }, (a) =>
      dateField({ id: a.id, name, label: FIELD_NAMES[name], value, required, errorId: error ? `${a.id}-error` : undefined, today: this.timeline?.todayDate }),
    );
  }

  private renderEditor(plan: Plan): TemplateResult | typeof nothing {
    const found = this.recordOf(plan, this.editPopover.openKey);
    if (!found) return nothing;
    const fields =
      found.kind === 'step'
        ? html`${this.field('start', found.record.start, false)}${this.field('due', found.record.due, false)}`
        : html`${this.field('planned', found.record.planned, true)}${this.field('actual', found.record.actual, false)}`;
    return html`<h2 class="findings-heading" id="editor-heading" .textContent=${`Dates of ${found.record.name}`}></h2>
      <form part="editor" class="editor" novalidate aria-labelledby="editor-heading" @submit=${(e: SubmitEvent) => this.save(e, plan, found)}>
        ${fields}
        <div class="editor-actions"><button type="submit">Save</button><button type="button" @click=${() => this.editPopover.hide()}>Cancel</button></div>
      </form>`;
  }

  private async save(e: SubmitEvent, plan: Plan, found: NonNullable<ReturnType<PreflightTimeline['recordOf']>>): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    if (found.kind === 'step') {
      const step = found.record;
      const fields = ['start', 'due'] as const;
      const values = readForm(form, fields);
      const errors = formErrors<'step', StepField>('step', values, [], form);
      const order = errors.start || errors.due ? undefined : stepDatesProblem({ start: values.start || undefined, due: values.due || undefined }, dateFormat(langOf(form)));
      if (order) errors[order.field] = order.message;
      this.editErrors = errors;
      if (await focusFirstError(this, form, errors)) return;
      // Both dates are checked together: apply them as one plan, one event per changed field.
      commitFieldChanges(
        plan,
        fields,
        { from: (f) => step[f] ?? null, to: (f) => values[f] || null },
        (current, f, to) => withStep(current, { ...setField(current.steps.find((s) => s.id === step.id)!, f, to) }),
        (next, f, from, to) => this.commit(next, { type: 'step.dates', stepId: step.id, field: f, from, to }),
      );
    } else {
      const m = found.record;
      const fields = ['planned', 'actual'] as const;
      const values = readForm(form, fields);
      const errors = formErrors<'milestone', MilestoneField>('milestone', values, ['planned'], form);
      const today = this.timeline?.todayDate;
      const early = !errors.actual && values.actual && today ? milestoneActualProblem(values.actual, today, dateFormat(langOf(form))) : undefined;
      if (early) errors.actual = early;
      this.editErrors = errors;
      if (await focusFirstError(this, form, errors)) return;
      commitFieldChanges(
        plan,
        fields,
        { from: (f) => m[f] ?? null, to: (f) => values[f] || null },
        (current, f, to) => ({ ...current, milestones: current.milestones.map((x) => (x.id === m.id ? setField(x, f, to) : x)) }),
        (next, f, from, to) => this.commit(next, { type: 'milestone.dates', milestoneId: m.id, field: f, from, to }),
      );
    }
    this.editPopover.hide();
  }
}

const withStep = (plan: Plan, step: Step): Plan => ({ ...plan, steps: plan.steps.map((s) => (s.id === step.id ? step : s)) });

/** A record with one field set, or removed when `null`. */
function setField<T extends object>(record: T, field: keyof T & string, value: string | null): T {
  const { [field]: _old, ...rest } = record;
  return (value === null ? rest : { ...rest, [field]: value }) as T;
}
