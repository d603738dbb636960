import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GATE_TITLES,
  GLOSSARY,
  HANDOFFS,
  LAYERS,
  STATE_TITLES,
  checklistProgress,
  openLaunchGates,
  roleLabel,
  verdictReasons,
  type ChecklistItem,
  type Finding,
  type ReadinessState,
  type Plan,
} from '@preflight/core';
import { findingStyles, findingsLabel, findingsVerdict, renderFindings, safeHref, type FixLink } from '../shared/findings.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { RowDrawing } from '../shared/row-drawing.js';
import { renderProblems } from '../shared/problems.js';
import { barStyles } from '../shared/bar.js';
import { dateFieldStyles, teamToday } from '../shared/date-field.js';
import { stateStyles } from '../shared/tokens.js';
import { checklistStyles } from './checklist.styles.js';
import { AddItemForm } from './add-form.js';
import { ItemEditor, type FormWiring } from './editor.js';
import * as edit from './edits.js';
import type { ItemField } from './edits.js';
import { FIELD_NAMES } from './fields.js';

declare module '../shared/changes.js' {
  interface ChangeMap {
    'item.check': { itemId: string; doneBy: string | null; doneAt: string };
    'item.uncheck': { itemId: string; reopened: number };
    'item.update': { id: string; field: ItemField; from: string | null; to: string | null };
    'item.add': { id: string; index: number };
    'item.remove': { id: string; index: number };
  }
}

/** The field of an item's editor where each rule's finding is fixed. */
const FIX_FIELDS: Partial<Record<string, ItemField>> = { 'checklist.gate-owner': 'owner', 'gate.open-due': 'due', 'gate.post-launch-overdue': 'due', 'checklist.evidence': 'evidence' };

export type ChecklistGrouping = 'layer' | 'handoff';

const words = (id: string) => id.replace(/-/g, ' ');

/**
 * @summary The launch checklist of a campaign: items grouped by layer or by handoff, gates marked,
 * owner, due date and evidence per item, progress, and at the top the readiness verdict with the
 * open gates that hold the launch.
 *
 * Checking an item records who did it (`actor`, else the item's owner) and when (`now`);
 * unchecking reopens it and counts the reopening. Everything is a native control, so Tab,
 * Space and Enter reach and operate it.
 *
 * Each item's Edit button opens an inline editor for its owner (one of the plan's roles), due date
 * and evidence link; Save (Enter) applies it, Cancel or Escape closes it, and focus returns to the
 * Edit button. A value the plan format refuses (an evidence link that is not https or mailto, a
 * partial date, no owner) is named inline and never reaches the plan. Remove takes an item out
 * and offers Undo; the form below the list adds one.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types `item.check`
 *   (`doneBy`, `doneAt`), `item.uncheck` (`reopened` is the new count), `item.update` (`id`,
 *   `field`: owner, due or evidence, `from`, `to`; one event per changed field), `item.add` (`id`,
 *   `index`; also sent by Undo) and `item.remove` (`id`, `index`). Cancel it to roll back.
 * @event preflight-fix - With `fix-links`, a reason's button: `detail: {finding}`, for the page to move the focus to where it is fixed.
 * @csspart verdict - The readiness verdict: state and score.
 * @csspart open-gates - The open gates that hold the launch.
 * @csspart reasons - With no gate open and the plan not ready, the findings that make the verdict, each with its fix.
 * @csspart fix-button - A reason's button to where it is fixed (an item here, or the page's, with `fix-links`).
 * @csspart progress - The progress bar (role=progressbar).
 * @csspart grouping - The "Group by" control.
 * @csspart group - One layer's or handoff's section.
 * @csspart item - One checklist item; carries `data-done` and `data-gate`.
 * @csspart checkbox - An item's checkbox.
 * @csspart gate - An item's gate marker with the gate's title.
 * @csspart evidence - An item's evidence: a link when https or mailto, text otherwise.
 * @csspart findings-button - An item's findings button.
 * @csspart edit-button - An item's Edit button (aria-expanded while its editor is open).
 * @csspart remove-button - An item's Remove button.
 * @csspart editor - The inline editor of an item's owner, due date and evidence.
 * @csspart field-error - A field's message in the editor or the add form, naming the field.
 * @csspart date-hint - The format hint under a due-date field: the reader's date format (from the closest `lang`), as in every element.
 * @csspart date-button - The button beside a due-date field that opens its date picker.
 * @csspart date-picker - The date picker dialog: a month's grid of days.
 * @csspart undo - The notice after a removal, with its Undo button.
 * @csspart add-button - Opens the form that adds an item (aria-expanded).
 * @csspart add-form - The form that adds an item (label, layer, gate, owner, due), closed until asked for.
 * @csspart empty - What is shown when the plan has no checklist item yet.
 * @csspart popover - The findings popover.
 * @cssproperty --progress-height - Height of the progress bar (0.5rem).
 */
