import type { Escalation } from '../escalations/escalations.js';
import type { Metrics } from '../metrics/compute.js';
import { metricFigures, percent } from '../metrics/figures.js';
import type { Plan } from '../plan/schema.js';
import type { ActionStatus, PortfolioPattern } from '../portfolio/index.js';
import type { CorrectiveAction } from '../readiness/thresholds.js';
import type { Finding, Readiness } from '../readiness/types.js';

const SECTIONS = [
  { severity: 'blocker', title: 'Blocking' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
] as const;

const STATE_WORDS = { ready: 'READY', 'at-risk': 'AT RISK', blocked: 'BLOCKED' } as const;

function finding(f: Finding): string {
  const who = f.owner ? `owner: ${f.owner}` : 'owner: nobody named';
  return `  - [${f.ruleId}] ${f.target.kind} ${f.target.id}: ${f.message}\n      ${who}; fix: ${f.fix}`;
}

/** A heading, then state and score, then findings grouped by severity. */
function readinessBlock(heading: string, readiness: Readiness): string[] {
  const lines = [heading, `${STATE_WORDS[readiness.state]} · score ${readiness.score}/100`];
  for (const { severity, title } of SECTIONS) {
    const group = readiness.findings.filter((f) => f.severity === severity);
    if (group.length) lines.push(`${title} (${group.length})`, ...group.map(finding));
  }
  if (!readiness.findings.length) lines.push('No findings.');
  return lines;
}

/** Readiness of anything judged (a platform campaign) under a heading. */
export const readinessLines = (heading: string, readiness: Readiness): string => `${readinessBlock(heading, readiness).join('\n')}\n`;

/** A plan's readiness for people: state and score, findings grouped by severity, then its corrective actions. */
export function readinessText(file: string, plan: Plan, readiness: Readiness, actions: ActionStatus[] = [], unrecorded: CorrectiveAction[] = []): string {
  const lines = readinessBlock(`${file}: ${plan.campaign.name} (${plan.id})`, readiness);
  if (actions.length || unrecorded.length) {
    lines.push(`Corrective actions (${actions.length})`);
    for (const a of actions) lines.push(`  - [${a.status}] ${a.id}: ${a.action}; owner ${a.owner}, due ${a.due}${a.overdue ? ' (overdue)' : ''}${a.source ? `; for ${a.source}` : ''}`);
    for (const a of unrecorded) lines.push(`  - [to record] ${a.id}: ${a.message} Suggested owner: ${a.owner ?? 'nobody named'}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** What recurs across the plans checked together. */
export function portfolioText(planCount: number, patterns: PortfolioPattern[], fileOf: ReadonlyMap<string, string>): string {
  const lines = [`Across ${planCount} plans: ${patterns.length} recurring pattern${patterns.length === 1 ? '' : 's'}`];
  for (const p of patterns) lines.push(`  - [${p.kind}] ${p.message} In: ${p.plans.map((id) => fileOf.get(id) ?? id).join(', ')}`, `      fix: ${p.fix}`);
  return `${lines.join('\n')}\n`;
}

export function escalationsText(file: string, list: Escalation[], actions: CorrectiveAction[]): string {
  const lines = [`${file}: ${list.length} escalation${list.length === 1 ? '' : 's'}, ${actions.length} corrective action${actions.length === 1 ? '' : 's'}`];
  for (const e of list) {
    lines.push(`  - ${e.subject.kind} ${e.subject.id}: level ${e.level}, reach ${e.who} (${e.whoRole}) since ${e.since}`, `      ${e.reason}${e.nextLevelAt ? ` Next level at ${e.nextLevelAt}.` : ''}`);
  }
  for (const a of actions) lines.push(`  - action [${a.id}] ${a.message} (${a.value} vs limit ${a.limit}); owner: ${a.owner ?? 'nobody named'}`);
  return `${lines.join('\n')}\n`;
}

/** The metrics for people: each headline figure with what it is over, then the trend by sprint and by plan. */
export function metricsText(m: Metrics, now: string): string {
  const figures = metricFigures(m).map((f) => `  ${f.title}: ${f.number === null ? f.basis : `${f.value}${f.p90 ? ` (p90 ${f.p90})` : ''} — ${f.basis}`}`);
  const orNone = (n: number | null, unit: string) => (n === null ? '—' : `${n}${unit}`);
  const sprints = m.sprints.map(
    (s) => `  - sprint ${s.sprint} (${s.start}): blockers ${s.raised} raised, ${s.resolved} resolved, ${s.unresolved} open; reviews ${s.approvalsDecided} decided, median ${orNone(s.approvalCycleHours, ' h')}; milestones ${s.milestonesOnTime} of ${s.milestonesDue} on time`,
  );
  const plans = m.perPlan.map(
    (p) => `  - ${p.campaign} (${p.planId}), launch ${p.launch ?? 'not set'}: brief to launch ${orNone(p.briefToLaunchDays, ' days')}, reviews ${orNone(p.approvalCycleHours, ' h')}, milestones on time ${percent(p.milestonesOnTime)}, ${p.blockersRaised} blocker${p.blockersRaised === 1 ? '' : 's'} (resolved in ${orNone(p.blockerResolutionDays, ' days')}), rework ${percent(p.rework)}, execution ${percent(p.execution)}`,
  );
  return `${[
    `Metrics over ${m.plans} plan${m.plans === 1 ? '' : 's'}, as of ${now}`,
    ...figures,
    `By sprint (${m.sprints.length})`,
    ...(sprints.length ? sprints : ['  nothing yet']),
    `By plan, earliest launch first (${m.perPlan.length})`,
    ...plans,
  ].join('\n')}\n`;
}
