import { css, html, nothing, type TemplateResult } from 'lit';
import { sentenceWithDays } from './day-text.js';
import { stateStyles } from './tokens.js';
import { findingsState, isSafeLink, roleLabel, ruleById, SEVERITY_TITLES, STATE_TITLES, type Finding, type Plan, type Severity } from '@preflight/core';

/** Only https and mailto URLs ever become links; anything else is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  return isSafeLink(url) ? url : undefined;
}

/** A row's or an item's verdict: the core's state for its findings, `ok` when ready. */
export function findingsVerdict(findings: readonly Finding[]): 'ok' | 'at-risk' | 'blocked' {
  const state = findingsState(findings);
  return state === 'ready' ? 'ok' : state;
}

/** The label of a row's or an item's findings button: OK, or its verdict and how many findings (`Blocked · 2`). */
export function findingsLabel(findings: readonly Finding[]): string {
  const verdict = findingsVerdict(findings);
  return verdict === 'ok' ? 'OK' : `${STATE_TITLES[verdict]} · ${findings.length}`;
}

/**
 * A row's or an item's findings button: its verdict and count, named for what it is about, saying
 * whether the findings popover is open for it. `onClick` opens it (a list that delegates its clicks leaves it out).
 */
export function renderFindingsButton(findings: readonly Finding[], about: string, expanded: boolean, onClick?: (e: Event) => void): TemplateResult {
  const label = findingsLabel(findings);
  return html`<button
    type="button"
    part="findings-button"
    data-action="findings"
    data-state=${findingsVerdict(findings)}
    aria-haspopup="dialog"
    aria-expanded=${String(expanded)}
    aria-label=${`${label}: findings for ${about}`}
    @click=${onClick ?? nothing}
  >${label}</button>`;
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = SEVERITY_TITLES;

/**
 * Where a finding is fixed, as a button after its fix: `label` names the field as the screen shows it
 * ("Edit the due date"), `go` moves focus there (opening the editor that holds it).
 */
export interface FixLink {
  label: string;
  go: () => void;
}

/** What a findings popover knows of its element: where each finding is fixed, whom the plan names, how dates read. */
export interface FindingsContext {
  fixIt?: (finding: Finding) => FixLink | undefined;
  plan?: Pick<Plan, 'people'>;
  /** The dates in a finding's sentence in the reader's words (`DayTextController.day`); as stored without it. */
  day?: (date: string) => string;
}

/**
 * Findings explained for a popover: the rule's title and why it exists (from the core's
 * catalog), what is wrong here, who should act (with the person who holds the role when `plan`
 * names one) and the fix, with a link to where it is fixed when `fixIt` knows one.
 */
export function renderFindings(findings: readonly Finding[], headingId: string, heading: string, { fixIt, plan, day }: FindingsContext = {}): TemplateResult {
  return html`<h2 class="findings-heading" id=${headingId}>${heading}</h2>
    ${findings.length === 0
      ? html`<p>No findings: nothing to fix here.</p>`
      : html`<ul class="findings" part="findings">
          ${findings.map((f) => {
            const rule = ruleById(f.ruleId);
            const link = fixIt?.(f);
            return html`<li class="finding" data-severity=${f.severity} data-rule=${f.ruleId}>
              <p class="finding-title"><span class="severity">${SEVERITY_LABEL[f.severity]}</span> ${rule?.title ?? f.ruleId}</p>
              <p>${day ? sentenceWithDays(f.message, day) : f.message}</p>
              ${rule ? html`<p class="rationale">${rule.rationale}</p>` : nothing}
              <p><strong>Who acts:</strong> ${f.owner ? (plan ? roleLabel(plan, f.owner) : f.owner) : 'nobody is named — assign an owner'}</p>
              <p><strong>Fix:</strong> ${f.fix}</p>
              ${link ? html`<button type="button" part="fix-it" class="fix-it" @click=${link.go}>${link.label}</button>` : nothing}
            </li>`;
          })}
        </ul>`}`;
}

export const findingStyles = css`
  .findings-heading {
    font-size: var(--_font-size-md);
    margin: 0;
  }
  .findings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
    max-height: 60vh;
    overflow: auto;
  }
  .finding {
    border-left: 3px solid var(--_outline);
    padding-left: var(--_space-2);
  }
  .finding p {
    margin: var(--_space-half) 0;
  }
  .finding[data-severity='blocker'] {
    border-left-color: var(--_blocked);
  }
  .finding[data-severity='warning'] {
    border-left-color: var(--_at-risk);
  }
  .finding-title {
    font-weight: var(--_font-weight-semibold);
  }
  .severity {
    font-size: var(--_font-size-sm);
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_on-surface-muted);
  }
  .rationale {
    color: var(--_on-surface-muted);
  }
  .fix-it {
    min-height: 24px;
    margin-top: var(--_space-half);
  }
  /* A row's or item's findings button, coloured by its worst finding; OK keeps a button's own colours. */
  ${stateStyles}
  [part~='findings-button']:not([data-state='ok']) {
    background: var(--_state-container);
    border-color: var(--_state);
  }
`;
