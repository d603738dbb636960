import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { BLOCKER_SEVERITIES, KILLER_TITLES, KILLERS, type Blocker, type Plan } from '@preflight/core';
import type { PreflightChange } from '../shared/changes.js';
import type { GridPosition } from '../shared/grid-navigation.js';
import { commitFieldChanges, focusFirstError, formErrors, readForm, renderField } from '../shared/forms.js';
import * as edit from './edits.js';
import { lookups } from './view.js';

/** Each field of the edit dialog, by its name in labels and messages. */
export const EDIT_FIELDS: Record<edit.BlockerField, string> = { owner: 'Owner', due: 'Due date', severity: 'Severity', category: 'Category' };

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What the dialog needs of the log around it. */
export interface EditorWiring {
  /** Applies an edit as the user's change: false when refused or cancelled. */
  commit(next: Plan, change: PreflightChange): boolean;
  /** The due-date field, required. */
  dueField(id: string, value: string | undefined, error: string | undefined): TemplateResult;
  /** The blocker's index among the rows shown, -1 when the filters hide it. */
  rowIndex(id: string): number;
  /** Moves the grid's tab stop to a cell and focuses it. */
  focusCell(at: GridPosition): Promise<void>;
}

/**
 * The dialog that edits a blocker's owner, due date, severity and category: opened from a row's Edit
 * button or a cell at its field; Save applies each changed field, Escape or Cancel closes it.
 */
export class BlockerEditor implements ReactiveController {
  /** The blocker being edited, the cell to return focus to and the field focused first. */
  private editing: { id: string; from: GridPosition; field: edit.BlockerField } | undefined;
  private errors: Partial<Record<edit.BlockerField, string>> = {};

  constructor(
    private readonly host: Host,
    private readonly wiring: EditorWiring,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the dialog on a blocker, focused at `field`; focus returns to the cell `from` once it closes. */
  async open(id: string, from: GridPosition, field: edit.BlockerField): Promise<void> {
    this.set({ id, from, field }, {});
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(`[name=${field}]`)?.focus();
  }

  render(plan: Plan): TemplateResult | typeof nothing {
    const editing = this.editing;
    const b = editing && plan.blockers.find((x) => x.id === editing.id);
    if (!b) return nothing;
    const e = this.errors;
    const { owners } = lookups(plan);
    const field = (name: edit.BlockerField, control: (invalid: string, describedBy: string | typeof nothing) => TemplateResult) =>
      renderField({ id: `edit-${name}`, label: EDIT_FIELDS[name], error: e[name] }, (a) => control(a.invalid, a.describedBy));
    return html`<dialog part="editor" class="editor" aria-labelledby="editor-heading" @close=${this.onClose}>
      <form method="dialog" novalidate @submit=${(ev: SubmitEvent) => this.save(ev, plan, b)}>
        <h2 id="editor-heading" class="editor-heading">Edit “${b.title}”</h2>
        ${field('owner', (inv, desc) => html`<input id="edit-owner" name="owner" list="edit-owners" .value=${b.owner ?? ''} aria-required="true" aria-invalid=${inv} aria-describedby=${desc} />
          <datalist id="edit-owners">${owners.map((o) => html`<option .value=${o}></option>`)}</datalist>`)}
        ${field('due', () => this.wiring.dueField('edit-due', b.due, e.due))}
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
          <button type="button" @click=${() => this.dialog?.close()}>Cancel</button>
        </div>
      </form>
    </dialog>`;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part~=editor]');
  }

  private set(editing: BlockerEditor['editing'], errors: BlockerEditor['errors']): void {
    this.editing = editing;
    this.errors = errors;
    this.host.requestUpdate();
  }

  /**
   * However the dialog closes (Save, Cancel, Escape), focus goes back to the cell that opened it,
   * on the blocker's row wherever the edit moved it in the order.
   */
  private onClose = async () => {
    const editing = this.editing;
    this.set(undefined, {});
    if (!editing) return;
    await this.host.updateComplete;
    const index = this.wiring.rowIndex(editing.id);
    void this.wiring.focusCell(index >= 0 ? { row: index + 1, col: editing.from.col } : editing.from);
  };

  private async save(e: SubmitEvent, plan: Plan, b: Blocker): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const fields = Object.keys(EDIT_FIELDS) as edit.BlockerField[];
    const values = readForm(form, fields);
    const errors = formErrors('blocker', values, ['owner', 'due'], form);
    this.set(this.editing, errors);
    if (await focusFirstError(this.host, form, errors)) return;
    commitFieldChanges(
      plan,
      fields,
      { from: (f) => b[f] ?? null, to: (f) => values[f] || null },
      (current, f, to) => edit.setBlockerField(current, b.id, f, to),
      (next, f, from, to) => this.wiring.commit(next, { type: 'blocker.update', id: b.id, field: f, from, to }),
    );
    form.closest('dialog')?.close();
  }
}
