import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { personFor, RACI_LETTERS, raciRowChecks, roleLabel, raciToCsv, type Finding, type Plan, type RaciLetter, type Step } from '@preflight/core';
import type { PreflightChange } from '../shared/changes.js';
import { downloadText } from '../shared/download.js';
import { findingStyles, findingsLabel, findingsVerdict, renderFindings, type FixLink } from '../shared/findings.js';
import { GridFocusController } from '../shared/grid-focus.js';
import { RowDrawing } from '../shared/row-drawing.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { describeRaciChange } from './announce.js';
import * as edit from './edits.js';
import { rowCells } from './cells.js';
import { RaciEditor } from './editor.js';
import { raciStyles } from './raci.styles.js';

const PAGE_ROWS = 10;
/** "R Responsible · A Accountable · C Consulted · I Informed" */
const LEGEND = RACI_LETTERS.map(({ letter, name }) => `${letter} ${name}`).join(' · ');

declare module '../shared/changes.js' {
  interface ChangeMap {
    /** Who holds a role: `from` and `to` are the person's name (null: nobody), `email` the address now kept. */
    'role.person': { role: string; from: string | null; to: string | null; email: string | null };
  }
}


/**
 * @summary The RACI matrix of a campaign: workflow steps × roles, each cell R, A, C, I or empty,
 * with the core's verdict on every row.
 *
 * Keyboard (one tab stop, APG data grid): arrows, Home/End, Ctrl+Home/End, PageUp/PageDown move;
 * R, A, C or I sets the focused cell, Delete or Backspace clears it, Space cycles
 * empty → R → A → C → I → empty; Enter on a step or role header explains its findings.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types `raci.set`,
 *   `step.add|rename|move|remove|backup`, `role.add|rename|move|remove|person`. Cancel it to roll back.
 * @csspart toolbar - The legend and the export button.
 * @csspart export - The CSV download button.
 * @csspart grid - The matrix (a table with role=grid).
 * @csspart cell - A role's cell on a step.
 * @csspart verdict - A row's verdict button.
 * @csspart editor - The controls for the selected step and role and for adding new ones.
 * @csspart add-step-button - Opens the form that adds a step (aria-expanded).
 * @csspart add-role-button - Opens the form that adds a role (aria-expanded).
 * @csspart add-form - The open form adding a step or a role (closed until asked for).
 * @csspart notice - Why a structural edit was refused.
 * @csspart undo - After a role rename: where it reached, with its Undo button.
 * @csspart announcer - A polite live region (visually hidden) that says what each applied edit did:
 *   "Creative production, Legal: now Consulted", "Step “QA” moved to position 2 of 6".
 * @csspart popover - The findings popover.
 * @cssproperty --cell-size - Height of a row (2.25rem).
 * @cssproperty --header-width - Width of the step column (14rem; 9rem in a viewport under 40rem).
 * @cssproperty --column-width - Width of each role's column; longer role names wrap (6.5rem).
 * @cssproperty --verdict-width - Width of the verdict column (9rem; 7.5rem in a viewport under 40rem).
 * @cssproperty --max-height - Height after which the grid scrolls (none).
 */
export class PreflightRaci extends PlanElement {
  static override styles = [...PlanElement.styles, popoverStyles, findingStyles, raciStyles];

  /** The grid's tab stop: row 0 is the header row, column 0 the step names, the last column the verdicts. */
  private readonly gridFocus = new GridFocusController(this, {
    initial: { row: 1, col: 1 },
    grid: () => this.grid,
    reveal: (at) => this.rows.drawThrough(at.row),
    scrollIntoView: (cell) => cell.scrollIntoView(cell.classList.contains('cell') ? { block: 'nearest', inline: 'nearest' } : { block: 'nearest' }),
  });
  /**
   * A long matrix draws the rows on screen first and the rest a chunk a frame; the keyboard or a link
   * going to a row not drawn yet draws it at once.
   */
  private readonly rows = new RowDrawing(this, { rowHeight: 36, chunk: 10, lastRow: () => this.renderRoot.querySelector('tr.undrawn')?.previousElementSibling });
  /** The last applied edit, in words, for the polite live region. */
  @state() private announcement = '';

  private readonly findingsPopover = new PopoverController(this);
  /** The controls for the step and the role the tab stop is on, and the forms adding new ones. */
  private readonly editor = new RaciEditor(this, {
    plan: () => this.source.plan,
    commit: (next, change) => this.commit(next, change),
    follow: (at) => {
      this.gridFocus.active = { ...this.gridFocus.active, ...at };
    },
  });

  protected get noun(): string {
    return 'RACI';
  }

