import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GATE_TITLES, GLOSSARY, HANDOFFS, LAYERS, checklistProgress, openLaunchGates, type ChecklistItem, type Finding, type Plan, type ReadinessState } from '@preflight/core';
import { findingStyles, renderFindings, safeHref } from '../shared/findings.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';

declare module '../shared/changes.js' {
  interface ChangeMap {
    'item.check': { itemId: string; doneBy: string | null; doneAt: string };
    'item.uncheck': { itemId: string; reopened: number };
  }
}

export type ChecklistGrouping = 'layer' | 'handoff';

const STATE_LABEL: Record<ReadinessState, string> = { ready: 'Ready', 'at-risk': 'At risk', blocked: 'Blocked' };
const words = (id: string) => id.replace(/-/g, ' ');
const worst = (findings: readonly Finding[]) =>
  findings.some((f) => f.severity === 'blocker') ? 'blocked' : findings.some((f) => f.severity === 'warning') ? 'at-risk' : 'ok';

/**
 * @summary The launch checklist of a campaign: items grouped by layer or by handoff, gates marked,
 * owner, due date and evidence per item, progress, and at the top the readiness verdict with the
 * open gates that hold the launch.
 *
 * Checking an item records who did it (`user`, else the item's owner) and when (`now`);
 * unchecking reopens it and counts the reopening. Everything is a native control, so Tab,
 * Space and Enter reach and operate it.
 *
 * @event preflight-change - A user edit: `detail: {plan, change}` with change types `item.check`
 *   (`doneBy`, `doneAt`) and `item.uncheck` (`reopened` is the new count). Cancel it to roll back.
 * @csspart verdict - The readiness verdict: state and score.
 * @csspart open-gates - The open gates that hold the launch.
 * @csspart progress - The progress bar (role=progressbar).
 * @csspart grouping - The "Group by" control.
 * @csspart group - One layer's or handoff's section.
 * @csspart item - One checklist item; carries `data-done` and `data-gate`.
 * @csspart checkbox - An item's checkbox.
 * @csspart gate - An item's gate marker with the gate's title.
 * @csspart evidence - An item's evidence: a link when https or mailto, text otherwise.
 * @csspart findings-button - An item's findings button.
 * @csspart popover - The findings popover.
 * @cssproperty --progress-height - Height of the progress bar (0.5rem).
 */
export class PreflightChecklist extends PlanElement {
  static override styles = [
    ...PlanElement.styles,
    popoverStyles,
    findingStyles,
    css`
      :host {
        --progress-height: 0.5rem;
      }
      .summary {
        display: grid;
        gap: var(--_space);
        margin-bottom: var(--_space);
      }
      [part~='verdict'] {
        display: flex;
        gap: var(--_space);
        align-items: baseline;
        flex-wrap: wrap;
        margin: 0;
        padding: var(--_space);
        border-radius: var(--_radius);
        border: 1px solid var(--_ready);
        background: var(--_ready-container);
      }
      [part~='verdict'][data-state='blocked'] {
        border-color: var(--_blocked);
        background: var(--_blocked-container);
      }
      [part~='verdict'][data-state='at-risk'] {
        border-color: var(--_at-risk);
        background: var(--_at-risk-container);
      }
      .state {
        font-weight: 700;
      }
      .definition {
        color: var(--_on-surface-muted);
      }
      [part~='open-gates'] {
        margin: 0;
        padding-left: 1.25rem;
      }
      .bar {
        height: var(--progress-height);
        border-radius: 999px;
        background: var(--_surface-muted);
        border: 1px solid var(--_outline);
        overflow: hidden;
      }
      .bar > span {
        display: block;
        height: 100%;
        background: var(--_primary);
      }
      h3 {
        font-size: var(--_font-size);
        margin: var(--_space) 0 calc(var(--_space) / 2);
        text-transform: capitalize;
      }
      ul.items {
        list-style: none;
        margin: 0;
        padding: 0;
        border: 1px solid var(--_outline-subtle);
        border-radius: var(--_radius);
      }
      [part~='item'] {
        display: grid;
        grid-template-columns: auto 1fr auto;
        gap: calc(var(--_space) / 2) var(--_space);
        align-items: center;
        padding: calc(var(--_space) / 2) var(--_space);
        border-bottom: 1px solid var(--_outline-subtle);
        /* Items off screen skip layout and paint (a 500-item list renders what is visible), and keep their last size. */
        content-visibility: auto;
        contain-intrinsic-size: auto 4rem;
      }
      [part~='item']:last-child {
        border-bottom: 0;
      }
      [part~='checkbox'] {
        width: var(--_target);
        height: var(--_target);
        margin: 0;
        accent-color: var(--_primary);
      }
      .label {
        font-weight: 600;
      }
      [data-done='true'] .label {
        text-decoration: line-through;
        color: var(--_on-surface-muted);
      }
      .meta {
        grid-column: 2 / -1;
        display: flex;
        gap: var(--_space);
        flex-wrap: wrap;
        color: var(--_on-surface-muted);
        font-size: var(--_font-size-small);
      }
      [part~='gate'] {
        color: var(--_on-surface);
        font-weight: 600;
      }
      [part~='evidence'] a {
        color: var(--_primary);
      }
      .toolbar {
        display: flex;
        gap: var(--_space);
        align-items: center;
        flex-wrap: wrap;
      }
    `,
  ];

  /** Who checks items off here; recorded as done-by. When unset, the item's owner is recorded. */
  @property() user: string | undefined;

  /** How items are grouped: by `layer` (strategy, execution, operations) or by `handoff`. */
  @property({ reflect: true }) grouping: ChecklistGrouping = 'layer';

