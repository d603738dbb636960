import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import {
  BLOCKER_SEVERITIES,
  blockersToCsv,
  blockerStatus,
  KILLER_TITLES,
  KILLERS,
  resortBlockers,
  roleLabel,
  sortBlockers,
  type Blocker,
  type BlockerStatus,
  type BlockerSeverity,
  type BlockerSort,
  type Killer,
  type Plan,
  type TargetRef,
} from '@preflight/core';
import { BlockerSchema } from '@preflight/core/schema';
import { localDateOf } from '@preflight/core/time';
import { downloadText } from '../shared/download.js';
import { findingStyles, findingsLabel, findingsVerdict, renderFindings, type FixLink } from '../shared/findings.js';
import { GridFocusController } from '../shared/grid-focus.js';
import { COL, COLUMNS } from './columns.js';
import type { GridPosition } from '../shared/grid-navigation.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { dateField, dateFieldStyles, teamToday } from '../shared/date-field.js';
import { FormDisclosure } from '../shared/form-disclosure.js';
import { commitFieldChanges, focusFirstError, formErrors, readForm, renderField } from '../shared/forms.js';
import { blockerLogStyles, cardHeight, CARDS } from './blocker-log.styles.js';
import * as edit from './edits.js';
import { virtualize } from './virtualize.js';

declare module '../shared/changes.js' {
  interface ChangeMap {
    'blocker.add': { blockerId: string; index: number };
    'blocker.resolve': { blockerId: string; at: string };
    'blocker.reopen': { blockerId: string; reopened: number };
    'blocker.update': { id: string; field: edit.BlockerField; from: string | null; to: string | null };
  }
}

export type StatusFilter = 'open' | 'all';
type Field = 'title' | 'owner' | 'due';

const PAGE_ROWS = 10;
/** Px of rows the virtualizer keeps beyond each edge of the viewport once the first rows are painted (see LogLayout). */
const OVERHANG = 400;
const SORT_LABELS: Record<BlockerSort, string> = { due: 'Due (soonest first)', severity: 'Severity (most severe first)', 'days-blocked': 'Days blocked (longest first)', raised: 'Raised (newest first)' };
const EDIT_FIELDS: Record<edit.BlockerField, string> = { owner: 'Owner', due: 'Due date', severity: 'Severity', category: 'Category' };
const FORM_FIELDS: Record<Field, string> = { title: 'Title', owner: 'Owner', due: 'Due date' };

/**
 * The virtualizer's flow layout, tuned for rows of one fixed height:
 * - it keeps rows 1000 px beyond each edge of the viewport (over 50 rows in a 24rem log); about a
 *   viewport more on each side (OVERHANG) is enough for keyboard paging and wheel scrolling, and
 *   halves the rows laid out on every scroll frame. The first paint draws only the rows in the
 *   viewport (`overhang` 0): a row costs far more to style and lay out than it costs to render, so
 *   the rows beyond the edges come in the frame after (see widenAfterPaint);
 * - it guesses 100 px per row until it has measured some; starting from the default row height
 *   (2.75rem) saves the second layout pass and the jump in scroll height after the first paint.
 */
class LogLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 0;
    this._itemSize = { ...this._itemSize, height: 44 };
  }

  /** Px of rows kept beyond each edge of the viewport (a config key: set again on every update, a change re-lays the rows out). */
  set overhang(px: number) {
    if (px === this._overhang) return;
    this._overhang = px;
    this._triggerReflow();
  }

  /** The height to guess until rows are measured: a card's, in a log too narrow for the table. */
  set rowHeight(height: number) {
    this._itemSize = { ...this._itemSize, height };
  }
}

/** A row's height in a log this many px wide, before any is measured: the table's 2.75rem, or a card's (see the styles' CARDS). */
function guessRowHeight(width: number, remPx: number): number {
  const widthRem = width / remPx;
  if (widthRem >= CARDS.table || widthRem <= 0) return 44;
  return cardHeight(widthRem < CARDS.narrow ? CARDS.lines.narrow : CARDS.lines.wide);
}


/**
 * Each blocker list's rows as shown (filtered and sorted by the core), by filters, order and now; and
 * each plan's owners and target names. Kept per list and per plan (every element on a page handed one
 * plan shares its objects, see parsePlan's freeze), so a second log of the same plan sorts nothing.
 */
const views = new WeakMap<readonly Blocker[], Map<string, Blocker[]>>();
const VIEWS_KEPT = 4;
/**
 * The last order worked out, with the rows it ordered: an edit gives a new list that differs from it
 * in a record or two, whose order is then worked out from this one (resortBlockers), not sorted again.
 */
let lastSorted: { key: string; shown: readonly Blocker[]; rows: Blocker[] } | undefined;
interface Lookups {
  owners: string[];
  targets: Map<string, string>;
}
const lookupsByPlan = new WeakMap<Plan, Lookups>();

const ADD_BUTTON = '[part~=add-button]';