export class PreflightChecklist extends PlanElement {
  static override styles = [
    ...PlanElement.styles,
    popoverStyles,
    findingStyles,
    dateFieldStyles,
    barStyles,
    stateStyles,
    checklistStyles,
  ];

  /** How items are grouped: by `layer` (strategy, execution, operations) or by `handoff`. */
  @property({ reflect: true }) grouping: ChecklistGrouping = 'layer';

  /**
   * The page shows where a finding outside the checklist is fixed: with it, each reason for the verdict
   * has a button that dispatches `preflight-fix` (`detail: {finding}`) for the page to move the focus
   * there (the workspace does). A finding about an item of the checklist always has one.
   */
  @property({ type: Boolean, attribute: 'fix-links' }) fixLinks = false;

  private readonly formWiring: FormWiring = { commit: (next, change) => this.commit(next, change), today: () => teamToday(this.readiness.value) };
  /** Each item's inline editor, one open at a time. */
  private readonly editor = new ItemEditor(this, this.formWiring);
  /** The form adding an item: closed until asked for. */
  private readonly addForm = new AddItemForm(this, this.formWiring);
  /** The last removed item, offered for Undo. */
  @state() private removed: { item: ChecklistItem; index: number } | undefined;

  private readonly findingsPopover = new PopoverController(this);

  /**
   * A long checklist draws the items on screen first and the rest a chunk a frame; focus anywhere in
   * the list, or a link going to an item, draws them all at once, so Tab goes through every item.
   */
  private readonly rows = new RowDrawing(this, { rowHeight: 64, chunk: 40, lastRow: () => this.renderRoot.querySelector('.undrawn')?.previousElementSibling?.querySelector('[part~=item]:last-child') });

