import type { RulesConfig } from '../config/schema.js';
import type { Plan } from '../plan/schema.js';
import type { Readiness, ReadinessState } from '../readiness/types.js';
import { approvalBreachMs, approvalSlaHours } from '../approvals/sla.js';
import { blockerBreachMs } from '../blockers/due.js';
import { gateDueDate, isOpenGate } from '../checklist/gates.js';
import { addSlaHours } from '../time/business-hours.js';
import { escalations } from '../escalations/escalations.js';
import { worstState } from '../readiness/score.js';
import { localDate, teamTime } from '../time/team-day.js';
import { soleAccountable } from '../rules/context.js';
import { DAY_MS, isoInstant, toMs } from '../time/instant.js';
import { roleLabel } from '../raci/people.js';

export type NoticeRule = 'approval.sla-warning' | 'escalation' | 'blocker.overdue' | 'gate.due-tomorrow' | 'verdict.worse';

/**
 * One thing a person should hear about. `plan`, `rule`, `target` and `level` together name it: the
 * same notice computed again (by a later pass, or another server) has the same four, so it is sent
 * once. A target carries the date it is about, so a moved due date is news again.
 */
export interface Notice {
  plan: string;
  rule: NoticeRule;
  target: string;
  /** The escalation ladder level; 0 for everything that has no ladder. */
  level: number;
  /** The role or person to reach, as the plan names them. */
  to: string;
  /** One sentence that says what and by when. */
  summary: string;
  /** When it became news. */
  since: string;
}

/** Reviewers hear about an undecided review when this share of its SLA has passed. */
export const SLA_WARNING_SHARE = 0.75;

/**
 * What a plan has to tell people at `now`: reviews about to breach their SLA, the escalation in
 * force for each breached review and overdue blocker (the Accountable at the breach, then each
 * ladder level), overdue blockers to their owner, and launch gates due tomorrow on the team's clock.
 */
export function planNotices(plan: Plan, now: string, config: RulesConfig): Notice[] {
  const nowMs = toMs(now);
  const zone = config.timeZone;
  const notices: Notice[] = [];
  const add = (notice: Omit<Notice, 'plan'>) => notices.push({ plan: plan.id, ...notice });

  for (const approval of plan.approvals) {
    const breach = approvalBreachMs(approval, plan, config);
    if (breach === undefined || breach <= nowMs) continue;
    const sla = approvalSlaHours(approval, plan, config);
    const warnAt = addSlaHours(toMs(approval.requestedAt), sla * SLA_WARNING_SHARE, config.approvals.businessHours, zone);
    const step = approval.stepId === undefined ? undefined : plan.steps.find((s) => s.id === approval.stepId);
    const to = soleAccountable(step) ?? approval.requestedFrom ?? plan.campaign.owner;
    if (warnAt > nowMs || !to) continue;
    add({
      rule: 'approval.sla-warning',
      target: `approval:${approval.id}`,
      level: 0,
      to,
      summary: `The ${approval.kind} review is still undecided and breaches its ${sla} h SLA at ${teamTime(breach, zone)}; ${roleLabel(plan, to)} decides it.`,
      since: isoInstant(warnAt),
    });
  }

  const blockers = new Map(plan.blockers.map((b) => [b.id, b]));
  for (const escalation of escalations(plan, now, config)) {
    const blocker = escalation.subject.kind === 'blocker' ? blockers.get(escalation.subject.id) : undefined;
    // The owner of an overdue blocker hears about it below; the ladder adds whoever else is reached.
    if (blocker && escalation.level === 0 && escalation.who === blocker.owner) continue;
    add({
      rule: 'escalation',
      target: blocker ? `blocker:${blocker.id}@${blocker.due}` : `approval:${escalation.subject.id}`,
      level: escalation.level,
      to: escalation.who,
      summary: escalation.reason,
      since: escalation.since,
    });
  }

  for (const blocker of plan.blockers) {
    const breach = blockerBreachMs(blocker, zone);
    if (breach === undefined || breach > nowMs || !blocker.owner) continue;
    add({
      rule: 'blocker.overdue',
      target: `blocker:${blocker.id}@${blocker.due}`,
      level: 0,
      to: blocker.owner,
      summary: `Blocker "${blocker.title}" was due ${blocker.due} and is still open; ${roleLabel(plan, blocker.owner)} owns it.`,
      since: isoInstant(breach),
    });
  }

  const tomorrow = localDate(toMs(localDate(nowMs, zone)) + DAY_MS, undefined);
  for (const item of plan.checklist) {
    const due = gateDueDate(item, plan);
    const to = item.owner ?? plan.campaign.owner;
    if (!isOpenGate(item) || due !== tomorrow || !to) continue;
    add({ rule: 'gate.due-tomorrow', target: `item:${item.id}@${due}`, level: 0, to, summary: `Gate "${item.label}" is due tomorrow (${due}) and is not done; ${roleLabel(plan, to)} owns it.`, since: now });
  }
  return notices;
}

const STATE_WORDS: Record<ReadinessState, string> = { ready: 'ready', 'at-risk': 'at risk', blocked: 'blocked' };

/**
 * The notice for a plan whose verdict got worse (ready → at risk → blocked) since `previous`, to the
 * campaign owner; undefined when it stayed or got better. `change` numbers the plan's changes of
 * verdict, so each worsening is its own notice.
 */
export function verdictNotice(plan: Plan, previous: ReadinessState, readiness: Readiness, change: number, now: string): Notice | undefined {
  if (readiness.state === previous || worstState([readiness.state], previous) !== readiness.state) return undefined;
  const first = readiness.findings.find((f) => f.severity === 'blocker') ?? readiness.findings[0];
  const to = plan.campaign.owner ?? 'Leadership';
  return {
    plan: plan.id,
    rule: 'verdict.worse',
    target: `campaign:${plan.id}#${change}`,
    level: 0,
    to,
    summary: `${plan.campaign.name} went from ${STATE_WORDS[previous]} to ${STATE_WORDS[readiness.state]} (score ${readiness.score})${first ? `: ${first.message}` : '.'}`,
    since: now,
  };
}
