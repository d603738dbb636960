import type { RulesConfig } from '../config/schema.js';
import type { Blocker, Plan } from '../plan/schema.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { escalations } from '../escalations/escalations.js';
import { DAY_MS, toMs } from '../time/instant.js';
import { isOverdue } from './due.js';

export interface BlockerStatus {
  overdue: boolean;
  /** Whole days from raised-at to resolved-at, or to `now` while open. */
  daysBlocked: number;
  escalationLevel: number | null;
  escalateTo?: string;
}

/** Whole days a blocker has held things up: from raised-at to resolved-at, or to `now` while open. */
export function daysBlocked(blocker: Blocker, now: string): number {
  const end = toMs(blocker.resolvedAt ?? now);
  return Math.max(0, Math.floor((end - toMs(blocker.raisedAt)) / DAY_MS));
}

/** One blocker log row's status, so widgets show what the rules decide. */
export function blockerStatus(blocker: Blocker, plan: Plan, now: string, config: RulesConfig = DEFAULT_CONFIG): BlockerStatus {
  const nowMs = toMs(now);
  const days = daysBlocked(blocker, now);
  const overdue = isOverdue(blocker, nowMs, config.timeZone);
  const escalation = overdue
    ? escalations({ ...plan, approvals: [], blockers: [blocker] }, now, config)[0]
    : undefined;
  return escalation
    ? { overdue: true, daysBlocked: days, escalationLevel: escalation.level, escalateTo: escalation.who }
    : { overdue, daysBlocked: days, escalationLevel: null };
}
