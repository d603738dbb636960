import type { Blocker, Plan, Step } from '../plan/schema.js';
import { toMs } from '../time/instant.js';
import { dayEndMs, type TeamZone } from '../time/team-day.js';

/**
 * A blocker's SLA clock is its due date: it breaches when that day ends on the team's clock
 * (`zone`, UTC when unset), so a blocker due today is not late until the day is over there.
 */
export function blockerBreachMs(blocker: Blocker, zone: TeamZone): number | undefined {
  if (blocker.status !== 'open') return undefined;
  return blocker.due === undefined ? undefined : dayEndMs(toMs(blocker.due), zone);
}

export const isOverdue = (blocker: Blocker, nowMs: number, zone: TeamZone): boolean => {
  const breach = blockerBreachMs(blocker, zone);
  return breach !== undefined && breach <= nowMs;
};

/** The workflow step a blocker holds up, directly or through the approval it blocks. */
export function blockedStep(blocker: Blocker, plan: Plan): Step | undefined {
  const ref = blocker.blocks;
  if (!ref) return undefined;
  const stepId = ref.kind === 'step' ? ref.id : ref.kind === 'approval' ? plan.approvals.find((a) => a.id === ref.id)?.stepId : undefined;
  return stepId === undefined ? undefined : plan.steps.find((s) => s.id === stepId);
}