  private readonly findingsPopover = new PopoverController(this);

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
    return html`
      <section class="summary" aria-label="Launch readiness">
        <p part="verdict" data-state=${state} role="status">
          <span class="state">${STATE_LABEL[state]}</span>
          <span>Score ${score} of 100</span>
          <span class="definition">${GLOSSARY[state]}</span>
        </p>
        ${gates.length
          ? html`<div>
              <strong id="gates-heading">${gates.length} open gate${gates.length === 1 ? '' : 's'} block${gates.length === 1 ? 's' : ''} launch</strong>
              <ul part="open-gates" aria-labelledby="gates-heading">
                ${gates.map((g) => html`<li data-id=${g.id}>${g.gateId ? GATE_TITLES[g.gateId] : g.label}${g.due ? ` — due ${g.due}` : ''}${g.owner ? ` · ${g.owner}` : ''}</li>`)}
              </ul>
            </div>`
          : html`<p class="no-gates">No open gate blocks launch.</p>`}
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
      ${this.groups(plan).map(
        ([key, items]) => html`<section part="group" data-group=${key} aria-labelledby=${`group-${key}`}>
          <h3 id=${`group-${key}`}>${words(key)} <span class="count">(${items.filter((i) => i.doneAt).length}/${items.length})</span></h3>
          <ul class="items">${items.map((item) => this.renderItem(plan, item))}</ul>
        </section>`,
      )}
      ${this.findingsPopover.render('Findings', () => this.renderPopoverContent(plan))}
    `;
  }

  /** Items in the chosen grouping's order; empty groups are left out. */
  private groups(plan: Plan): [string, ChecklistItem[]][] {
    const keys: readonly string[] = this.grouping === 'handoff' ? [...HANDOFFS, 'no-handoff'] : LAYERS;
    const byKey = new Map<string, ChecklistItem[]>(keys.map((k) => [k, []]));
    for (const item of plan.checklist) byKey.get(this.grouping === 'handoff' ? (item.handoff ?? 'no-handoff') : item.layer)!.push(item);
    return [...byKey].filter(([, items]) => items.length > 0);
  }

  private renderItem(plan: Plan, item: ChecklistItem): TemplateResult {
    const findings = this.readiness.findingsFor('item', item.id);
    const verdict = worst(findings);
    const done = item.doneAt !== undefined;
    const href = safeHref(item.evidence);
    const findingsLabel = findings.length ? `${verdict === 'blocked' ? 'Blocking' : 'Warning'} · ${findings.length}` : '';
    const id = `item-${item.id}`;
    return html`<li part="item" data-id=${item.id} data-done=${String(done)} data-gate=${String(item.gate)}>
      <input
        type="checkbox"
        part="checkbox"
        id=${id}
        .checked=${done}
        ?disabled=${this.isReadonly}
        aria-describedby=${`${id}-meta`}
        @change=${(e: Event) => this.toggle(plan, item, e.target as HTMLInputElement)}
      />
      <label class="label" for=${id}>${item.label}</label>
      ${findings.length
        ? html`<button
            type="button"
            part="findings-button"
            data-state=${verdict}
            aria-haspopup="dialog"
            aria-expanded=${String(this.findingsPopover.isOpen(item.id))}
            aria-label=${`${findingsLabel}: findings for ${item.label}`}
            @click=${(e: MouseEvent) => this.findingsPopover.toggle(e.currentTarget as HTMLElement, item.id)}
          >${findingsLabel}</button>`
        : html`<span></span>`}
      <div class="meta" id=${`${id}-meta`}>
        ${item.gate ? html`<span part="gate">Gate: ${item.gateId ? GATE_TITLES[item.gateId] : 'blocks launch'}</span>` : nothing}
        <span>Owner: ${item.owner ?? 'nobody named'}</span>
        <span>Due: ${item.due ?? 'no date'}</span>
        ${item.evidence
          ? html`<span part="evidence">Evidence: ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${item.evidence}</a>` : item.evidence}</span>`
          : nothing}
        ${done ? html`<span class="done">Done by ${item.doneBy ?? 'nobody recorded'} at ${item.doneAt}</span>` : nothing}
      </div>
    </li>`;
  }

  private renderPopoverContent(plan: Plan): TemplateResult | typeof nothing {
    const id = this.findingsPopover.openKey;
    const item = id === undefined ? undefined : plan.checklist.find((i) => i.id === id);
    return item ? renderFindings(this.readiness.findingsFor('item', item.id), 'popover-heading', item.label) : nothing;
  }

  private toggle(plan: Plan, item: ChecklistItem, box: HTMLInputElement): void {
    const result = this.readiness.value;
    const done = item.doneAt !== undefined;
    let ok = false;
    if (result?.ok && !done) {
      const doneBy = this.user?.trim() || item.owner;
      const doneAt = result.now;
      const next = { ...item, doneAt, ...(doneBy ? { doneBy } : {}) };
      ok = this.commit(this.withItem(plan, next), { type: 'item.check', itemId: item.id, doneBy: doneBy ?? null, doneAt });
    } else if (done) {
      const { doneAt: _at, doneBy: _by, ...open } = item;
      const reopened = (item.reopened ?? 0) + 1;
      ok = this.commit(this.withItem(plan, { ...open, reopened }), { type: 'item.uncheck', itemId: item.id, reopened });
    }
    // A refused or cancelled edit leaves the box as the plan says.
    if (!ok) box.checked = done;
  }

  private withItem(plan: Plan, item: ChecklistItem): Plan {
    return { ...plan, checklist: plan.checklist.map((i) => (i.id === item.id ? item : i)) };
  }
}
