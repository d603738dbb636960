/**
 * The RACI's editing controls under the grid: the selected step (name, backup, order, removal), the
 * selected role (name, holder, order, removal), the forms adding a step or a role, why an edit was
 * refused, and Undo after a rename. A typed value is checked by the core's field check before it
 * reaches the plan; an edit that can break references, by the core's parser.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { countPlaces, fieldProblem, LAYERS, parsePlan, personFor, problemWords, renamePerson, renameRole, setPerson, undoRoleRename, type Layer, type Plan, type RolePlace, type Step } from '@preflight/core';
import type { PreflightChange } from '../shared/changes.js';
import { FormDisclosure } from '../shared/form-disclosure.js';
import { focusFirstError, readForm, renderField } from '../shared/forms.js';
import * as edit from './edits.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
type Adding = 'step' | 'role';
/** The name field of each add form, by what it adds. */
type NewName = `new-${Adding}`;

export interface RaciEditorOptions {
  /** The plan as it stands, the one an edit is made on. */
  plan(): Plan | undefined;
  /** Applies an edit as a `preflight-change`, which a listener may cancel; true when applied. */
  commit(next: Plan, change: PreflightChange): boolean;
  /** Moves the grid's tab stop to the row or column a moved step or role went to. */
  follow(at: { row: number } | { col: number }): void;
}

interface EditorState {
  /** Why the last structural edit was refused (it would have made the plan invalid). */
  notice: string[];
  /** The last role or person rename, offered for Undo: it reached every owner, backup and reviewer naming them. */
  renamed: Renamed | undefined;
  /** Why the email typed for a role's holder was not kept. */
  emailProblem: string;
}

/** A rename offered for Undo: of a role, or (with `role`) of the person who holds it. */
interface Renamed {
  planId: string;
  from: string;
  to: string;
  places: RolePlace[];
  role?: string;
}

/** The editing controls a RACI matrix draws under its grid, with what they remember between edits. */
export class RaciEditor implements ReactiveController {
  private state: EditorState = { notice: [], renamed: undefined, emailProblem: '' };
  /** The form adding a step or a role, keyed `step` or `role`: closed until asked for. */
  private readonly addForm: FormDisclosure<NewName>;

  constructor(
    private readonly host: Host,
    private readonly options: RaciEditorOptions,
  ) {
    host.addController(this);
    this.addForm = new FormDisclosure<NewName>(host);
  }

  hostConnected(): void {}

  private show(state: Partial<EditorState>): void {
    this.state = { ...this.state, ...state };
    this.host.requestUpdate();
  }

  /** The controls for the step and the role the grid's tab stop is on, and for adding new ones. */
  render(plan: Plan, active: { row: number; col: number }): TemplateResult {
    const step = plan.steps[Math.max(0, active.row - 1)];
    const role = plan.roles[Math.max(0, Math.min(plan.roles.length, active.col) - 1)];
    const adding = this.addForm.key === 'step' || this.addForm.key === 'role' ? this.addForm.key : undefined;
    return html`<div class="editor" part="editor">
      ${this.state.notice.length
        ? html`<div part="notice" role="alert">
            <strong>That change was not made: it would leave the plan invalid.</strong>
            <ul>${this.state.notice.map((n) => html`<li>${n}</li>`)}</ul>
          </div>`
        : nothing}
      ${this.renderRenamed(plan)}
      ${step ? this.renderStep(plan, step) : nothing}
      ${role ? this.renderRole(plan, role) : nothing}
      <div class="add-buttons">
        <button type="button" part="add-step-button" aria-expanded=${this.addForm.isOpen('step') ? 'true' : 'false'} aria-controls="add-step-form" @click=${() => void this.toggleAdd('step')}>Add a step</button>
        <button type="button" part="add-role-button" aria-expanded=${this.addForm.isOpen('role') ? 'true' : 'false'} aria-controls="add-role-form" @click=${() => void this.toggleAdd('role')}>Add a role</button>
      </div>
      ${adding ? keyed(adding, this.renderAddForm(plan, adding)) : nothing}
    </div>`;
  }

