import type { Agenda, AgendaEntry } from '../cadence/agenda.js';
import type { Escalation } from '../escalations/escalations.js';
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

function entry(e: AgendaEntry, many: boolean): string {
  const where = many ? `[${e.campaign}] ` : '';
  const owner = e.owner ? ` (${e.owner})` : '';
  const note = e.note ? ` — ${e.note}` : '';
  return `  - ${e.date} ${where}${e.kind} ${e.title}${owner}${note}`;
}

export function agendaText(a: Agenda, planCount: number): string {
  const many = planCount > 1;
  const section = (title: string, entries: AgendaEntry[]) => [`${title} (${entries.length})`, ...(entries.length ? entries.map((e) => entry(e, many)) : ['  nothing'])];
  const blocked = a.blocked.map((b) => {
    const where = many ? `[${b.campaign}] ` : '';
    const flags = [b.missingOwner ? 'NO OWNER' : `owner ${b.owner}`, b.missingDue ? 'NO DUE DATE' : `due ${b.due}${b.overdue ? ' (overdue)' : ''}`];
    return `  - ${where}${b.severity} ${b.title}: ${flags.join(', ')}`;
  });
  const kind = a.meeting.kind;
  const forTheDay = [
    ...(kind === 'planning'
      ? [...section('New requests', a.requests), `Capacity this week (${a.capacity.length})`, ...(a.capacity.length ? a.capacity.map((c) => `  - ${c.role}: ${c.steps} step${c.steps === 1 ? '' : 's'}, ${c.items} item${c.items === 1 ? '' : 's'}`) : ['  nothing'])]
      : []),
    ...(kind === 'blocker-check' ? section('Breached approvals', a.approvals) : []),
    ...(kind === 'approvals-review' ? section('Approvals waiting', a.approvals) : []),
    ...(kind === 'review'
      ? [...section('Learnings', a.learnings), `Recognition (${a.recognition.length})`, ...(a.recognition.length ? a.recognition.map((r) => `  - ${r.who}: ${r.done} done`) : ['  nothing'])]
      : []),
  ];
  return `${[
    `${a.meeting.title}, ${a.date} (sprint ${a.sprint})`,
    a.meeting.purpose,
    `Covers ${a.from === a.date ? a.date : `${a.from} to ${a.date}`}; next meeting ${a.until}.`,
    '',
    ...section('Done', a.done),
    `Blocked (${a.blocked.length})`,
    ...(blocked.length ? blocked : ['  nothing']),
    ...section('Changed', a.changed),
    ...section('Next', a.next),
    ...forTheDay,
  ].join('\n')}\n`;
}

export function escalationsText(file: string, list: Escalation[], actions: CorrectiveAction[]): string {
  const lines = [`${file}: ${list.length} escalation${list.length === 1 ? '' : 's'}, ${actions.length} corrective action${actions.length === 1 ? '' : 's'}`];
  for (const e of list) {
    lines.push(`  - ${e.subject.kind} ${e.subject.id}: level ${e.level}, reach ${e.who} (${e.whoRole}) since ${e.since}`, `      ${e.reason}${e.nextLevelAt ? ` Next level at ${e.nextLevelAt}.` : ''}`);
  }
  for (const a of actions) lines.push(`  - action [${a.id}] ${a.message} (${a.value} vs limit ${a.limit}); owner: ${a.owner ?? 'nobody named'}`);
  return `${lines.join('\n')}\n`;
}
