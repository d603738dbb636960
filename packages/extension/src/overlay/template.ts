import { html, nothing, type TemplateResult } from 'lit-html';
import type { Finding } from '@preflight/core';
import { failingCount, overallState, lowestScore, type CampaignVerdict, type PlanSummary, type TabVerdict } from '../verdict/verdict.js';
import { overlayStyles } from './styles.js';

export interface PanelProps {
  verdict: TabVerdict;
  expanded: boolean;
  onToggle: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  onOpenPlan: (planId: string) => void;
}

const STATE_LABEL = { blocked: 'Blocked', 'at-risk': 'At risk', ready: 'Ready' } as const;

const finding = (f: Finding) => html`<li class="check" data-rule=${f.ruleId} data-severity=${f.severity}>
  <span class="severity ${f.severity}">${f.severity}</span><span class="message">${f.message}</span>
  <div class="fix">Fix: ${f.fix}</div>
</li>`;

const plan = (p: PlanSummary, onOpenPlan: (id: string) => void) => html`<section class="plan" aria-label="Linked plan">
  <h3>Plan: ${p.name}</h3>
  ${p.openGates.length
    ? html`<div class="muted">Open gates</div>
        <ul class="gates">${p.openGates.map((g) => html`<li class="check" data-gate=${g.id}>${g.label}${g.owner ? html` <span class="muted">(${g.owner})</span>` : nothing}</li>`)}</ul>`
    : html`<div class="muted">No open gates.</div>`}
  ${p.openBlockers.length
    ? html`<div class="muted">Open blockers</div>
        <ul class="blockers">${p.openBlockers.map((b) => html`<li class="check" data-blocker=${b.id}><span class="severity blocker">${b.severity}</span>${b.title}${b.owner ? html` <span class="muted">(${b.owner}${b.due ? `, due ${b.due}` : ''})</span>` : nothing}</li>`)}</ul>`
    : html`<div class="muted">No open blockers.</div>`}
  <button type="button" class="open-plan" @click=${() => onOpenPlan(p.id)}>Open the plan</button>
</section>`;

const campaign = (c: CampaignVerdict, showKey: boolean, onOpenPlan: (id: string) => void) => html`<section class="campaign" data-key=${c.campaignKey}>
  ${showKey || c.name ? html`<h2>${c.name ?? c.campaignKey}</h2>` : nothing}
  <div class="muted">${STATE_LABEL[c.readiness.state]} · score ${c.readiness.score}/100</div>
  ${c.readiness.findings.length ? html`<ul class="checks">${c.readiness.findings.map(finding)}</ul>` : html`<p class="muted">Every check passes.</p>`}
  ${c.plan ? plan(c.plan, onOpenPlan) : nothing}
</section>`;

/**
 * The panel: a toggle with the verdict, and the checks when expanded. Page text is bound as text
 * only. The checks are a tab stop of their own, so a list taller than the panel scrolls from the keyboard.
 */
export function panelTemplate({ verdict, expanded, onToggle, onKeydown, onOpenPlan }: PanelProps): TemplateResult {
  const state = overallState(verdict);
  const score = lowestScore(verdict);
  const failing = failingCount(verdict);
  return html`${overlayStyles}
    <div class="panel" role="region" aria-label="Preflight readiness" @keydown=${onKeydown}>
      <button type="button" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="preflight-body" @click=${onToggle}>
        <span class="title">Preflight · ${verdict.platformTitle}</span>
        ${verdict.error
          ? html`<span class="state at-risk">Unread</span>`
          : html`<span class="state ${state}">${STATE_LABEL[state]}</span>
              <span class="summary">${score === undefined ? '' : `${score}/100 · `}${failing} failing</span>`}
      </button>
      <div class="body" id="preflight-body" role="group" aria-label="Checks" tabindex="0" ?hidden=${!expanded}>
        ${verdict.error
          ? html`<p class="error" role="status">Preflight could not read this page.</p>`
          : verdict.campaigns.length
            ? verdict.campaigns.map((c) => campaign(c, verdict.campaigns.length > 1, onOpenPlan))
            : html`<p class="muted">No campaign details found on this page.</p>`}
      </div>
    </div>`;
}