  private get grid(): HTMLElement | null {
    return this.renderRoot.querySelector('[role="grid"]');
  }


  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (result && !result.ok) {
      return renderProblems('RACI: the plan cannot be judged.', result.problems);
    }
    const { roles, steps } = plan;
    const rows = steps.length + 1;
    const cols = roles.length + 2;
    const active = this.clamp(this.gridFocus.active, rows, cols);
    const readonly = this.isReadonly;
    // The row holding the tab stop is always drawn.
    const drawn = this.rows.count(plan.id, steps.length, active.row);
    return html`
      <div class="toolbar" part="toolbar">
        <p class="legend">${LEGEND}</p>
        <button type="button" part="export" @click=${() => this.download(plan)}>Export CSV</button>
      </div>
      <div class="scroller" part="scroller">
        <table
          role="grid"
          part="grid"
          aria-label=${`RACI of ${plan.campaign.name}`}
          aria-rowcount=${rows}
          aria-colcount=${cols}
          aria-readonly=${readonly ? 'true' : 'false'}
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, plan)}
          @focusin=${this.gridFocus.onFocusIn}
          @click=${(e: MouseEvent) => this.onClick(e, plan)}
        >
          <thead>
            <tr role="row" aria-rowindex="1">
              <th role="columnheader" scope="col" data-r="0" data-c="0" tabindex=${this.tab(active, 0, 0)}>Step</th>
              ${roles.map((role, i) => this.renderRoleHeader(role, i + 1, active, personFor(plan, role)?.name))}
              <th role="columnheader" scope="col" data-r="0" data-c=${cols - 1} tabindex=${this.tab(active, 0, cols - 1)}>Verdict</th>
            </tr>
          </thead>
          <tbody>
            ${steps.slice(0, drawn).map((step, i) => {
              const row = i + 1;
              const findings = this.readiness.findingsFor('step', step.id);
              const activeCol = active.row === row ? active.col : -1;
              const open = this.findingsPopover.isOpen(`step:${step.id}`);
              return guard([step, roles, activeCol, findings.map((f) => f.ruleId).join(), open, readonly], () =>
                this.renderRow(step, row, roles, activeCol, findings),
              );
            })}
            ${drawn < steps.length
              ? html`<tr class="undrawn" aria-hidden="true" style=${`height: calc(var(--cell-size) * ${steps.length - drawn})`}></tr>`
              : nothing}
          </tbody>
        </table>
      </div>
      ${readonly ? nothing : this.editor.render(plan, active)}
      <p part="announcer" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.findingsPopover.render('Findings', () => this.renderPopoverContent(plan))}
    `;
  }

  private renderRoleHeader(role: string, col: number, active: { row: number; col: number }, holder: string | undefined): TemplateResult {
    const findings = this.readiness.findingsFor('role', role);
    return html`<th
      role="columnheader"
      scope="col"
      data-r="0"
      data-c=${col}
      tabindex=${this.tab(active, 0, col)}
      aria-haspopup=${findings.length ? 'dialog' : nothing}
      aria-expanded=${findings.length ? String(this.findingsPopover.isOpen(`role:${role}`)) : nothing}
      aria-controls=${findings.length ? this.findingsPopover.id : nothing}
    >
      ${role}${holder ? html`<span class="holder" .textContent=${holder}></span>` : nothing}${findings.length ? html`<span class="marker" aria-hidden="true">!</span><span class="visually-hidden">(${findings.length} finding${findings.length > 1 ? 's' : ''})</span>` : nothing}
    </th>`;
  }

  private renderRow(step: Step, row: number, roles: readonly string[], activeCol: number, findings: Finding[]): TemplateResult {
    const letters = edit.lettersOf(step);
    const state = findingsVerdict(findings);
    const verdictCol = roles.length + 1;
    const label = findingsLabel(findings);
    return html`<tr role="row" aria-rowindex=${row + 1}>
      <th role="rowheader" scope="row" data-r=${row} data-c="0" tabindex=${activeCol === 0 ? 0 : -1} title=${step.name}>${step.name}</th>
      ${rowCells(row, step.name, roles, letters, activeCol)}
      <td role="gridcell" class="verdict">
        <button
          type="button"
          part="verdict"
          data-r=${row}
          data-c=${verdictCol}
          data-state=${state}
          tabindex=${activeCol === verdictCol ? 0 : -1}
          aria-haspopup="dialog"
          aria-expanded=${String(this.findingsPopover.isOpen(`step:${step.id}`))}
          aria-controls=${this.findingsPopover.id}
          aria-label=${`${step.name}: ${label}`}
        >${label}</button>
      </td>
    </tr>`;
  }

  private renderPopoverContent(plan: Plan): TemplateResult | typeof nothing {
    const key = this.findingsPopover.openKey;
    if (!key) return nothing;
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    if (kind === 'role') return renderFindings(this.readiness.findingsFor('role', id), 'popover-heading', `Role: ${roleLabel(plan, id)}`, { plan, day: this.dates.day });
    const step = plan.steps.find((s) => s.id === id);
    if (!step) return nothing;
    const result = this.readiness.value;
    const findings = this.readiness.findingsFor('step', id);
    return html`${renderFindings(findings, 'popover-heading', step.name, { fixIt: (f) => this.fixLink(plan, step, f), plan, day: this.dates.day })}
      ${result?.ok
        ? html`<ul class="checks" aria-label="RACI checks">
            ${raciRowChecks(findings, result.config).map(
              (c) => html`<li data-ok=${String(c.met)} data-rule=${c.ruleId}>${c.met ? '✓' : '✗'} ${c.title}${c.met ? '' : ' — not met'}</li>`,
            )}
          </ul>`
        : nothing}`;
  }

  /** Where a step's RACI finding is fixed: its backup in the step editor, or its letters in its row of the grid. */
  private fixLink(plan: Plan, step: Step, finding: Finding): FixLink | undefined {
    if (this.isReadonly || !finding.ruleId.startsWith('raci.')) return undefined;
    const row = plan.steps.indexOf(step) + 1;
    const backup = finding.ruleId === 'raci.backup';
    return {
      label: backup ? 'Edit the backup' : `Go to the row of ${step.name}`,
      go: () => {
        this.findingsPopover.hide();
        if (!backup) return void this.gridFocus.focusCell({ row, col: 1 });
        this.gridFocus.active = { row, col: 1 };
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=editor] [name=backup]')?.focus());
      },
    };
  }

  private openPopover(anchor: HTMLElement, key: string): void {
    this.findingsPopover.toggle(anchor, key);
  }

  // ── keyboard and pointer ────────────────────────────────────────────────

  private tab(active: { row: number; col: number }, row: number, col: number): number {
    return active.row === row && active.col === col ? 0 : -1;
  }

  private clamp(at: { row: number; col: number }, rows: number, cols: number) {
    return { row: Math.max(0, Math.min(rows - 1, at.row)), col: Math.max(0, Math.min(cols - 1, at.col)) };
  }

  private onKeyDown(e: KeyboardEvent, plan: Plan): void {
    const at = this.gridFocus.positionOf(e.target);
    if (!at || this.gridFocus.navigate(e, { rows: plan.steps.length + 1, cols: plan.roles.length + 2, pageSize: PAGE_ROWS })) return;
    const step = at.row > 0 ? plan.steps[at.row - 1] : undefined;
    const role = at.col > 0 ? plan.roles[at.col - 1] : undefined;
    if (step && role) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const typed = edit.typedLetter(e.key);
      if (typed) {
        e.preventDefault();
        this.setLetter(plan, step, role, typed);
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        this.setLetter(plan, step, role, null);
      } else if (e.key === ' ') {
        e.preventDefault();
        this.setLetter(plan, step, role, edit.nextLetter(edit.letterOf(step, role)));
      }
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && at.row === 0 && role && this.readiness.findingsFor('role', role).length) {
      e.preventDefault();
      this.openPopover(e.target as HTMLElement, `role:${role}`);
    } else if ((e.key === 'Enter' || e.key === ' ') && step && at.col === 0) {
      e.preventDefault();
      this.openPopover(e.target as HTMLElement, `step:${step.id}`);
    }
  }

  private onClick(e: MouseEvent, plan: Plan): void {
    const at = this.gridFocus.positionOf(e.target);
    if (!at) return;
    const target = (e.target as Element).closest<HTMLElement>('[data-r][data-c]')!;
    const step = at.row > 0 ? plan.steps[at.row - 1] : undefined;
    if (step && at.col === plan.roles.length + 1) {
      this.openPopover(target, `step:${step.id}`);
      return;
    }
    const role = at.col > 0 ? plan.roles[at.col - 1] : undefined;
    if (step && role) this.setLetter(plan, step, role, edit.nextLetter(edit.letterOf(step, role)));
    else if (!step && role && this.readiness.findingsFor('role', role).length) this.openPopover(target, `role:${role}`);
  }

  // ── edits ───────────────────────────────────────────────────────────────

  /** Every applied edit is announced; a cancelled or refused one is not. */
  protected override commit(next: Plan, change: PreflightChange): boolean {
    const before = this.source.plan;
    const applied = super.commit(next, change);
    if (applied && before) this.announcement = describeRaciChange(change, before, next);
    return applied;
  }

  private setLetter(plan: Plan, step: Step, role: string, to: RaciLetter | null): void {
    if (this.isReadonly) return;
    const from = edit.letterOf(step, role);
    if (from === to) return;
    this.commit(edit.setLetter(plan, step.id, role, to), { type: 'raci.set', stepId: step.id, role, from, to });
  }

  private download(plan: Plan): void {
    downloadText(`${plan.id}-raci.csv`, raciToCsv(plan));
  }
}