  private renderStep(plan: Plan, step: Step): TemplateResult {
    const index = plan.steps.indexOf(step);
    return html`<fieldset class="step-editor">
      <legend>Step: ${step.name}</legend>
      <label>Name <input name="step-name" .value=${step.name} @change=${(e: Event) => this.renameStep(plan, step, e)} /></label>
      <label
        >Backup
        <select name="backup" @change=${(e: Event) => this.setBackup(plan, step, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!step.raci.backup}>None</option>
          ${plan.roles.map((r) => html`<option .value=${r} ?selected=${step.raci.backup === r}>${r}</option>`)}
        </select></label
      >
      <button type="button" name="step-up" ?disabled=${index <= 0} @click=${() => this.moveStep(plan, index, index - 1)}>Move step up</button>
      <button type="button" name="step-down" ?disabled=${index >= plan.steps.length - 1} @click=${() => this.moveStep(plan, index, index + 1)}>Move step down</button>
      <button type="button" name="step-remove" @click=${() => this.structural(edit.removeStep(plan, step.id), { type: 'step.remove', stepId: step.id, index })}>Remove step</button>
    </fieldset>`;
  }

  private renderRole(plan: Plan, role: string): TemplateResult {
    const index = plan.roles.indexOf(role);
    return html`<fieldset class="role-editor">
      <legend>Role: ${role}</legend>
      <label>Name <input name="role-name" .value=${role} @change=${(e: Event) => this.renameRole(plan, role, e)} /></label>
      ${this.renderHolder(plan, role)}
      <button type="button" name="role-left" ?disabled=${index <= 0} @click=${() => this.moveRole(plan, index, index - 1)}>Move role left</button>
      <button type="button" name="role-right" ?disabled=${index >= plan.roles.length - 1} @click=${() => this.moveRole(plan, index, index + 1)}>Move role right</button>
      <button type="button" name="role-remove" @click=${() => this.structural(edit.removeRole(plan, role), { type: 'role.remove', role, index })}>Remove role</button>
    </fieldset>`;
  }

  /** Who holds the role: a name (renaming the holder renames every place that named them, with Undo) and an email for notifications. */
  private renderHolder(plan: Plan, role: string): TemplateResult {
    const person = personFor(plan, role);
    const problem = this.state.emailProblem;
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

  /** The form that adds a step (with its layer) or a role, closed until asked for; Escape or Cancel closes it. Keyed: one never shows what was typed into the other. */
  private renderAddForm(plan: Plan, what: Adding): TemplateResult {
    const name: NewName = `new-${what}`;
    return html`<form part="add-form" id=${`add-${what}-form`} class="add" novalidate @submit=${(e: SubmitEvent) => this.add(plan, what, e)} @keydown=${(e: KeyboardEvent) => this.escapeAdd(e, what)}>
      <fieldset>
        <legend>Add a ${what}</legend>
        ${renderField({ id: name, label: 'Name', error: this.addForm.errors[name] }, (a) => html`<input id=${a.id} name=${name} aria-required="true" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`)}
        ${what === 'step'
          ? renderField({ id: 'new-step-layer', label: 'Layer' }, (a) => html`<select id=${a.id} name="new-step-layer">${LAYERS.map((l) => html`<option value=${l}>${l}</option>`)}</select>`)
          : nothing}
        <button type="submit" class="primary">Add ${what}</button>
        <button type="button" @click=${() => void this.toggleAdd(what)}>Cancel</button>
      </fieldset>
    </form>`;
  }

  private toggleAdd(what: Adding): Promise<void> {
    return this.addForm.toggle(what, `#new-${what}`, `[part~=add-${what}-button]`);
  }

  private escapeAdd(e: KeyboardEvent, what: Adding): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    void this.addForm.close(`[part~=add-${what}-button]`);
  }

  private renderRenamed(plan: Plan): TemplateResult | typeof nothing {
    const renamed = this.state.renamed;
    if (!renamed || renamed.planId !== plan.id) return nothing;
    return html`<div part="undo" role="status">
      ${renamed.role === undefined ? 'Role' : 'Person'} “${renamed.from}” renamed “${renamed.to}” ${placesText(renamed.places)}.
      <button type="button" name="undo-rename" @click=${() => this.undoRename(renamed)}>Undo</button>
    </div>`;
  }