/**
 * @summary The blocker log of a campaign: every blocker with its overdue and escalation status,
 * severity, due date, owner and actions first, then killer category, what it blocks, when it was
 * raised and days blocked — sortable, filterable and virtualized, so 10,000 blockers scroll smoothly.
 *
 * Keyboard: the log is an ARIA data grid with one tab stop. Arrows, Home/End, Ctrl+Home/End and
 * PageUp/PageDown move; Enter on a sortable column header sorts by it; Enter or Space on a row's
 * action resolves or reopens it, on its findings button explains them. Each row's Edit button
 * (a click, or Enter or Space once arrowed to) opens the blocker's edit dialog; Enter or F2 on a
 * row's owner, due, severity or category cell (or a double click on it) opens it at that field.
 * Save applies each changed field, Escape or Cancel closes it, and focus returns to the button or
 * cell that opened it. A due date is typed as the reader's locale writes it (or YYYY-MM-DD, today,
 * tomorrow) or picked from a calendar, in the add form and the dialog alike.
 * Owner and due date stay required: every blocker leaves with both. "Go to blocker" (or
 * `scrollToBlocker(id)`) scrolls any row into view and focuses it.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types `blocker.add`,
 *   `blocker.resolve` (`at` is the element's now), `blocker.reopen` (`reopened` is the new count) and
 *   `blocker.update` (`id`, `field`: owner, due, severity or category, `from`, `to`; one per changed field). Cancel it to roll back.
 * @csspart toolbar - The filters, the sort, the jump-to-blocker form and the export button.
 * @csspart export - The CSV download button.
 * @csspart jump - The "Go to blocker" form.
 * @csspart grid - The log (role=grid).
 * @csspart header - The column header row.
 * @csspart row - One blocker's row; carries `data-status` (open/resolved) and `data-overdue`.
 * @csspart escalation - A row's overdue and escalation text.
 * @csspart edit-button - A row's Edit button, named "Edit blocker: <title>".
 * @csspart action - A row's Resolve or Reopen button.
 * @csspart findings-button - A row's findings button.
 * @csspart add-button - Opens the form that adds a blocker (aria-expanded).
 * @csspart form - The form that adds a blocker, closed until asked for.
 * @csspart field-error - A field's validation message in that form or in the edit dialog, naming the field.
 * @csspart date-hint - The format hint under a due-date field: the reader's date format (from the closest `lang`).
 * @csspart date-button - The button beside a due-date field that opens its date picker.
 * @csspart date-picker - The date picker dialog: a month's grid of days.
 * @csspart editor - The dialog that edits a blocker's owner, due date, severity and category.
 * @csspart empty - The message shown when no blocker matches the filters.
 * @csspart popover - The findings popover.
 * @cssproperty --row-height - Height of one row of the table (2.75rem). Narrower than 48rem the log shows each row as a card
 *   (title and severity, overdue and escalation, due and owner, then the rest), as tall as its lines.
 * @cssproperty --max-height - Most height of the rows' scroller (24rem): with fewer rows it is as tall as they are, beyond that it scrolls.
 * @cssproperty --columns - The table's column template, 48rem wide and more, for the columns in order: Blocker, Status (overdue
 *   and escalation), Severity, Due, Owner, Edit, Action, Findings, Category, Blocks, Raised, Days blocked (defaults in
 *   `blocker-log/columns.ts`). A log narrower than the columns' least widths scrolls them sideways, the Blocker column
 *   held at the left edge.
 */
export class PreflightBlockerLog extends PlanElement {
  static override styles = [...PlanElement.styles, popoverStyles, findingStyles, dateFieldStyles, blockerLogStyles];

  /** Which blockers show: only open ones (default) or all. */
  @property({ attribute: 'status-filter', reflect: true }) statusFilter: StatusFilter = 'open';
  /** Show only blockers owned by this owner (empty: any). */
  @property({ attribute: 'owner-filter', reflect: true }) ownerFilter = '';
  /** Show only blockers of this severity (empty: any). */
  @property({ attribute: 'severity-filter', reflect: true }) severityFilter: BlockerSeverity | '' = '';
  /** The order: `due`, `severity`, `days-blocked` or `raised`. */
  @property({ reflect: true }) sort: BlockerSort = 'due';

  /** The grid's tab stop: row 0 is the header, row n the n-th shown blocker. */
  private readonly gridFocus = new GridFocusController(this, {
    initial: { row: 1, col: 0 },
    grid: () => this.grid,
    reveal: (at) => this.revealRow(at.row),
  });
  @state() private formProblems: string[] = [];
  @state() private jumpMessage = '';
  /** The blocker being edited and the cell to return focus to. */
  @state() private editing: { id: string; from: GridPosition; field: edit.BlockerField } | undefined;
  @state() private editErrors: Partial<Record<edit.BlockerField, string>> = {};

