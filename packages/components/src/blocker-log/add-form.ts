import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { BLOCKER_SEVERITIES, KILLER_TITLES, KILLERS, type Blocker, type BlockerSeverity, type Killer, type Plan, type TargetRef } from '@preflight/core';
import { BlockerSchema } from '@preflight/core/schema';
import { FormDisclosure } from '../shared/form-disclosure.js';
import { focusFirstError, formErrors, readForm, renderField } from '../shared/forms.js';
import type { EditorWiring } from './editor.js';
import * as edit from './edits.js';

type Field = 'title' | 'owner' | 'due';
const FORM_FIELDS: Record<Field, string> = { title: 'Title', owner: 'Owner', due: 'Due date' };
const ADD_BUTTON = '[part~=add-button]';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What the form needs of the log around it: as the edit dialog, a way to commit and the due-date field, and more. */
export interface AddFormWiring extends Pick<EditorWiring, 'commit' | 'dueField'> {
  /** Who is raising it: the acting person, when they hold a role of the plan. */
  actor(plan: Plan): string | undefined;
  /** The instant it is raised. */
  stamp(): string;
  /** Scrolls a blocker's row into view and focuses it. */
  reveal(id: string): Promise<boolean>;
}

/**
 * The form that adds a blocker (title, owner, due date, severity, category, what it blocks) and the
 * button that opens it: closed until asked for, it stays open after an add, for the next one.
 */
export class AddBlockerForm implements ReactiveController {
  private readonly disclosure: FormDisclosure<Field>;
  /** What the core's schema refused in the whole record at the last add. */
  private problems: string[] = [];

  constructor(
    private readonly host: Host,
    private readonly wiring: AddFormWiring,
  ) {
    host.addController(this);
    this.disclosure = new FormDisclosure<Field>(host);
  }

  hostConnected(): void {}

  /** The "Add a blocker" button, then the form while it is open. */
  render(plan: Plan, owners: readonly string[]): TemplateResult {
    const open = this.disclosure.isOpen();
    const button = html`<button type="button" part="add-button" class="add-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-form" @click=${() => void this.toggle()}>Add a blocker</button>`;
    return html`${button}${open ? this.renderForm(plan, owners) : nothing}`;
  }

  private toggle(): Promise<void> {
    this.setProblems([]);
    return this.disclosure.toggle('new', '#new-title', ADD_BUTTON);
  }

  private setProblems(problems: string[]): void {
    this.problems = problems;
    this.host.requestUpdate();
  }

  private renderForm(plan: Plan, owners: readonly string[]): TemplateResult {
    const { errors } = this.disclosure;
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
      @submit=${(e: SubmitEvent) => this.add(e, plan)}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), void this.toggle())}
    >
      <fieldset>
        <legend>Add a blocker</legend>
        ${field('title', FORM_FIELDS.title, html`<input id="new-title" name="title" aria-required="true" aria-invalid=${invalid('title')} aria-describedby=${describedBy('title')} />`)}
        ${field('owner', FORM_FIELDS.owner, html`<input id="new-owner" name="owner" list="owners" aria-required="true" aria-invalid=${invalid('owner')} aria-describedby=${describedBy('owner')} />
          <datalist id="owners">${owners.map((o) => html`<option .value=${o}></option>`)}</datalist>`)}
        ${field('due', FORM_FIELDS.due, this.wiring.dueField('new-due', undefined, errors.due))}
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
          <button type="button" @click=${() => void this.toggle()}>Cancel</button>
        </div>
      </fieldset>
      ${this.problems.length
        ? html`<div role="alert" class="form-problems">
            <strong>The blocker was not added:</strong>
            <ul>${this.problems.map((p) => html`<li>${p}</li>`)}</ul>
          </div>`
        : nothing}
    </form>`;
  }

  private async add(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const { title, owner, due, severity, category, blocks } = readForm(form, ['title', 'owner', 'due', 'severity', 'category', 'blocks']);
    const errors = formErrors('blocker', { title, owner, due }, ['title', 'owner', 'due'], form);
    this.disclosure.refuse(errors);
    this.setProblems([]);
    if (await focusFirstError(this.host, form, errors)) return;
    const [kind, ...rest] = blocks.split(':');
    const raisedBy = this.wiring.actor(plan);
    const candidate: Blocker = {
      id: edit.newBlockerId(plan),
      title,
      owner,
      due,
      severity: severity as BlockerSeverity,
      status: 'open',
      raisedAt: this.wiring.stamp(),
      ...(raisedBy ? { raisedBy } : {}),
      ...(category ? { category: category as Killer } : {}),
      ...(blocks ? { blocks: { kind: kind as TargetRef['kind'], id: rest.join(':') } } : {}),
    };
    // The core's schema has the last word on the whole record (the category, what it blocks).
    const checked = BlockerSchema.safeParse(candidate);
    if (!checked.success) {
      this.setProblems(checked.error.issues.map((i) => `${i.path.join('.') || 'blocker'}: ${i.message}`));
      return;
    }
    if (this.wiring.commit(edit.addBlocker(plan, checked.data), { type: 'blocker.add', blockerId: candidate.id, index: plan.blockers.length })) {
      form.reset();
      // Show the new blocker even when the filters or the order would hide it from view.
      void this.wiring.reveal(candidate.id);
    }
  }
}
