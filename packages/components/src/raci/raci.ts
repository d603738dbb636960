import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { countPlaces, LAYERS, parsePlan, RACI_LETTERS, personFor, problemWords, raciRowChecks, roleLabel, raciToCsv, renamePerson, renameRole, setPerson, undoRoleRename, type Finding, type Layer, type Plan, type RaciLetter, type RolePlace, type Step } from '@preflight/core';
import type { PreflightChange } from '../shared/changes.js';
import { downloadText } from '../shared/download.js';
import { findingStyles, findingsLabel, findingsVerdict, renderFindings, type FixLink } from '../shared/findings.js';
import { FormDisclosure } from '../shared/form-disclosure.js';
import { GridFocusController } from '../shared/grid-focus.js';
import { RowDrawing } from '../shared/row-drawing.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { describeRaciChange } from './announce.js';
import * as edit from './edits.js';
import { rowCells } from './cells.js';
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
  /** Why the last structural edit was refused (it would have made the plan invalid). */
  @state() private notice: string[] = [];
  /** The last role or person rename, offered for Undo: it reached every owner, backup and reviewer naming them. */
  @state() private renamed: Renamed | undefined;
  /** Why the email typed for a role's holder was not kept. */
  @state() private personProblem = '';
  /** The last applied edit, in words, for the polite live region. */
  @state() private announcement = '';

  private readonly findingsPopover = new PopoverController(this);
  /** The form adding a step or a role, keyed `step` or `role`: closed until asked for. */
  private readonly addForm = new FormDisclosure<'name'>(this);

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
      ${readonly ? nothing : this.renderEditor(plan, active)}
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

  private renderEditor(plan: Plan, active: { row: number; col: number }): TemplateResult {
    const step = plan.steps[Math.max(0, active.row - 1)];
    const role = plan.roles[Math.max(0, Math.min(plan.roles.length, active.col) - 1)];
    const stepIndex = step ? plan.steps.indexOf(step) : -1;
    const roleIndex = role ? plan.roles.indexOf(role) : -1;
    return html`<div class="editor" part="editor">
      ${this.notice.length
        ? html`<div part="notice" role="alert">
            <strong>That change was not made: it would leave the plan invalid.</strong>
            <ul>${this.notice.map((n) => html`<li>${n}</li>`)}</ul>
          </div>`
        : nothing}
      ${this.renderRenamed()}
      ${step
        ? html`<fieldset class="step-editor">
            <legend>Step: ${step.name}</legend>
            <label>Name <input name="step-name" .value=${step.name} @change=${(e: Event) => this.renameStep(plan, step, e)} /></label>
            <label
              >Backup
              <select name="backup" @change=${(e: Event) => this.setBackup(plan, step, (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!step.raci.backup}>None</option>
                ${plan.roles.map((r) => html`<option .value=${r} ?selected=${step.raci.backup === r}>${r}</option>`)}
              </select></label
            >
            <button type="button" name="step-up" ?disabled=${stepIndex <= 0} @click=${() => this.moveStep(plan, stepIndex, stepIndex - 1)}>Move step up</button>
            <button type="button" name="step-down" ?disabled=${stepIndex >= plan.steps.length - 1} @click=${() => this.moveStep(plan, stepIndex, stepIndex + 1)}>Move step down</button>
            <button type="button" name="step-remove" @click=${() => this.structural(edit.removeStep(plan, step.id), { type: 'step.remove', stepId: step.id, index: stepIndex })}>Remove step</button>
          </fieldset>`
        : nothing}
      ${role
        ? html`<fieldset class="role-editor">
            <legend>Role: ${role}</legend>
            <label>Name <input name="role-name" .value=${role} @change=${(e: Event) => this.renameRole(plan, role, e)} /></label>
            ${this.renderHolder(plan, role)}
            <button type="button" name="role-left" ?disabled=${roleIndex <= 0} @click=${() => this.moveRole(plan, roleIndex, roleIndex - 1)}>Move role left</button>
            <button type="button" name="role-right" ?disabled=${roleIndex >= plan.roles.length - 1} @click=${() => this.moveRole(plan, roleIndex, roleIndex + 1)}>Move role right</button>
            <button type="button" name="role-remove" @click=${() => this.structural(edit.removeRole(plan, role), { type: 'role.remove', role, index: roleIndex })}>Remove role</button>
          </fieldset>`
        : nothing}
      <div class="add-buttons">
        <button type="button" part="add-step-button" aria-expanded=${this.addForm.isOpen('step') ? 'true' : 'false'} aria-controls="add-step-form" @click=${() => void this.toggleAdd('step')}>Add a step</button>
        <button type="button" part="add-role-button" aria-expanded=${this.addForm.isOpen('role') ? 'true' : 'false'} aria-controls="add-role-form" @click=${() => void this.toggleAdd('role')}>Add a role</button>
      </div>
      ${this.addForm.key === 'step' || this.addForm.key === 'role' ? keyed(this.addForm.key, this.renderAddForm(plan, this.addForm.key)) : nothing}
    </div>`;
  }

  /** The form that adds a step (with its layer) or a role, closed until asked for; Escape or Cancel closes it. Keyed: one never shows what was typed into the other. */
  private renderAddForm(plan: Plan, what: 'step' | 'role'): TemplateResult {
    const error = this.addForm.errors.name;
    const id = `new-${what}`;
    const submit = (e: SubmitEvent) => (what === 'step' ? this.addStep(plan, e) : this.addRole(plan, e));
    return html`<form part="add-form" id=${`add-${what}-form`} class="add" novalidate @submit=${submit} @keydown=${(e: KeyboardEvent) => this.escapeAdd(e, what)}>
      <fieldset>
        <legend>Add a ${what}</legend>
        <label>Name <input name=${id} id=${id} aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} /></label>
        ${what === 'step'
          ? html`<label
              >Layer
              <select name="new-step-layer">
                ${LAYERS.map((l) => html`<option value=${l}>${l}</option>`)}
              </select></label
            >`
          : nothing}
        <button type="submit" class="primary">Add ${what}</button>
        <button type="button" @click=${() => void this.toggleAdd(what)}>Cancel</button>
        ${error ? html`<p part="field-error" class="field-error" id=${`${id}-error`}>Name: ${error}</p>` : nothing}
      </fieldset>
    </form>`;
  }

  private toggleAdd(what: 'step' | 'role'): Promise<void> {
    return this.addForm.toggle(what, `#new-${what}`, `[part~=add-${what}-button]`);
  }

  private escapeAdd(e: KeyboardEvent, what: 'step' | 'role'): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    void this.addForm.close(`[part~=add-${what}-button]`);
  }

  /** Refuses an empty name under the field and keeps the focus there. */
  private async refuseName(what: 'step' | 'role'): Promise<void> {
    this.addForm.refuse({ name: `give the ${what} a name` });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#new-${what}`)?.focus();
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

  /** Edits that can break references (a removed step a blocker points at) are checked by the core's parser first. */
  private structural(next: Plan, change: PreflightChange): boolean {
    const result = parsePlan(next);
    if (!result.ok) {
      const before = this.source.plan ?? next;
      this.notice = result.problems.slice(0, 5).map((p) => problemWords(p, next, before));
      return false;
    }
    this.notice = [];
    return this.commit(next, change);
  }

  private renameStep(plan: Plan, step: Step, e: Event): void {
    const input = e.target as HTMLInputElement;
    const name = input.value.trim();
    if (!name || name === step.name) {
      input.value = step.name;
      return;
    }
    if (!this.structural(edit.renameStep(plan, step.id, name), { type: 'step.rename', stepId: step.id, from: step.name, to: name })) input.value = step.name;
  }

  private setBackup(plan: Plan, step: Step, value: string): void {
    const to = value || null;
    const from = step.raci.backup ?? null;
    if (from === to) return;
    this.structural(edit.setBackup(plan, step.id, to), { type: 'step.backup', stepId: step.id, from, to });
  }

  private moveStep(plan: Plan, from: number, to: number): void {
    const step = plan.steps[from];
    if (!step || to < 0 || to >= plan.steps.length) return;
    if (this.structural({ ...plan, steps: edit.moveItem(plan.steps, from, to) }, { type: 'step.move', stepId: step.id, from, to })) {
      this.gridFocus.active = { ...this.gridFocus.active, row: to + 1 };
    }
  }

  private renameRole(plan: Plan, role: string, e: Event): void {
    const input = e.target as HTMLInputElement;
    const name = input.value.trim();
    if (!name || name === role) {
      input.value = role;
      return;
    }
    const { plan: next, places } = renameRole(plan, role, name);
    if (!this.structural(next, { type: 'role.rename', from: role, to: name })) input.value = role;
    else this.renamed = { planId: plan.id, from: role, to: name, places };
  }

  private renderRenamed(): TemplateResult | typeof nothing {
    const renamed = this.renamed;
    if (!renamed || this.isReadonly || renamed.planId !== this.source.plan?.id) return nothing;
    return html`<div part="undo" role="status">
      ${renamed.role === undefined ? 'Role' : 'Person'} “${renamed.from}” renamed “${renamed.to}” ${placesText(renamed.places)}.
      <button type="button" name="undo-rename" @click=${() => this.undoRename(renamed)}>Undo</button>
    </div>`;
  }

  private undoRename({ from, to, places, role }: Renamed): void {
    const plan = this.source.plan;
    if (!plan) return;
    this.renamed = undefined;
    const back = undoRoleRename(plan, places, from);
    if (role === undefined) this.structural(back, { type: 'role.rename', from: to, to: from });
    else this.structural(back, { type: 'role.person', role, from: to, to: from, email: personFor(back, role)?.email ?? null });
  }

  /** Who holds the role: a name (renaming the holder renames every place that named them, with Undo) and an email for notifications. */
  private renderHolder(plan: Plan, role: string): TemplateResult {
    const person = personFor(plan, role);
    const problem = this.personProblem;
    return html`<label>Held by <input name="role-person" autocomplete="off" .value=${person?.name ?? ''} placeholder="Nobody named" @change=${(e: Event) => this.setHolder(plan, role, e)} /></label>
      <label
        >Email
        <input
          name="role-email"
          type="email"
          autocomplete="off"
          .value=${person?.email ?? ''}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'role-email-problem' : nothing}
          @change=${(e: Event) => this.setHolderEmail(plan, role, e)}
      /></label>
      ${problem ? html`<span id="role-email-problem" class="field-problem" .textContent=${problem}></span>` : nothing}`;
  }

  private setHolder(plan: Plan, role: string, e: Event): void {
    const input = e.target as HTMLInputElement;
    const name = input.value.trim();
    const person = personFor(plan, role);
    const from = person?.name ?? null;
    if ((name || null) === from) {
      input.value = from ?? '';
      return;
    }
    this.personProblem = '';
    if (person && name) {
      const { plan: next, places } = renamePerson(plan, role, name);
      if (!this.structural(next, { type: 'role.person', role, from, to: name, email: person.email ?? null })) input.value = from ?? '';
      else this.renamed = { planId: plan.id, from: person.name, to: name, places, role };
      return;
    }
    const next = setPerson(plan, role, name ? { name } : undefined);
    if (!this.structural(next, { type: 'role.person', role, from, to: name || null, email: null })) input.value = from ?? '';
  }

  private setHolderEmail(plan: Plan, role: string, e: Event): void {
    const input = e.target as HTMLInputElement;
    const email = input.value.trim();
    const person = personFor(plan, role);
    if (!person) {
      this.personProblem = email ? 'Name who holds the role first, then their email.' : '';
      return;
    }
    if (email === (person.email ?? '')) return;
    const next = setPerson(plan, role, { name: person.name, ...(email ? { email } : {}) });
    if (!parsePlan(next).ok) {
      this.personProblem = 'Write an email address such as dana@example.com, or leave it empty.';
      return;
    }
    this.personProblem = '';
    this.structural(next, { type: 'role.person', role, from: person.name, to: person.name, email: email || null });
  }

  private moveRole(plan: Plan, from: number, to: number): void {
    const role = plan.roles[from];
    if (role === undefined || to < 0 || to >= plan.roles.length) return;
    if (this.structural({ ...plan, roles: edit.moveItem(plan.roles, from, to) }, { type: 'role.move', role, from, to })) {
      this.gridFocus.active = { ...this.gridFocus.active, col: to + 1 };
    }
  }

  private addStep(plan: Plan, e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const name = (form.elements.namedItem('new-step') as HTMLInputElement).value.trim();
    const layer = (form.elements.namedItem('new-step-layer') as HTMLSelectElement).value as Layer;
    if (!name) return void this.refuseName('step');
    const id = edit.newStepId(plan, name);
    if (this.structural(edit.addStep(plan, id, name, layer), { type: 'step.add', stepId: id, index: plan.steps.length })) void this.addForm.close('[part~=add-step-button]');
  }

  private addRole(plan: Plan, e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const role = (form.elements.namedItem('new-role') as HTMLInputElement).value.trim();
    if (!role) return void this.refuseName('role');
    if (this.structural(edit.addRole(plan, role), { type: 'role.add', role, index: plan.roles.length })) void this.addForm.close('[part~=add-role-button]');
  }

  private download(plan: Plan): void {
    downloadText(`${plan.id}-raci.csv`, raciToCsv(plan));
  }
}

/** A rename offered for Undo: of a role, or (with `role`) of the person who holds it. */
interface Renamed {
  planId: string;
  from: string;
  to: string;
  places: RolePlace[];
  role?: string;
}

const PLACE_NOUNS: Record<RolePlace['list'], [string, string]> = {
  roles: ['column', 'columns'],
  people: ['holder', 'holders'],
  campaign: ['campaign owner', 'campaign owner'],
  steps: ['step', 'steps'],
  blockers: ['blocker', 'blockers'],
  checklist: ['checklist item', 'checklist items'],
  milestones: ['milestone', 'milestones'],
  approvals: ['review', 'reviews'],
  correctiveActions: ['corrective action', 'corrective actions'],
  log: ['log entry', 'log entries'],
};

/** “in 4 steps, 2 blockers and the campaign owner”: where a rename reached, the column itself left out. */
function placesText(places: readonly RolePlace[]): string {
  const parts = Object.entries(countPlaces(places))
    .filter(([list]) => list !== 'roles' && list !== 'people')
    .map(([list, n]) => (list === 'campaign' ? 'the campaign owner' : `${n} ${PLACE_NOUNS[list as RolePlace['list']][n === 1 ? 0 : 1]}`));
  if (!parts.length) return 'in the matrix';
  return `in ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
}
