import type { RulesConfig } from '../config/schema.js';
import type { Plan, Step } from '../plan/schema.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { approvalBreachMs, approvalSlaHours } from '../approvals/sla.js';
import { blockedStep, blockerBreachMs } from '../blockers/due.js';
import { soleAccountable } from '../rules/context.js';
import { isoInstant, toMs } from '../time/instant.js';
import { invalidNowMessage } from '../time/iso-dates.js';
import { addSlaHours } from '../time/business-hours.js';

export type LadderRole = RulesConfig['approvals']['ladder'][number];

/** Who is reached about an overdue review or blocker, since when, and at which level of the ladder. */
export interface Escalation {
  subject: { kind: 'approval' | 'blocker'; id: string };
  /** 0 is the notification at the breach; each level after is one step up the ladder. */
  level: number;
  who: string;
  /** The ladder entry `who` was found at (a later one when this level's entry names nobody). */
  whoRole: LadderRole;
  reason: string;
  breachedAt: string;
  /** When this level began. */
  since: string;
  /** When the next level begins; absent at the top of the ladder. */
  nextLevelAt?: string;
}

const LEADERSHIP = 'Leadership';

function resolve(entry: LadderRole, plan: Plan, step: Step | undefined, fallbackAccountable: string | undefined): string | undefined {
  switch (entry) {
    case 'accountable':
      return soleAccountable(step) ?? fallbackAccountable;
    case 'backup':
      return step?.raci.backup;
    case 'campaign-owner':
      return plan.campaign.owner;
    case 'leadership':
      return plan.roles.find((r) => r.toLowerCase() === 'leadership') ?? LEADERSHIP;
  }
}

/** Level `level` goes to its ladder entry, or the first entry above it that names someone. */
export function whoAt(level: number, ladder: readonly LadderRole[], plan: Plan, step: Step | undefined, fallbackAccountable: string | undefined) {
  for (const entry of ladder.slice(level)) {
    const who = resolve(entry, plan, step, fallbackAccountable);
    if (who?.trim()) return { who, whoRole: entry };
  }
  for (const entry of ['campaign-owner', 'leadership'] as const) {
    const who = resolve(entry, plan, step, fallbackAccountable);
    if (who?.trim()) return { who, whoRole: entry };
  }
  return { who: LEADERSHIP, whoRole: 'leadership' as const };
}

/** When ladder level `level` begins: the breach, then one level per `escalateAfterHours` of SLA time. */
export function levelStartMs(breachMs: number, level: number, config: RulesConfig): number {
  const { escalateAfterHours, businessHours } = config.approvals;
  return level === 0 ? breachMs : addSlaHours(breachMs, level * escalateAfterHours, businessHours, config.timeZone);
}

/** Climbs the ladder from the breach to the level in force at `nowMs`. */
function climb(breachMs: number, nowMs: number, config: RulesConfig) {
  const { ladder } = config.approvals;
  let level = 0;
  let since = breachMs;
  let next: number | undefined;
  for (let k = 1; k < ladder.length; k++) {
    const at = levelStartMs(breachMs, k, config);
    if (at > nowMs) {
      next = at;
      break;
    }
    level = k;
    since = at;
  }
  return { level, since, next };
}

/**
 * Every escalation in force at `now`. Approvals breach when their SLA runs out (business hours
 * applied when configured). Blockers breach when their due day ends on the team's clock (`config.timeZone`, else UTC): a due date is a
 * calendar promise, so that moment is not shifted into business hours; the levels after it are.
 * Escalating only reaches people: a gate never approves itself.
 */
export function escalations(plan: Plan, now: string, config: RulesConfig = DEFAULT_CONFIG): Escalation[] {
  const nowMs = toMs(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`now: ${invalidNowMessage(now)}`);
  const ladder = config.approvals.ladder;
  const out: Escalation[] = [];
  const push = (subject: Escalation['subject'], breachMs: number, step: Step | undefined, fallbackAccountable: string | undefined, why: string) => {
    const { level, since, next } = climb(breachMs, nowMs, config);
    const { who, whoRole } = whoAt(level, ladder, plan, step, fallbackAccountable);
    const reason = level === 0 ? `${why}; ${who} is notified.` : `${why}; escalated to level ${level} (${whoRole}).`;
    out.push({ subject, level, who, whoRole, reason, breachedAt: isoInstant(breachMs), since: isoInstant(since), ...(next === undefined ? {} : { nextLevelAt: isoInstant(next) }) });
  };

  for (const approval of plan.approvals) {
    const breach = approvalBreachMs(approval, plan, config);
    if (breach === undefined || breach > nowMs) continue;
    const step = approval.stepId === undefined ? undefined : plan.steps.find((s) => s.id === approval.stepId);
    push({ kind: 'approval', id: approval.id }, breach, step, approval.requestedFrom, `The ${approval.kind} review is undecided past its ${approvalSlaHours(approval, plan, config)} h SLA`);
  }
  for (const blocker of plan.blockers) {
    const breach = blockerBreachMs(blocker, config.timeZone);
    if (breach === undefined || breach > nowMs) continue;
    push({ kind: 'blocker', id: blocker.id }, breach, blockedStep(blocker, plan), blocker.owner, `Blocker "${blocker.title}" was due ${blocker.due} and is still open`);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.breachedAt, b.breachedAt) || cmp(a.subject.kind, b.subject.kind) || cmp(a.subject.id, b.subject.id));
}