  private readonly findingsPopover = new PopoverController(this);
  /** The form adding a blocker: closed until asked for; it stays open after an add, for the next one. */
  private readonly addForm = new FormDisclosure<Field>(this);
  /** Each rendered row's status from the core, kept while the plan, `now` and the config stay: scrolling back costs nothing. */
  private statusCache?: { plan: Plan; now: string; config: unknown; byBlocker: WeakMap<Blocker, BlockerStatus> };
  /**
   * Rows the virtualizer has in the DOM, so the tab stop never points at a recycled row. It renders
   * from the top first, so the first row counts as rendered until it reports: the first render
   * then needs no second pass to move the tab stop onto that row.
   */
  private range = { first: 0, last: 0 };
  private layout?: { type: typeof LogLayout; rowHeight: number };
  /** The layout's overhang: 0 until the first rows are painted, then OVERHANG (see widenAfterPaint). */
  private overhang = 0;
  private widening = false;
  /**
   * A sideways scrollbar (classic scrollbars, rows wider than the log) takes its height from the
   * rows' scroller: the scroller grows by it, so a log of one row still shows that row whole.
   */
  private readonly sidewaysBar = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const body = target as HTMLElement;
      const bar = `${body.offsetHeight - body.clientHeight}px`;
      this.sidewaysBarHeight = bar;
      if (body.style.getPropertyValue('--_sideways-bar') !== bar) body.style.setProperty('--_sideways-bar', bar);
    }
  });
  /**
   * The sideways bar's height as last measured, rendered on the scroller from its first render: 0px,
   * what it usually measures, as a custom property set only after the first layout would restyle every row before the first paint.
   */
  private sidewaysBarHeight = '0px';
  private watchSidewaysBar = (body?: Element) => {
    this.sidewaysBar.disconnect();
    if (body) this.sidewaysBar.observe(body);
  };
  /** The sideways position each scroller was just given to follow the other (see onSidewaysScroll). */
  private readonly scrollEcho = new WeakMap<Element, number>();

  protected get noun(): string {
    return 'Blocker log';
  }

  /** The blockers shown, in order: filtered and sorted by the core, memoised per plan and settings. */
  get visibleBlockers(): readonly Blocker[] {
    const plan = this.source.plan;
    const now = this.nowValue;
    if (!plan || !now) return [];
    return this.view(plan, now);
  }

  /**
   * Scrolls the blocker with this id into view and focuses its row. A blocker hidden by the
   * filters is shown by clearing them. Resolves to false when no blocker has the id.
   */
  async scrollToBlocker(id: string): Promise<boolean> {
    await this.updateComplete;
    const plan = this.source.plan;
    if (!plan?.blockers.some((b) => b.id === id)) return false;
    if (!this.visibleBlockers.some((b) => b.id === id)) {
      this.statusFilter = 'all';
      this.ownerFilter = '';
      this.severityFilter = '';
      await this.updateComplete;
    }
    const index = this.visibleBlockers.findIndex((b) => b.id === id);
    if (index < 0) return false;
    await this.gridFocus.focusCell({ row: index + 1, col: 0 });
    return true;
  }

  /** A big plan read in slices: judged, then (in a task of its own) its rows filtered and sorted, before the render that shows it. */
  protected override async prepare(plan: Plan): Promise<void> {
    const result = this.readiness.judge(plan);
    if (!result.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.view(plan, result.now);
  }

  private get nowValue(): string | undefined {
    const r = this.readiness.value;
    return r?.ok ? r.now : undefined;
  }

  private view(plan: Plan, now: string): Blocker[] {
    const key = [now, this.statusFilter, this.ownerFilter, this.severityFilter, this.sort].join('\u0000');
    let byKey = views.get(plan.blockers);
    if (!byKey) views.set(plan.blockers, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) return known;
    const { statusFilter, ownerFilter, severityFilter } = this;
    const shown = plan.blockers.filter(
      (b) => (statusFilter === 'all' || b.status === 'open') && (!ownerFilter || b.owner === ownerFilter) && (!severityFilter || b.severity === severityFilter),
    );
    const rows = (lastSorted?.key === key && resortBlockers(lastSorted.rows, lastSorted.shown, shown, this.sort, now)) || sortBlockers(shown, this.sort, now);
    lastSorted = { key, shown, rows };
    byKey.set(key, rows);
    // A few orders per list are kept (an unset `now` moves every minute): the oldest goes first.
    if (byKey.size > VIEWS_KEPT) byKey.delete(byKey.keys().next().value!);
    return rows;
  }

  /** Owners to filter by and the names of what blockers can block, per plan. */
  private lookups(plan: Plan): Lookups {
    let found = lookupsByPlan.get(plan);
    if (!found) {
      const owners = new Set(plan.roles);
      for (const b of plan.blockers) if (b.owner) owners.add(b.owner);
      const targets = new Map<string, string>();
      for (const s of plan.steps) targets.set(`step:${s.id}`, s.name);
      for (const i of plan.checklist) targets.set(`item:${i.id}`, i.label);
      for (const m of plan.milestones) targets.set(`milestone:${m.id}`, m.name);
      for (const a of plan.approvals) targets.set(`approval:${a.id}`, `${a.kind} approval`);
      lookupsByPlan.set(plan, (found = { owners: [...owners].sort((a, b) => a.localeCompare(b)), targets }));
    }
    return found;
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (result && !result.ok) return renderProblems('Blocker log: the plan cannot be judged.', result.problems);
    const now = this.nowValue!;
    const rows = this.view(plan, now);
    const { owners } = this.lookups(plan);
    const active = { row: Math.min(this.gridFocus.active.row, rows.length), col: this.gridFocus.active.col };
    const activeRendered = active.row === 0 || (active.row - 1 >= this.range.first && active.row - 1 <= this.range.last);
    // The tab stop stays on a rendered cell: the header of the active column when its row is scrolled away.
    const stop = activeRendered ? active : { row: 0, col: active.col };
    const readonly = this.isReadonly;
    return html`
      <div class="toolbar" part="toolbar">
        <label>Show
          <select name="status-filter" @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value as StatusFilter)}>
            <option value="open" ?selected=${this.statusFilter === 'open'}>Open blockers</option>
            <option value="all" ?selected=${this.statusFilter === 'all'}>All blockers</option>
          </select></label>
        <label>Owner
          <select name="owner-filter" @change=${(e: Event) => (this.ownerFilter = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.ownerFilter}>Any owner</option>
            ${owners.map((o) => html`<option .value=${o} ?selected=${this.ownerFilter === o}>${roleLabel(plan, o)}</option>`)}
          </select></label>
        <label>Severity
          <select name="severity-filter" @change=${(e: Event) => (this.severityFilter = (e.target as HTMLSelectElement).value as BlockerSeverity | '')}>
            <option value="" ?selected=${!this.severityFilter}>Any severity</option>
            ${BLOCKER_SEVERITIES.map((s) => html`<option value=${s} ?selected=${this.severityFilter === s}>${s}</option>`)}
          </select></label>
        <label>Sort by
          <select name="sort" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as BlockerSort)}>
            ${Object.entries(SORT_LABELS).map(([value, label]) => html`<option value=${value} ?selected=${this.sort === value}>${label}</option>`)}
          </select></label>
        <form class="jump" part="jump" @submit=${this.onJump}>
          <label>Go to blocker <input name="jump" placeholder="id" autocomplete="off" aria-describedby="jump-message" /></label>
          <button type="submit">Go</button>
          <span id="jump-message" role="status">${this.jumpMessage}</span>
        </form>
        <button type="button" part="export" @click=${() => downloadText(`${plan.id}-blockers.csv`, blockersToCsv(plan, now, this.judgedConfig))}>Export CSV</button>
      </div>
      <p class="count" role="status">${rows.length} of ${plan.blockers.length} blocker${plan.blockers.length === 1 ? '' : 's'} shown</p>
      <div class="table">
        <div
          role="grid"
          part="grid"
          aria-label=${`Blockers of ${plan.campaign.name}`}
          aria-rowcount=${rows.length + 1}
          aria-colcount=${COLUMNS.length}
          aria-readonly=${readonly ? 'true' : 'false'}
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, rows)}
          @focusin=${this.gridFocus.onFocusIn}
          @dblclick=${(e: MouseEvent) => this.onCellOpen(e, rows)}
        >
          <div role="rowgroup" class="head" @scroll=${this.onSidewaysScroll}>
            <div role="row" part="header" class="row header" aria-rowindex="1">
              ${COLUMNS.map(({ header, sort: sortKey }, col) => {
                return html`<div
                  role="columnheader"
                  data-r="0"
                  data-c=${col}
                  tabindex=${stop.row === 0 && stop.col === col ? 0 : -1}
                  aria-sort=${sortKey ? (sortKey === this.sort ? (sortKey === 'due' ? 'ascending' : 'descending') : 'none') : nothing}
                  class=${sortKey ? 'sortable' : ''}
                  @click=${sortKey ? () => (this.sort = sortKey) : nothing}
                >${header}</div>`;
              })}
            </div>
          </div>
          ${rows.length === 0
            ? html`<p part="empty" class="empty">
                ${plan.blockers.length
                  ? 'No blocker matches these filters.'
                  : `No blockers yet. When something stops the work, raise it${readonly ? '' : ' with “Add a blocker”'}: who owns it, by when, and what it blocks.`}
              </p>`
            : // As tall as its rows up to --max-height, plus a sideways scrollbar if one shows; min-height 0 stops
              // the virtualizer's 150px default. A style map keeps the styles the virtualizer sets beside these.
              html`<div
                role="rowgroup"
                class="body"
                style=${styleMap({ height: `calc(min(var(--max-height), calc(${rows.length} * var(--_row-height))) + var(--_sideways-bar))`, minHeight: '0', '--_sideways-bar': this.sidewaysBarHeight })}
                ${ref(this.watchSidewaysBar)}
                @rangeChanged=${this.onRangeChanged}
                @scroll=${this.onSidewaysScroll}
              >
                ${virtualize({
                  items: rows,
                  scroller: true,
                  layout: this.layoutSpec(),
                  // The virtualizer may ask for a stale index for a frame after the rows shrink.
                  keyFunction: (b: Blocker | undefined, i: number) => b?.id ?? i,
                  renderItem: (b: Blocker | undefined, i: number) => (b ? this.renderRow(plan, now, b, i, stop.row === i + 1 ? stop.col : -1, readonly) : html``),
                })}
              </div>`}
        </div>
      </div>
      ${readonly ? nothing : html`${this.renderAddButton()}${this.addForm.isOpen() ? this.renderForm(plan, owners) : nothing}`}
      ${readonly ? nothing : this.renderEditor(plan)}
      ${this.findingsPopover.render('Findings', () => this.renderPopoverContent(plan))}
    `;
  }

  /**
   * The virtualizer's layout, made once: its first guess of a row's height follows the width the
   * log has when its rows first render (one read of the host's width; rows are measured after).
   */
  private layoutSpec(): { type: typeof LogLayout; rowHeight: number; overhang: number } {
    if (!this.layout) {
      // The rows' container is the table box: the host's content box less the table's 1px borders.
      const host = getComputedStyle(this);
      const width = this.clientWidth - parseFloat(host.paddingLeft) - parseFloat(host.paddingRight) - 2;
      this.layout = { type: LogLayout, rowHeight: guessRowHeight(width, parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) };
    }
    return { ...this.layout, overhang: this.overhang };
  }

  /**
   * Once the first rows are drawn, in the frame after the one that paints them: the rows beyond the
   * viewport's edges, for keyboard paging and smooth scrolling (the first paint draws only the rows on screen).
   */
  private widenAfterPaint(): void {
    if (this.overhang === OVERHANG || this.widening) return;
    this.widening = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.widening = false;
        if (!this.isConnected) return;
        this.overhang = OVERHANG;
        this.requestUpdate();
      }),
    );
  }

  private get judgedConfig() {
    const r = this.readiness.value;
    return r?.ok ? r.config : undefined;
  }

  /** An instant's date on the team's clock (config.timeZone), the day the rules count it on, as the reader's locale writes it. */
  private teamDate(instant: string): string {
    return this.day(localDateOf(instant, this.judgedConfig?.timeZone));
  }


  /** A stored date as the reader's locale writes it. */
  private day(date: string): string {
    return this.dates.day(date);
  }

  private renderRow(plan: Plan, now: string, b: Blocker, index: number, activeCol: number, readonly: boolean): TemplateResult {
    const row = index + 1;
    const status = this.statusOf(plan, now, b);
    const findings = this.readiness.findingsFor('blocker', b.id);
    const verdict = findingsVerdict(findings);
    const label = findingsLabel(findings);
    // One flat template per row (no nested template per cell): rows entering on each scroll frame cost less to create.
    const tab = (col: number) => (activeCol === col ? 0 : -1);
    const escalation = status.overdue
      ? status.escalationLevel === null || status.escalationLevel === 0
        ? `Overdue · ${status.escalateTo ? roleLabel(plan, status.escalateTo) : 'owner'} notified`
        : `Overdue · escalated to ${status.escalateTo ? roleLabel(plan, status.escalateTo) : 'nobody'} (level ${status.escalationLevel})`
      : b.status === 'resolved'
        ? `Resolved ${b.resolvedAt === undefined ? '' : this.teamDate(b.resolvedAt)}`
        : 'On time';
    return html`<div
      role="row"
      part="row"
      class="row"
      aria-rowindex=${row + 1}
      data-id=${b.id}
      data-status=${b.status}
      data-overdue=${String(status.overdue)}
      data-severity=${b.severity}
    >
      <div role="rowheader" class="title" data-r=${row} data-c=${COL.title} tabindex=${tab(COL.title)} title=${b.title}>${b.title}</div>
      <div role="gridcell" class="status wraps" data-r=${row} data-c=${COL.status} tabindex=${tab(COL.status)} title=${escalation}><span part="escalation" data-level=${status.escalationLevel ?? ''}>${escalation}</span></div>
      <div role="gridcell" data-r=${row} data-c=${COL.severity} tabindex=${tab(COL.severity)}><span class="severity" data-severity=${b.severity}>${b.severity}</span></div>
      <div role="gridcell" data-r=${row} data-c=${COL.due} tabindex=${tab(COL.due)}>${b.due ? html`<time datetime=${b.due}>${this.day(b.due)}</time>` : html`<span class="missing">No due date</span>`}</div>
      <div role="gridcell" data-r=${row} data-c=${COL.owner} tabindex=${tab(COL.owner)}>${b.owner ? roleLabel(plan, b.owner) : html`<span class="missing">No owner</span>`}</div>
      <div role="gridcell" class="button-cell">
        ${readonly
          ? html`<span data-r=${row} data-c=${COL.edit} tabindex=${tab(COL.edit)}>—</span>`
          : html`<button
              type="button"
              part="edit-button"
              data-r=${row}
              data-c=${COL.edit}
              tabindex=${tab(COL.edit)}
              aria-label=${`Edit blocker: ${b.title}`}
              aria-haspopup="dialog"
              @click=${() => void this.openEditor(b.id, { row, col: COL.edit }, 'owner')}
            >Edit</button>`}
      </div>
      <div role="gridcell" class="button-cell">
        ${readonly
          ? html`<span data-r=${row} data-c=${COL.action} tabindex=${tab(COL.action)}>${b.status === 'open' ? 'Open' : 'Resolved'}</span>`
          : html`<button
              type="button"
              part="action"
              data-r=${row}
              data-c=${COL.action}
              tabindex=${tab(COL.action)}
              aria-label=${`${b.status === 'open' ? 'Resolve' : 'Reopen'} ${b.title}`}
              @click=${() => (b.status === 'open' ? this.resolve(plan, b) : this.reopen(plan, b))}
            >${b.status === 'open' ? 'Resolve' : 'Reopen'}</button>`}
      </div>
      <div role="gridcell" class="button-cell">
        <button
          type="button"
          part="findings-button"
          data-r=${row}
          data-c=${COL.findings}
          data-state=${verdict}
          tabindex=${tab(COL.findings)}
          aria-haspopup="dialog"
          aria-expanded=${String(this.findingsPopover.isOpen(b.id))}
          aria-label=${`${label}: findings for ${b.title}`}
          @click=${(e: MouseEvent) => this.findingsPopover.toggle(e.currentTarget as HTMLElement, b.id)}
        >${label}</button>
      </div>
      <div role="gridcell" class="wraps" data-r=${row} data-c=${COL.category} tabindex=${tab(COL.category)}><span>${b.category ? KILLER_TITLES[b.category] : '—'}</span></div>
      <div role="gridcell" class="wraps" data-r=${row} data-c=${COL.blocks} tabindex=${tab(COL.blocks)}><span>${b.blocks ? this.targetName(plan, b.blocks) : '—'}</span></div>
      <div role="gridcell" data-r=${row} data-c=${COL.raised} tabindex=${tab(COL.raised)}>${this.teamDate(b.raisedAt)}</div>
      <div role="gridcell" class="num" data-r=${row} data-c=${COL.daysBlocked} tabindex=${tab(COL.daysBlocked)}>${status.daysBlocked} d</div>
    </div>`;
  }

  private statusOf(plan: Plan, now: string, b: Blocker): BlockerStatus {
    const config = this.judgedConfig;
    const cache = this.statusCache;
    if (cache?.plan !== plan || cache.now !== now || cache.config !== config) this.statusCache = { plan, now, config, byBlocker: new WeakMap() };
    const byBlocker = this.statusCache!.byBlocker;
    let status = byBlocker.get(b);
    if (!status) byBlocker.set(b, (status = blockerStatus(b, plan, now, config)));
    return status;
  }

  private targetName(plan: Plan, ref: TargetRef): string {
    return this.lookups(plan).targets.get(`${ref.kind}:${ref.id}`) ?? `${ref.kind} ${ref.id}`;
  }

  private renderPopoverContent(plan: Plan): TemplateResult | typeof nothing {
    const id = this.findingsPopover.openKey;
    const blocker = id === undefined ? undefined : plan.blockers.find((b) => b.id === id);
    return blocker ? renderFindings(this.readiness.findingsFor('blocker', blocker.id), 'popover-heading', blocker.title, { fixIt: (f) => this.fixLink(blocker, f.ruleId), plan, day: this.dates.day }) : nothing;
  }

  /** Where a blocker's finding is fixed: the field of its editor the rule is about. */
  private fixLink(b: Blocker, ruleId: string): FixLink | undefined {
    const field: edit.BlockerField | undefined =
      ruleId === 'blocker.owner-due' ? (b.owner ? 'due' : 'owner') : ruleId === 'blocker.overdue' ? 'due' : ruleId === 'blocker.open-critical' ? 'severity' : ruleId === 'blocker.category' ? 'category' : undefined;
    if (!field || this.isReadonly) return undefined;
    const row = this.visibleBlockers.findIndex((v) => v.id === b.id) + 1;
    return {
      label: `Edit the ${EDIT_FIELDS[field].toLowerCase()}`,
      go: () => {
        this.findingsPopover.hide();
        void this.openEditor(b.id, { row, col: COL[field] }, field);
      },
    };
  }

  /** A due date, required in both forms. */
  private dueField(id: string, value: string | undefined, error: string | undefined): TemplateResult {
    return dateField({ id, name: 'due', label: FORM_FIELDS.due, value, required: true, errorId: error ? `${id}-error` : undefined, today: teamToday(this.readiness.value) });
  }

  private renderAddButton(): TemplateResult {
    const open = this.addForm.isOpen();
    return html`<button type="button" part="add-button" class="add-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-form" @click=${() => void this.toggleAdd()}>Add a blocker</button>`;
  }

  private toggleAdd(): Promise<void> {
    this.formProblems = [];
    return this.addForm.toggle('new', '#new-title', ADD_BUTTON);
  }

  private renderForm(plan: Plan, owners: readonly string[]): TemplateResult {
    const { errors } = this.addForm;
    const field = (name: Field, label: string, input: TemplateResult) => renderField({ id: `new-${name}`, label, error: errors[name], required: true }, () => input);
    const choice = (name: string, label: string, options: unknown) =>
      html`<div class="field"><label for=${`new-${name}`}>${label}</label><select id=${`new-${name}`} name=${name}>${options}</select></div>`;
    const invalid = (name: Field) => (errors[name] ? 'true' : 'false');
    const describedBy = (name: Field) => (errors[name] ? `new-${name}-error` : nothing);
    return html`<form
      part="form"
      id="add-form"
      class="add"
      novalidate
      @submit=${(e: SubmitEvent) => this.onAdd(e, plan)}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), void this.toggleAdd())}
    >
      <fieldset>
        <legend>Add a blocker</legend>
        ${field('title', FORM_FIELDS.title, html`<input id="new-title" name="title" aria-required="true" aria-invalid=${invalid('title')} aria-describedby=${describedBy('title')} />`)}
        ${field('owner', FORM_FIELDS.owner, html`<input id="new-owner" name="owner" list="owners" aria-required="true" aria-invalid=${invalid('owner')} aria-describedby=${describedBy('owner')} />
          <datalist id="owners">${owners.map((o) => html`<option .value=${o}></option>`)}</datalist>`)}
        ${field('due', FORM_FIELDS.due, this.dueField('new-due', undefined, errors.due))}
        ${choice('severity', 'Severity', BLOCKER_SEVERITIES.map((s) => html`<option value=${s} ?selected=${s === 'medium'}>${s}</option>`))}
        ${choice('category', 'Category', html`<option value="">Not categorised</option>${KILLERS.map((k) => html`<option value=${k}>${KILLER_TITLES[k]}</option>`)}`)}
        ${choice(
          'blocks',
          'Blocks',
          html`<option value="">Nothing linked</option>
            ${plan.steps.length ? html`<optgroup label="Steps">${plan.steps.map((s) => html`<option value=${`step:${s.id}`}>${s.name}</option>`)}</optgroup>` : nothing}
            ${plan.checklist.length ? html`<optgroup label="Checklist items">${plan.checklist.map((i) => html`<option value=${`item:${i.id}`}>${i.label}</option>`)}</optgroup>` : nothing}`,
        )}
        <div class="add-actions">
          <button type="submit" class="primary">Add blocker</button>
          <button type="button" @click=${() => void this.toggleAdd()}>Cancel</button>
        </div>
      </fieldset>
      ${this.formProblems.length
        ? html`<div role="alert" class="form-problems">
            <strong>The blocker was not added:</strong>
            <ul>${this.formProblems.map((p) => html`<li>${p}</li>`)}</ul>
          </div>`
        : nothing}
    </form>`;
  }

  // ── keyboard and focus ──────────────────────────────────────────────────

  private get grid(): HTMLElement | null {
    return this.renderRoot.querySelector('[role="grid"]');
  }

  private get body(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector('.body');
  }

  /**
   * The rows scroll sideways in the virtualizer's scroller and the column headers in their own
   * box (outside it, so they stay on top): each follows the other, whichever moved (a wheel, or
   * focus reaching a cell out of sight). The scroll event a follower then fires is only an echo:
   * acting on it could undo a newer scroll of the leader.
   */
  private onSidewaysScroll = (e: Event) => {
    const from = e.currentTarget as HTMLElement;
    if (this.scrollEcho.get(from) === from.scrollLeft) {
      this.scrollEcho.delete(from);
      return;
    }
    this.scrollEcho.delete(from);
    const to = from === this.body ? this.renderRoot.querySelector<HTMLElement>('.head') : this.body;
    if (!to || to.scrollLeft === from.scrollLeft) return;
    to.scrollLeft = from.scrollLeft;
    this.scrollEcho.set(to, to.scrollLeft);
  };

  private onRangeChanged = (e: Event) => {
    const { first, last } = e as Event & { first: number; last: number };
    this.widenAfterPaint();
    const row = this.gridFocus.active.row - 1;
    const wasIn = row >= this.range.first && row <= this.range.last;
    this.range = { first, last };
    // Re-render only when the active row enters or leaves the DOM (the tab stop moves with it).
    if (wasIn !== (row >= first && row <= last)) this.requestUpdate();
  };

  /** Scrolls a blocker's row (1 for the first shown) into the virtualized window and waits, a frame at a time, until it is rendered. */
  private async revealRow(row: number): Promise<void> {
    if (row < 1) return;
    const rendered = () => this.grid?.querySelector(`[data-r="${row}"]`);
    this.body?.[virtualizerRef]?.element(row - 1)?.scrollIntoView({ block: 'nearest' });
    for (let frame = 0; frame < 60 && !rendered(); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.updateComplete;
  }

  private onKeyDown(e: KeyboardEvent, rows: readonly Blocker[]): void {
    const at = this.gridFocus.positionOf(e.target);
    if (!at || this.gridFocus.navigate(e, { rows: rows.length + 1, cols: COLUMNS.length, pageSize: PAGE_ROWS })) return;
    if (e.key !== 'Enter' && e.key !== ' ' && e.key !== 'F2') return;
    const sortKey = at.row === 0 ? COLUMNS[at.col]?.sort : undefined;
    if (sortKey) {
      e.preventDefault();
      this.sort = sortKey;
      return;
    }
    const blocker = at.row > 0 ? rows[at.row - 1] : undefined;
    const field = COLUMNS[at.col]?.edit;
    if (blocker && field && (e.key === 'Enter' || e.key === 'F2') && !this.isReadonly) {
      e.preventDefault();
      void this.openEditor(blocker.id, at, field);
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    if (blocker && at.col === 0) {
      e.preventDefault();
      this.findingsPopover.toggle(e.target as HTMLElement, blocker.id);
    }
    // Buttons (action, findings) act on Enter and Space by themselves.
  }

  private onJump = async (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('jump') as HTMLInputElement;
    const id = input.value.trim();
    if (!id) return;
    const found = await this.scrollToBlocker(id);
    this.jumpMessage = found ? '' : `No blocker has the id “${id}”.`;
  };

  private onCellOpen(e: MouseEvent, rows: readonly Blocker[]): void {
    const at = this.gridFocus.positionOf(e.target);
    const field = at && COLUMNS[at.col]?.edit;
    const blocker = at && at.row > 0 ? rows[at.row - 1] : undefined;
    if (at && field && blocker && !this.isReadonly) void this.openEditor(blocker.id, at, field);
  }

  // ── the edit dialog ─────────────────────────────────────────────────────

  private renderEditor(plan: Plan): TemplateResult | typeof nothing {
    const editing = this.editing;
    const b = editing && plan.blockers.find((x) => x.id === editing.id);
    if (!b) return nothing;
    const e = this.editErrors;
    const { owners } = this.lookups(plan);
    const field = (name: edit.BlockerField, control: (invalid: string, describedBy: string | typeof nothing) => TemplateResult) =>
      renderField({ id: `edit-${name}`, label: EDIT_FIELDS[name], error: e[name] }, (a) => control(a.invalid, a.describedBy));
    return html`<dialog part="editor" class="editor" aria-labelledby="editor-heading" @close=${this.onEditorClose}>
      <form method="dialog" novalidate @submit=${(ev: SubmitEvent) => this.saveEditor(ev, plan, b)}>
        <h2 id="editor-heading" class="editor-heading">Edit “${b.title}”</h2>
        ${field('owner', (inv, desc) => html`<input id="edit-owner" name="owner" list="edit-owners" .value=${b.owner ?? ''} aria-required="true" aria-invalid=${inv} aria-describedby=${desc} />
          <datalist id="edit-owners">${owners.map((o) => html`<option .value=${o}></option>`)}</datalist>`)}
        ${field('due', () => this.dueField('edit-due', b.due, e.due))}
        ${field('severity', () => html`<select id="edit-severity" name="severity">${BLOCKER_SEVERITIES.map((s) => html`<option value=${s} ?selected=${s === b.severity}>${s}</option>`)}</select>`)}
        ${field(
          'category',
          () => html`<select id="edit-category" name="category">
            <option value="" ?selected=${!b.category}>Not categorised</option>
            ${KILLERS.map((k) => html`<option value=${k} ?selected=${k === b.category}>${KILLER_TITLES[k]}</option>`)}
          </select>`,
        )}
        <div class="editor-actions">
          <button type="submit">Save</button>
          <button type="button" @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('dialog[part~=editor]')?.close()}>Cancel</button>
        </div>
      </form>
    </dialog>`;
  }

  private async openEditor(id: string, from: GridPosition, field: edit.BlockerField): Promise<void> {
    this.editing = { id, from, field };
    this.editErrors = {};
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog[part~=editor]');
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(`[name=${field}]`)?.focus();
  }

  /**
   * However the dialog closes (Save, Cancel, Escape), focus goes back to the cell that opened it,
   * on the blocker's row wherever the edit moved it in the order.
   */
  private onEditorClose = async () => {
    const editing = this.editing;
    this.editing = undefined;
    this.editErrors = {};
    if (!editing) return;
    await this.updateComplete;
    const index = this.visibleBlockers.findIndex((b) => b.id === editing.id);
    void this.gridFocus.focusCell(index >= 0 ? { row: index + 1, col: editing.from.col } : editing.from);
  };

  private async saveEditor(e: SubmitEvent, plan: Plan, b: Blocker): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const fields = Object.keys(EDIT_FIELDS) as edit.BlockerField[];
    const values = readForm(form, fields);
    const errors = formErrors('blocker', values, ['owner', 'due'], form);
    this.editErrors = errors;
    if (await focusFirstError(this, form, errors)) return;
    commitFieldChanges(
      plan,
      fields,
      { from: (f) => b[f] ?? null, to: (f) => values[f] || null },
      (current, f, to) => edit.setBlockerField(current, b.id, f, to),
      (next, f, from, to) => this.commit(next, { type: 'blocker.update', id: b.id, field: f, from, to }),
    );
    form.closest('dialog')?.close();
  }

  // ── edits ───────────────────────────────────────────────────────────────

  private resolve(plan: Plan, b: Blocker): void {
    if (!this.nowValue || b.status !== 'open') return;
    const at = this.time.stamp();
    this.commit(edit.resolveBlocker(plan, b.id, at), { type: 'blocker.resolve', blockerId: b.id, at });
  }

  private reopen(plan: Plan, b: Blocker): void {
    if (b.status !== 'resolved') return;
    this.commit(edit.reopenBlocker(plan, b.id), { type: 'blocker.reopen', blockerId: b.id, reopened: (b.reopened ?? 0) + 1 });
  }

  private async onAdd(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const { title, owner, due, severity, category, blocks } = readForm(form, ['title', 'owner', 'due', 'severity', 'category', 'blocks']);
    const errors = formErrors('blocker', { title, owner, due }, ['title', 'owner', 'due'], form);
    this.addForm.refuse(errors);
    this.formProblems = [];
    if (await focusFirstError(this, form, errors)) return;
    const [kind, ...rest] = blocks.split(':');
    const raisedBy = this.actorIn(plan);
    const candidate: Blocker = {
      id: edit.newBlockerId(plan),
      title,
      owner,
      due,
      severity: severity as BlockerSeverity,
      status: 'open',
      raisedAt: this.time.stamp(),
      ...(raisedBy ? { raisedBy } : {}),
      ...(category ? { category: category as Killer } : {}),
      ...(blocks ? { blocks: { kind: kind as TargetRef['kind'], id: rest.join(':') } } : {}),
    };
    // The core's schema has the last word on the whole record (the category, what it blocks).
    const checked = BlockerSchema.safeParse(candidate);
    if (!checked.success) {
      this.formProblems = checked.error.issues.map((i) => `${i.path.join('.') || 'blocker'}: ${i.message}`);
      return;
    }
    if (this.commit(edit.addBlocker(plan, checked.data), { type: 'blocker.add', blockerId: candidate.id, index: plan.blockers.length })) {
      form.reset();
      // Show the new blocker even when the filters or the order would hide it from view.
      void this.scrollToBlocker(candidate.id);
    }
  }
}

