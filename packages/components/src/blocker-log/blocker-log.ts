import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import {
  BLOCKER_SEVERITIES,
  blockersToCsv,
  KILLER_TITLES,
  roleLabel,
  type Blocker,
  type BlockerSeverity,
  type BlockerSort,
  type Plan,
  type TargetRef,
} from '@preflight/core';
import { localDateOf } from '@preflight/core/time';
import { downloadText } from '../shared/download.js';
import { findingStyles, findingsLabel, findingsVerdict, renderFindings, type FixLink } from '../shared/findings.js';
import { GridFocusController } from '../shared/grid-focus.js';
import { COL, COLUMNS } from './columns.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { dateField, dateFieldStyles, teamToday } from '../shared/date-field.js';
import { blockerLogStyles } from './blocker-log.styles.js';
import * as edit from './edits.js';
import { AddBlockerForm } from './add-form.js';
import { BlockerEditor, EDIT_FIELDS } from './editor.js';
import { SidewaysBar } from './sideways-bar.js';
import { lookups, RowStatuses, shownBlockers } from './view.js';
import { guessRowHeight, LogLayout, OVERHANG, virtualize } from './virtualize.js';

declare module '../shared/changes.js' {
  interface ChangeMap {
    'blocker.add': { blockerId: string; index: number };
    'blocker.resolve': { blockerId: string; at: string };
    'blocker.reopen': { blockerId: string; reopened: number };
    'blocker.update': { id: string; field: edit.BlockerField; from: string | null; to: string | null };
  }
}

export type StatusFilter = 'open' | 'all';

const PAGE_ROWS = 10;
const SORT_LABELS: Record<BlockerSort, string> = { due: 'Due (soonest first)', severity: 'Severity (most severe first)', 'days-blocked': 'Days blocked (longest first)', raised: 'Raised (newest first)' };

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
  @state() private jumpMessage = '';
  /** The dialog that edits a blocker. */
  private readonly editor = new BlockerEditor(this, {
    commit: (next, change) => this.commit(next, change),
    dueField: (id, value, error) => this.dueField(id, value, error),
    rowIndex: (id) => this.visibleBlockers.findIndex((b) => b.id === id),
    focusCell: (at) => this.gridFocus.focusCell(at),
  });
  /** The form adding a blocker. */
  private readonly addForm = new AddBlockerForm(this, {
    commit: (next, change) => this.commit(next, change),
    dueField: (id, value, error) => this.dueField(id, value, error),
    actor: (plan) => this.actorIn(plan),
    stamp: () => this.time.stamp(),
    reveal: (id) => this.scrollToBlocker(id),
  });

  private readonly findingsPopover = new PopoverController(this);
  /** Each rendered row's status from the core: scrolling back costs nothing. */
  private readonly statuses = new RowStatuses();
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
  private readonly sidewaysBar = new SidewaysBar(this);
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
    return shownBlockers(plan, this, now);
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
    shownBlockers(plan, this, result.now);
  }

  private get nowValue(): string | undefined {
    const r = this.readiness.value;
    return r?.ok ? r.now : undefined;
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (result && !result.ok) return renderProblems('Blocker log: the plan cannot be judged.', result.problems);
    const now = this.nowValue!;
    const rows = shownBlockers(plan, this, now);
    const { owners } = lookups(plan);
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
                style=${styleMap({ height: `calc(min(var(--max-height), calc(${rows.length} * var(--_row-height))) + var(--_sideways-bar))`, minHeight: '0', '--_sideways-bar': this.sidewaysBar.height })}
                ${ref(this.sidewaysBar.watch)}
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
      ${readonly ? nothing : this.addForm.render(plan, owners)}
      ${readonly ? nothing : this.editor.render(plan)}
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
    const status = this.statuses.of(plan, now, this.judgedConfig, b);
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
              @click=${() => void this.editor.open(b.id, { row, col: COL.edit }, 'owner')}
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

  private targetName(plan: Plan, ref: TargetRef): string {
    return lookups(plan).targets.get(`${ref.kind}:${ref.id}`) ?? `${ref.kind} ${ref.id}`;
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
        void this.editor.open(b.id, { row, col: COL[field] }, field);
      },
    };
  }

  /** A due date, required in both forms. */
  private dueField(id: string, value: string | undefined, error: string | undefined): TemplateResult {
    return dateField({ id, name: 'due', label: EDIT_FIELDS.due, value, required: true, errorId: error ? `${id}-error` : undefined, today: teamToday(this.readiness.value) });
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
      void this.editor.open(blocker.id, at, field);
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
    if (at && field && blocker && !this.isReadonly) void this.editor.open(blocker.id, at, field);
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
}

