import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LAYERS, type ChecklistItem, type Layer, type Plan } from '@preflight/core';
import { FormDisclosure } from '../shared/form-disclosure.js';
import { focusFirstError, formErrors, readForm } from '../shared/forms.js';
import type { FormWiring } from './editor.js';
import * as edit from './edits.js';
import { dueField, itemField, ownerOptions, type AddField } from './fields.js';

const ADD_BUTTON = '[part~=add-button]';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The form below the list that adds an item (label, layer, gate, owner, due date) and the button that
 * opens it: closed until asked for, it stays open after an add, for the next one.
 */
export class AddItemForm implements ReactiveController {
  private readonly disclosure: FormDisclosure<AddField>;

  constructor(
    private readonly host: Host,
    private readonly wiring: FormWiring,
  ) {
    host.addController(this);
    this.disclosure = new FormDisclosure<AddField>(host);
  }

  hostConnected(): void {}

  /** The "Add an item" button, then the form while it is open. */
  render(plan: Plan): TemplateResult {
    const open = this.disclosure.isOpen();
    const button = html`<button type="button" part="add-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-form" @click=${() => void this.disclosure.toggle('new', '#new-label', ADD_BUTTON)}>
      Add an item
    </button>`;
    return html`${button}${open ? this.renderForm(plan) : nothing}`;
  }

  private renderForm(plan: Plan): TemplateResult {
    const e = this.disclosure.errors;
    return html`<form
      part="add-form"
      id="add-form"
      class="add"
      novalidate
      @submit=${(ev: SubmitEvent) => this.add(ev, plan)}
      @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), void this.disclosure.close(ADD_BUTTON))}
    >
      <fieldset>
        <legend>Add an item</legend>
        ${itemField('new', 'label', e.label, (a) => html`<input id=${a.id} name="label" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`)}
        <div class="field">
          <label for="new-layer">Layer</label>
          <select id="new-layer" name="layer">${LAYERS.map((l) => html`<option value=${l}>${l}</option>`)}</select>
        </div>
        <label class="check-field"><input type="checkbox" name="gate" /> Gate: blocks launch</label>
        ${itemField('new', 'owner', e.owner, (a) => html`<select id=${a.id} name="owner" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>${ownerOptions(plan, undefined)}</select>`)}
        ${itemField('new', 'due', e.due, (a) => dueField(a.id, undefined, true, e.due, this.wiring.today()))}
        <div class="add-actions">
          <button type="submit" class="primary">Add item</button>
          <button type="button" @click=${() => void this.disclosure.close(ADD_BUTTON)}>Cancel</button>
        </div>
      </fieldset>
    </form>`;
  }

  private async add(e: SubmitEvent, plan: Plan): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const values = readForm(form, ['label', 'owner', 'due']);
    const errors = formErrors('item', values, ['label', 'owner', 'due'], form);
    this.disclosure.refuse(errors);
    if (await focusFirstError(this.host, form, errors)) return;
    const item: ChecklistItem = {
      id: edit.newItemId(plan),
      label: values.label,
      layer: (form.elements.namedItem('layer') as HTMLSelectElement).value as Layer,
      gate: (form.elements.namedItem('gate') as HTMLInputElement).checked,
      owner: values.owner,
      due: values.due,
    };
    if (this.wiring.commit(edit.insertItem(plan, item), { type: 'item.add', id: item.id, index: plan.checklist.length })) {
      form.reset();
      await this.host.updateComplete;
      (form.elements.namedItem('label') as HTMLElement).focus();
    }
  }
}
