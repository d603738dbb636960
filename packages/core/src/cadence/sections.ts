/** The parts of an agenda that belong to one meeting of the week: requests and capacity, approvals, learnings and recognition. */
import type { RulesConfig } from '../config/schema.js';
import { approvalBreachMs, approvalSlaHours } from '../approvals/sla.js';
import { addDays } from '../time/days.js';
import { REVIEW_STEP_ID } from '../lifecycle/definitions.js';
import { missingBriefAnswers } from '../brief/questions.js';
import { localDateOf } from '../time/team-day.js';
import type { Plan } from '../plan/schema.js';
import type { AgendaEntry } from './agenda.js';

/** Open work one role carries in the week ahead (and overdue): steps it is Responsible for, items it owns. */
export interface CapacityEntry {
  role: string;
  steps: number;
  items: number;
}

/** How much one person or role got done since the last meeting. */
export interface RecognitionEntry {
  who: string;
  done: number;
}

const base = (plan: Plan) => ({ planId: plan.id, campaign: plan.campaign.name });

/** New requests: campaigns still in draft, asked for but not yet committed to. */
export function requests(plans: readonly Plan[], day: string): AgendaEntry[] {
  return plans
    .filter((plan) => plan.campaign.state === 'draft')
    .map((plan) => {
      const missing = missingBriefAnswers(plan.brief).length;
      return {
        ...base(plan), kind: 'campaign' as const, id: plan.id, title: plan.campaign.name, ...(plan.campaign.owner ? { owner: plan.campaign.owner } : {}),
        date: plan.campaign.launchDate ?? day, note: missing ? `brief: ${missing} question${missing === 1 ? '' : 's'} open` : 'brief complete',
      };
    });
}

/** Each role's open work due within the week from `day` (overdue work included), busiest first. */
export function capacity(plans: readonly Plan[], day: string): CapacityEntry[] {
  const weekEnd = addDays(day, 6);
  const load = new Map<string, CapacityEntry>();
  const entry = (role: string) => load.get(role) ?? load.set(role, { role, steps: 0, items: 0 }).get(role)!;
  for (const plan of plans) {
    for (const step of plan.steps) if (!step.doneAt && step.due && step.due <= weekEnd) for (const role of step.raci.responsible) entry(role).steps++;
    for (const item of plan.checklist) if (!item.doneAt && item.due && item.due <= weekEnd && item.owner) entry(item.owner).items++;
  }
  return [...load.values()].sort((a, b) => b.steps + b.items - (a.steps + a.items) || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
}

/** Undecided reviews as of `atMs`, oldest request first; `breachedOnly` keeps those past their SLA. */
export function waitingApprovals(plans: readonly Plan[], atMs: number, config: RulesConfig, breachedOnly: boolean): AgendaEntry[] {
  const out: AgendaEntry[] = [];
  for (const plan of plans) {
    for (const approval of plan.approvals) {
      const breach = approvalBreachMs(approval, plan, config);
      if (breach === undefined || Date.parse(approval.requestedAt) > atMs) continue;
      const breached = breach <= atMs;
      if (breachedOnly && !breached) continue;
      const who = approval.requestedFrom ?? (approval.stepId ? plan.steps.find((s) => s.id === approval.stepId)?.raci.accountable[0] : undefined);
      out.push({
        ...base(plan), kind: 'approval', id: approval.id, title: `${approval.kind} review${approval.stepId ? ` (${approval.stepId})` : ''}`, ...(who ? { owner: who } : {}),
        date: localDateOf(approval.requestedAt, config.timeZone), note: breached ? `past its ${approvalSlaHours(approval, plan, config)} h SLA` : 'within its SLA',
      });
    }
  }
  return out;
}

/** What to learn from: post-launch review notes written since the last meeting, and milestones reached late. */
export function learnings(plans: readonly Plan[], changed: readonly AgendaEntry[], inWindow: (date: string) => boolean, config: RulesConfig): AgendaEntry[] {
  const notes = plans.flatMap((plan) =>
    (plan.log ?? [])
      .filter((e) => e.target?.kind === 'step' && e.target.id === REVIEW_STEP_ID && inWindow(localDateOf(e.at, config.timeZone)))
      .map((e): AgendaEntry => ({ ...base(plan), kind: 'log', id: `step:${REVIEW_STEP_ID}`, title: e.summary, ...(e.by ? { owner: e.by } : {}), date: localDateOf(e.at, config.timeZone), note: 'post-launch review' })),
  );
  return [...notes, ...changed.filter((e) => e.kind === 'milestone' && e.note?.includes('late'))];
}

/** Who got things done since the last meeting, most first. */
export function recognition(done: readonly AgendaEntry[]): RecognitionEntry[] {
  const counts = new Map<string, number>();
  for (const e of done) if (e.owner) counts.set(e.owner, (counts.get(e.owner) ?? 0) + 1);
  return [...counts].map(([who, n]) => ({ who, done: n })).sort((a, b) => b.done - a.done || (a.who < b.who ? -1 : a.who > b.who ? 1 : 0));
}
