import type { RulesConfig } from '../config/schema.js';
import type { Approval, Plan } from '../plan/schema.js';
import { approvalBreachMs } from '../approvals/sla.js';
import { isoInstant, toMs } from '../time/instant.js';
import { levelStartMs, whoAt, type LadderRole } from './escalations.js';

/** One level of a review's escalation ladder: who it reaches, from when, and where it stands at `now`. */
export interface LadderRung {
  /** 0 is the notification at the breach; each level after is one step up. */
  level: number;
  who: string;
  whoRole: LadderRole;
  /** When this level begins. */
  at: string;
  /** `reached`: passed, a later level is in force; `now`: in force; `next`: the one to come; `later`: after that. */
  status: 'reached' | 'now' | 'next' | 'later';
}

/**
 * The whole escalation ladder of an undecided review at `now`: every level the team's ladder has, whom
 * each reaches (as `escalations` resolves them) and when it begins. Before the breach the first level is
 * next; a decided review has no ladder.
 */
export function reviewLadder(approval: Approval, plan: Plan, now: string, config: RulesConfig): LadderRung[] {
  const breach = approvalBreachMs(approval, plan, config);
  if (breach === undefined) return [];
  const nowMs = toMs(now);
  const { ladder } = config.approvals;
  const step = approval.stepId === undefined ? undefined : plan.steps.find((s) => s.id === approval.stepId);
  const starts = ladder.map((_, level) => levelStartMs(breach, level, config));
  const current = starts.findLastIndex((at) => at <= nowMs);
  return starts.map((at, level) => ({
    level,
    ...whoAt(level, ladder, plan, step, approval.requestedFrom),
    at: isoInstant(at),
    status: level < current ? 'reached' : level === current ? 'now' : level === current + 1 ? 'next' : 'later',
  }));
}
