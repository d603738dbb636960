import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChecklistItem, Plan } from '@preflight/core';
import type { PreflightChange } from '../shared/changes.js';
import { commitFieldChanges, focusFirstError, formErrors, readForm } from '../shared/forms.js';
import * as edit from './edits.js';
import type { ItemField } from './edits.js';
import { dueField, itemField, ownerOptions } from './fields.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What an item's editor and the add form need of the checklist around them. */
export interface FormWiring {
  /** Applies an edit as the user's change: false when refused or cancelled. */
  commit(next: Plan, change: PreflightChange): boolean;
  /** The team's date, for a due date's "today" and its picker. */
  today(): string | undefined;
}

/**
 * An item's inline editor of its owner, due date and evidence link, one open at a time: Save (Enter)
 * applies each changed field, Cancel or Escape closes it, and focus returns to the item's Edit button.
 */
export class ItemEditor implements ReactiveController {
  private openId: string | undefined;
  private errors: Partial<Record<ItemField, string>> = {};

  constructor(
    private readonly host: Host,
    private readonly wiring: FormWiring,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The id of the item whose editor is open. */
  get editing(): string | undefined {
    return this.openId;
  }

  /** Opens an item's editor at `field` (closes it when it is open and no field is asked for). */
  async open(id: string, field?: ItemField): Promise<void> {
    this.set(this.openId === id && !field ? undefined : id);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[part~=editor] [name=${field ?? 'owner'}]`)?.focus();
  }

  /** Closes the editor of an item that is gone, with nowhere to return the focus to. */
  forget(id: string): void {
    if (this.openId === id) this.set(undefined);
  }

  render(plan: Plan, item: ChecklistItem, id: string): TemplateResult {
    const e = this.errors;
    return html`<form
      part="editor"
      id=${`${id}-editor`}
      novalidate
      aria-label=${`Edit ${item.label}`}
      @submit=${(ev: SubmitEvent) => this.save(ev, plan, item)}
      @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), this.close(item.id))}
    >
      ${itemField(id, 'owner', e.owner, (a) => html`<select id=${a.id} name="owner" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>${ownerOptions(plan, item.owner)}</select>`)}
      ${itemField(id, 'due', e.due, (a) => dueField(a.id, item.due, false, e.due, this.wiring.today()))}
      ${itemField(
        id,
        'evidence',
        e.evidence,
        (a) => html`<input id=${a.id} name="evidence" type="url" placeholder="https://…" .value=${item.evidence ?? ''} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`,
      )}
      <button type="submit">Save</button>
      <button type="button" @click=${() => this.close(item.id)}>Cancel</button>
    </form>`;
  }

  private set(openId: string | undefined, errors: Partial<Record<ItemField, string>> = {}): void {
    this.openId = openId;
    this.errors = errors;
    this.host.requestUpdate();
  }

  private async close(id: string): Promise<void> {
    this.set(undefined);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[part~=item][data-id="${CSS.escape(id)}"] [part~=edit-button]`)?.focus();
  }

  private async save(e: SubmitEvent, plan: Plan, item: ChecklistItem): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const fields = ['owner', 'due', 'evidence'] as const;
    const values = readForm(form, fields);
    const errors = formErrors('item', values, ['owner', 'due'], form);
    this.set(this.openId, errors);
    if (await focusFirstError(this.host, form, errors)) return;
    commitFieldChanges(
      plan,
      fields,
      { from: (field) => item[field] ?? null, to: (field) => values[field] || null },
      (current, field, to) => edit.setItemField(current, item.id, field, to),
      (next, field, from, to) => this.wiring.commit(next, { type: 'item.update', id: item.id, field, from, to }),
    );
    await this.close(item.id);
  }
}
