import { html, nothing, render } from 'lit-html';
import { checklistProgress, GATE_TITLES, roleLabel, type Plan } from '@preflight/core';
import { readPlans } from '../storage/read.js';
import { sendMessage } from '../messaging/protocol.js';
import { pageStyles } from '../ui/page-styles.js';
import { summarisePlan } from '../verdict/verdict.js';

/** An extension page showing one saved plan (`plan.html#<plan id>`), opened from the panel. */
export async function startPlanPage(root: HTMLElement): Promise<void> {
  const draw = async () => {
    const id = decodeURIComponent(location.hash.slice(1));
    // An imported plan, else the last copy of a linked team plan the background holds.
    const plan = (await readPlans())[id] ?? (await sendMessage('team-plan', { planId: id }).catch(() => null)) ?? undefined;
    document.title = plan ? `${plan.campaign.name} · Preflight` : 'Preflight plan';
    render(plan ? view(plan) : html`${pageStyles}<h1>Plan not found</h1><p class="muted">No saved plan has the id ${id}.</p>`, root);
  };
  window.addEventListener('hashchange', () => void draw());
  await draw();
}

function view(plan: Plan) {
  const summary = summarisePlan(plan);
  const { openGates } = checklistProgress(plan);
  return html`${pageStyles}
    <h1>${plan.campaign.name}</h1>
    <p class="muted">${plan.campaign.type} · ${plan.campaign.state}${plan.campaign.owner ? html` · owner ${roleLabel(plan, plan.campaign.owner)}` : nothing}${plan.campaign.launchDate ? ` · launch ${plan.campaign.launchDate}` : ''}</p>
    <h2>Open gates</h2>
    ${openGates.length ? html`<ul>${openGates.map((i) => html`<li>${i.label}${i.gateId ? html` <span class="muted">(${GATE_TITLES[i.gateId]})</span>` : nothing}${i.owner ? ` · ${roleLabel(plan, i.owner)}` : ''}${i.due ? ` · due ${i.due}` : ''}</li>`)}</ul>` : html`<p class="muted">None.</p>`}
    <h2>Open blockers</h2>
    ${summary.openBlockers.length ? html`<ul>${summary.openBlockers.map((b) => html`<li><span class="severity">${b.severity}</span> ${b.title}${b.owner ? ` · ${b.owner}` : ''}${b.due ? ` · due ${b.due}` : ''}</li>`)}</ul>` : html`<p class="muted">None.</p>`}
    <h2>Checklist</h2>
    <ul>${plan.checklist.map((i) => html`<li>${i.doneAt ? '✓' : '○'} ${i.label}${i.gate ? html` <strong>gate</strong>` : nothing}</li>`)}</ul>
    <h2>Milestones</h2>
    <ul>${plan.milestones.map((m) => html`<li>${m.name}: planned ${m.planned}${m.actual ? `, actual ${m.actual}` : ''}</li>`)}</ul>`;
}
