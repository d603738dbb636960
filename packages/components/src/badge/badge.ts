import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GLOSSARY, STATE_TITLES, type Finding, type Plan } from '@preflight/core';
import { findingStyles, renderFindings, type FixLink } from '../shared/findings.js';
import { PlanElement } from '../shared/plan-element.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { renderProblems } from '../shared/problems.js';
import { stateStyles } from '../shared/tokens.js';

const TOP = 5;

/**
 * @summary A compact readiness pill — state and score — that opens the top findings.
 * Small enough for a toolbar or a table cell.
 *
 * @csspart pill - The button showing state and score.
 * @csspart state - The state word inside the pill.
 * @csspart score - The score inside the pill.
 * @csspart popover - The findings popover.
 * @csspart findings - The list of top findings.
 * @csspart fix-it - With `fix-links`, a finding's button to where it is fixed.
 * @event preflight-fix - With `fix-links`, a finding's "Go to where it is fixed": `detail: {finding}`, for the page to move the focus there.
 */
export class PreflightBadge extends PlanElement {
  static override styles = [
    ...PlanElement.styles,
    popoverStyles,
    findingStyles,
    stateStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      [part~='pill'] {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-2);
        border-radius: var(--_radius-pill);
        padding: 0 var(--_space-3);
        font-size: var(--_font-size-sm);
        font-weight: var(--_font-weight-semibold);
        white-space: nowrap;
        background: var(--_state-container);
        border-color: var(--_state);
      }
      /* Each state has its own shape beside its word, so it never reads by colour alone: ● ready, ▲ at risk, ■ blocked. */
      .dot {
        width: var(--_space-2);
        height: var(--_space-2);
        border-radius: 50%;
        background: var(--_state);
      }
      [data-state='blocked'] .dot {
        border-radius: 1px;
      }
      [data-state='at-risk'] .dot {
        width: var(--_space-3);
        border-radius: 0;
        clip-path: polygon(50% 0, 100% 100%, 0 100%);
      }
      [part~='score'] {
        font-variant-numeric: tabular-nums;
      }
      .definition,
      .more,
      .store {
        color: var(--_on-surface-muted);
        margin: 0;
      }
    `,
  ];

  /**
   * The page shows where each finding is fixed: with it, every finding in the popover has a button that
   * closes it and dispatches `preflight-fix` (`detail: {finding}`) for the page to move the focus there (the workspace does).
   */
  @property({ type: Boolean, attribute: 'fix-links' }) fixLinks = false;

  private readonly findingsPopover = new PopoverController(this);

  private fixLink(finding: Finding): FixLink | undefined {
    if (!this.fixLinks) return undefined;
    return {
      label: 'Go to where it is fixed',
      go: () => {
        this.findingsPopover.hide();
        this.dispatchEvent(new CustomEvent('preflight-fix', { detail: { finding }, bubbles: true, composed: true, cancelable: true }));
      },
    };
  }

  protected get noun(): string {
    return 'Readiness';
  }

  protected override get showsStatusLine(): boolean {
    return false;
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const result = this.readiness.value;
    if (!result?.ok) {
      return renderProblems('Readiness cannot be judged.', result?.problems ?? []);
    }
    const { state, score, findings } = result.readiness;
    const label = STATE_TITLES[state];
    return html`<button
        type="button"
        part="pill"
        data-state=${state}
        aria-haspopup="dialog"
        aria-expanded=${String(this.findingsPopover.isOpen())}
        aria-controls=${this.findingsPopover.id}
        title=${`Readiness of ${plan.campaign.name}`}
        @click=${(e: MouseEvent) => this.findingsPopover.toggle(e.currentTarget as HTMLElement, 'findings')}
      >
        <span class="dot" aria-hidden="true"></span><span class="visually-hidden">Readiness: </span><span part="state">${label}</span
        ><span class="visually-hidden">, score</span> <span part="score">${score}</span><span class="visually-hidden"> of 100</span>
      </button>
      ${this.findingsPopover.render(`Readiness of ${plan.campaign.name}`, () => {
        const top = findings.slice(0, TOP);
        return html`${renderFindings(top, 'badge-heading', `${label} · score ${score}`, { fixIt: (f) => this.fixLink(f), plan, day: this.dates.day })}
          <p class="definition">${GLOSSARY[state]}</p>
          ${findings.length > TOP ? html`<p class="more">…and ${findings.length - TOP} more.</p>` : nothing}
          ${this.source.status ? html`<p class="store">Plan: ${this.source.status}</p>` : nothing}`;
      })}`;
  }
}