  // ── edits ───────────────────────────────────────────────────────────────

  /** Edits that can break references (a removed step a blocker points at) are checked by the core's parser first. */
  private structural(next: Plan, change: PreflightChange): boolean {
    const result = parsePlan(next);
    if (!result.ok) {
      const before = this.options.plan() ?? next;
      this.show({ notice: result.problems.slice(0, 5).map((p) => problemWords(p, next, before)) });
      return false;
    }
    this.show({ notice: [] });
    return this.options.commit(next, change);
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
    if (this.structural({ ...plan, steps: edit.moveItem(plan.steps, from, to) }, { type: 'step.move', stepId: step.id, from, to })) this.options.follow({ row: to + 1 });
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
    else this.show({ renamed: { planId: plan.id, from: role, to: name, places } });
  }

  private undoRename({ from, to, places, role }: Renamed): void {
    const plan = this.options.plan();
    if (!plan) return;
    this.show({ renamed: undefined });
    const back = undoRoleRename(plan, places, from);
    if (role === undefined) this.structural(back, { type: 'role.rename', from: to, to: from });
    else this.structural(back, { type: 'role.person', role, from: to, to: from, email: personFor(back, role)?.email ?? null });
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
    this.show({ emailProblem: '' });
    if (person && name) {
      const { plan: next, places } = renamePerson(plan, role, name);
      if (!this.structural(next, { type: 'role.person', role, from, to: name, email: person.email ?? null })) input.value = from ?? '';
      else this.show({ renamed: { planId: plan.id, from: person.name, to: name, places, role } });
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
      this.show({ emailProblem: email ? 'Name who holds the role first, then their email.' : '' });
      return;
    }
    if (email === (person.email ?? '')) return;
    const problem = email ? fieldProblem('person', 'email', email) : undefined;
    if (problem) return this.show({ emailProblem: `Email: ${problem}, or leave it empty.` });
    this.show({ emailProblem: '', notice: [] });
    // An email is referred to by nothing else in the plan: once its field takes it, the edit cannot break the plan.
    this.options.commit(setPerson(plan, role, { name: person.name, ...(email ? { email } : {}) }), { type: 'role.person', role, from: person.name, to: person.name, email: email || null });
  }

  private moveRole(plan: Plan, from: number, to: number): void {
    const role = plan.roles[from];
    if (role === undefined || to < 0 || to >= plan.roles.length) return;
    if (this.structural({ ...plan, roles: edit.moveItem(plan.roles, from, to) }, { type: 'role.move', role, from, to })) this.options.follow({ col: to + 1 });
  }

  /**
   * Adds the step or role the form names, once the core's field check takes its name (a role's name
   * is checked as a holder's `role`: the plan format has one kind of role name); a name refused is
   * said under its field, which keeps the focus.
   */
  private add(plan: Plan, what: Adding, e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field: NewName = `new-${what}`;
    const values = readForm(form, [field, 'new-step-layer']);
    const name = values[field];
    const problem = !name ? `give the ${what} a name` : what === 'step' ? fieldProblem('step', 'name', name) : fieldProblem('person', 'role', name);
    const errors = problem ? { [field]: problem } : {};
    this.addForm.refuse(errors);
    if (problem) return void focusFirstError(this.host, form, errors);
    const added =
      what === 'step'
        ? this.addStep(plan, name, values['new-step-layer'] as Layer)
        : this.structural(edit.addRole(plan, name), { type: 'role.add', role: name, index: plan.roles.length });
    if (added) void this.addForm.close(`[part~=add-${what}-button]`);
  }

  private addStep(plan: Plan, name: string, layer: Layer): boolean {
    const id = edit.newStepId(plan, name);
    return this.structural(edit.addStep(plan, id, name, layer), { type: 'step.add', stepId: id, index: plan.steps.length });
  }
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