  protected get noun(): string {
    return 'Checklist';
  }



  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (!result?.ok) return renderProblems('Checklist: the plan cannot be judged.', result?.problems ?? []);
    const { state, score } = result.readiness;
    const { done, total } = checklistProgress(plan);
    const gates = openLaunchGates(plan);
    const percent = total ? Math.round((done / total) * 100) : 0;
    const editable = !this.isReadonly;
    const drawn = this.rows.count(plan.id, plan.checklist.length);
    let left = drawn;
    return html`
      <section class="summary" aria-label="Launch readiness">
        <p part="verdict" data-state=${state} role="status">
          <span class="state">${STATE_TITLES[state]}</span>
          <span>Score ${score} of 100</span>
          <span class="definition">${GLOSSARY[state]}</span>
        </p>
        ${gates.length
          ? html`<div>
              <strong id="gates-heading">${gates.length} open gate${gates.length === 1 ? '' : 's'} block${gates.length === 1 ? 's' : ''} launch</strong>
              <ul part="open-gates" aria-labelledby="gates-heading">
                ${gates.map((g) => html`<li data-id=${g.id}>${g.gateId ? GATE_TITLES[g.gateId] : g.label}${g.due ? ` — due ${this.dates.day(g.due)}` : ''}${g.owner ? ` · ${roleLabel(plan, g.owner)}` : ''}</li>`)}
              </ul>
            </div>`
          : this.renderReasons(plan, state, result.readiness.findings)}
        <div>
          <span id="progress-label">${done} of ${total} done</span>
          <div
            class="bar"
            part="progress"
            role="progressbar"
            aria-labelledby="progress-label"
            aria-valuemin="0"
            aria-valuemax=${total}
            aria-valuenow=${done}
            aria-valuetext=${`${done} of ${total} done`}
          ><span style=${`width: ${percent}%`}></span></div>
        </div>
      </section>
      <div class="toolbar">
        <label part="grouping">Group by
          <select name="grouping" @change=${(e: Event) => (this.grouping = (e.target as HTMLSelectElement).value as ChecklistGrouping)}>
            <option value="layer" ?selected=${this.grouping === 'layer'}>Layer</option>
            <option value="handoff" ?selected=${this.grouping === 'handoff'}>Handoff</option>
          </select></label>
      </div>
      <div class="groups" @click=${(e: MouseEvent) => this.onListClick(e, plan)} @change=${(e: Event) => this.onListChange(e, plan)} @focusin=${this.rows.drawAllOnFocus}>
        ${this.groups(plan).map(([key, items]) => {
          // The items drawn so far, in the groups' order: a group none of whose items is drawn yet waits with them.
          const shown = left >= items.length ? items : items.slice(0, left);
          left -= shown.length;
          return shown.length
            ? html`<section part="group" data-group=${key} aria-labelledby=${`group-${key}`}>
                <h3 id=${`group-${key}`}>${words(key)} <span class="count">(${items.filter((i) => i.doneAt).length}/${items.length})</span></h3>
                <ul class="items">${shown.map((item) => this.renderItem(plan, item, editable))}</ul>
              </section>`
            : nothing;
        })}
        ${drawn < plan.checklist.length ? html`<div class="undrawn" aria-hidden="true" style=${`height: calc(4rem * ${plan.checklist.length - drawn})`}></div>` : nothing}
      </div>
      ${plan.checklist.length
        ? nothing
        : html`<p part="empty" class="empty">
            No checklist items yet. Add the tasks and launch gates this campaign needs${this.isReadonly ? '' : ' with “Add an item”'}: a gate blocks the launch until it is done, with its evidence.
          </p>`}
      ${this.isReadonly ? nothing : html`${this.renderUndo(plan)}${this.addForm.render(plan)}`}
      ${this.findingsPopover.render('Findings', () => this.renderPopoverContent(plan))}
    `;
  }

  /**
   * With no gate open, what holds the verdict all the same: each finding that makes it (the blocking
   * ones, else the warnings), its fix, and a button to where it is fixed when there is one to go to.
   */
  private renderReasons(plan: Plan, state: ReadinessState, findings: readonly Finding[]): TemplateResult {
    if (state === 'ready') return html`<p class="no-gates">No open gate blocks launch.</p>`;
    const reasons = verdictReasons(findings, state);
    const here = (f: Finding) => f.target.kind === 'item' && plan.checklist.some((i) => i.id === f.target.id);
    return html`<div part="reasons" class="reasons">
      <strong id="reasons-heading">No open gate blocks launch, but it is ${STATE_TITLES[state].toLowerCase()} because:</strong>
      <ul aria-labelledby="reasons-heading">
        ${reasons.slice(0, 5).map(
          (f) => html`<li data-rule=${f.ruleId}>
            <span>${this.dates.sentence(f.message)}</span> <span class="definition">${f.fix}</span>
            ${here(f) || this.fixLinks ? html`<button type="button" part="fix-button" @click=${() => void this.goToFix(f, here(f))}>Go to where it is fixed</button>` : nothing}
          </li>`,
        )}
      </ul>
      ${reasons.length > 5 ? html`<p class="definition">…and ${reasons.length - 5} more.</p>` : nothing}
    </div>`;
  }

  /** An item's finding focuses the item; anything else asks the page (`fix-links`) to move the focus where it is fixed. */
  private async goToFix(finding: Finding, here: boolean): Promise<void> {
    if (here) {
      await this.rows.drawAll();
      this.renderRoot.querySelector<HTMLElement>(`[part~=item][data-id="${CSS.escape(finding.target.id)}"] [part~=checkbox]`)?.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent('preflight-fix', { detail: { finding }, bubbles: true, composed: true, cancelable: true }));
  }

  /** Items in the chosen grouping's order; empty groups are left out. */
  private groups(plan: Plan): [string, ChecklistItem[]][] {
    const keys: readonly string[] = this.grouping === 'handoff' ? [...HANDOFFS, 'no-handoff'] : LAYERS;
    const byKey = new Map<string, ChecklistItem[]>(keys.map((k) => [k, []]));
    for (const item of plan.checklist) byKey.get(this.grouping === 'handoff' ? (item.handoff ?? 'no-handoff') : item.layer)!.push(item);
    return [...byKey].filter(([, items]) => items.length > 0);
  }

  /**
   * One item, as one flat template: no event binding of its own (the list's delegated listeners act
   * on `data-action`), its buttons inline rather than a nested template (a readonly item has its own
   * template without them), its text set as properties (no marker comments or static text nodes)
   * and no whitespace between tags. Every node and part saved is saved 500 times on a long list.
   */
  private renderItem(plan: Plan, item: ChecklistItem, editable: boolean): TemplateResult {
    const findings = this.readiness.findingsFor('item', item.id);
    const done = item.doneAt !== undefined;
    const id = `item-${item.id}`;
    const chip = findings.length ? this.renderFindingsButton(item, findings) : nothing;
    const gate = item.gate ? html`<span part="gate" .textContent=${`Gate: ${item.gateId ? GATE_TITLES[item.gateId] : 'blocks launch'}`}></span>` : nothing;
    const owner = `Owner: ${item.owner ? roleLabel(plan, item.owner) : 'nobody named'}`;
    const due = `Due: ${item.due ? this.dates.day(item.due) : 'no date'}`;
    const evidence = item.evidence ? this.renderEvidence(item.evidence) : nothing;
    const doneBy = done ? html`<span class="done" .textContent=${`Done by ${item.doneBy ? roleLabel(plan, item.doneBy) : 'nobody recorded'} at ${this.dates.time(item.doneAt!)}`}></span>` : nothing;
    const [state, gated, metaId] = [done ? 'true' : 'false', item.gate ? 'true' : 'false', `${id}-meta`];
    if (!editable) {
      return html`<li part="item" data-id=${item.id} data-done=${state} data-gate=${gated}><input type="checkbox" part="checkbox" id=${id} .checked=${done} disabled aria-describedby=${metaId} /><label class="label" for=${id} .textContent=${item.label}></label><span class="actions">${chip}</span><div class="meta" id=${metaId}>${gate}<span .textContent=${owner}></span><span .textContent=${due}></span>${evidence}${doneBy}</div></li>`;
    }
    const editing = this.editor.editing === item.id;
    return html`<li part="item" data-id=${item.id} data-done=${state} data-gate=${gated}><input type="checkbox" part="checkbox" id=${id} data-action="toggle" .checked=${done} aria-describedby=${metaId} /><label class="label" for=${id} .textContent=${item.label}></label><span class="actions">${chip}<button type="button" part="edit-button" data-action="edit" aria-expanded=${editing ? 'true' : 'false'} aria-controls=${`${id}-editor`} aria-label=${`Edit ${item.label}`}>Edit</button><button type="button" part="remove-button" data-action="remove" aria-label=${`Remove ${item.label}`}>Remove</button></span><div class="meta" id=${metaId}>${gate}<span .textContent=${owner}></span><span .textContent=${due}></span>${evidence}${doneBy}</div>${editing ? this.editor.render(plan, item, id) : nothing}</li>`;
  }

  private renderFindingsButton(item: ChecklistItem, findings: readonly Finding[]): TemplateResult {
    const verdict = findingsVerdict(findings);
    const label = findingsLabel(findings);
    return html`<button
      type="button"
      part="findings-button"
      data-action="findings"
      data-state=${verdict}
      aria-haspopup="dialog"
      aria-expanded=${String(this.findingsPopover.isOpen(item.id))}
      aria-label=${`${label}: findings for ${item.label}`}
    >${label}</button>`;
  }

  private renderEvidence(evidence: string): TemplateResult {
    const href = safeHref(evidence);
    return href
      ? html`<span part="evidence">Evidence: <a href=${href} target="_blank" rel="noopener noreferrer" .textContent=${evidence}></a></span>`
      : html`<span part="evidence" .textContent=${`Evidence: ${evidence}`}></span>`;
  }

  /** The item an event inside the list is about, and what its control does. */
  private itemEvent(e: Event, plan: Plan): { action: string; control: HTMLElement; item: ChecklistItem } | undefined {
    const control = (e.target as Element | null)?.closest?.<HTMLElement>('[data-action]');
    const id = control?.closest('[part~=item]')?.getAttribute('data-id');
    const item = id == null ? undefined : plan.checklist.find((i) => i.id === id);
    return control && item ? { action: control.dataset.action!, control, item } : undefined;
  }

  private onListClick(e: MouseEvent, plan: Plan): void {
    const hit = this.itemEvent(e, plan);
    if (!hit || hit.control.localName !== 'button') return;
    if (hit.action === 'findings') this.findingsPopover.toggle(hit.control, hit.item.id);
    else if (hit.action === 'edit') void this.editor.open(hit.item.id);
    else if (hit.action === 'remove') void this.removeItem(plan, hit.item);
  }

  private onListChange(e: Event, plan: Plan): void {
    const hit = this.itemEvent(e, plan);
    if (hit?.action === 'toggle') this.toggle(plan, hit.item, hit.control as HTMLInputElement);
  }

  private renderUndo(plan: Plan): TemplateResult | typeof nothing {
    const removed = this.removed;
    if (!removed || plan.checklist.some((i) => i.id === removed.item.id)) return nothing;
    return html`<div part="undo" role="status">
      <span>Removed “${removed.item.label}”.</span>
      <button type="button" name="undo" @click=${() => this.undoRemove(plan, removed)}>Undo</button>
    </div>`;
  }

  private renderPopoverContent(plan: Plan): TemplateResult | typeof nothing {
    const id = this.findingsPopover.openKey;
    const item = id === undefined ? undefined : plan.checklist.find((i) => i.id === id);
    return item ? renderFindings(this.readiness.findingsFor('item', item.id), 'popover-heading', item.label, { fixIt: (f) => this.fixLink(item, f), plan, day: this.dates.day }) : nothing;
  }

  /** Where an item's finding is fixed: its owner, due date or evidence link, in the item's editor. */
  private fixLink(item: ChecklistItem, finding: Finding): FixLink | undefined {
    const field = FIX_FIELDS[finding.ruleId];
    if (!field || this.isReadonly) return undefined;
    return {
      label: `Edit the ${FIELD_NAMES[field].toLowerCase()}`,
      go: () => {
        this.findingsPopover.hide();
        void this.editor.open(item.id, field);
      },
    };
  }

  private toggle(plan: Plan, item: ChecklistItem, box: HTMLInputElement): void {
    const result = this.readiness.value;
    const done = item.doneAt !== undefined;
    let ok = false;
    if (result?.ok && !done) {
      const doneBy = this.actorIn(plan) ?? item.owner;
      const doneAt = this.time.stamp();
      const next = { ...item, doneAt, ...(doneBy ? { doneBy } : {}) };
      ok = this.commit(edit.withItem(plan, next), { type: 'item.check', itemId: item.id, doneBy: doneBy ?? null, doneAt });
    } else if (done) {
      const { doneAt: _at, doneBy: _by, ...open } = item;
      const reopened = (item.reopened ?? 0) + 1;
      ok = this.commit(edit.withItem(plan, { ...open, reopened }), { type: 'item.uncheck', itemId: item.id, reopened });
    }
    // A refused or cancelled edit leaves the box as the plan says.
    if (!ok) box.checked = done;
  }


  // ── editing ─────────────────────────────────────────────────────────────

  private async removeItem(plan: Plan, item: ChecklistItem): Promise<void> {
    const index = plan.checklist.indexOf(item);
    if (!this.commit(edit.removeItem(plan, item.id), { type: 'item.remove', id: item.id, index })) return;
    this.editor.forget(item.id);
    this.removed = { item, index };
    await this.updateComplete;
    // The item's buttons are gone: focus goes to Undo, the next thing one would want.
    this.renderRoot.querySelector<HTMLElement>('[part~=undo] button')?.focus();
  }

  private async undoRemove(plan: Plan, { item, index }: { item: ChecklistItem; index: number }): Promise<void> {
    if (!this.commit(edit.insertItem(plan, item, index), { type: 'item.add', id: item.id, index })) return;
    this.removed = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(item.id)}`)?.focus();
  }
}
