import type { RulesConfig } from '../config/schema.js';
import type { Approval, Plan } from '../plan/schema.js';
import { addSlaHours } from '../time/business-hours.js';
import { toMs } from '../time/instant.js';

/** The review's SLA: its own, else its step's, else the configured one for its kind. */
export function approvalSlaHours(approval: Approval, plan: Plan, config: RulesConfig): number {
  const step = approval.stepId === undefined ? undefined : plan.steps.find((s) => s.id === approval.stepId);
  return approval.slaHours ?? step?.slaHours ?? config.approvals.slaHours[approval.kind];
}

/** When an undecided review breaches its SLA (business hours applied); undefined once decided. */
export function approvalBreachMs(approval: Approval, plan: Plan, config: RulesConfig): number | undefined {
  if (approval.decision !== undefined) return undefined;
  return addSlaHours(toMs(approval.requestedAt), approvalSlaHours(approval, plan, config), config.approvals.businessHours, config.timeZone);
}

export const isBreached = (approval: Approval, plan: Plan, nowMs: number, config: RulesConfig): boolean => {
  const breach = approvalBreachMs(approval, plan, config);
  return breach !== undefined && breach <= nowMs;
};

/** A later request for the same review on the same step supersedes a rejection. */
const reRequested = (approval: Approval, plan: Plan): boolean =>
  plan.approvals.some(
    (other) => other !== approval && other.kind === approval.kind && other.stepId === approval.stepId && toMs(other.requestedAt) > toMs(approval.requestedAt),
  );

/**
 * Approvals that hold the campaign up: undecided past their SLA, or rejected / sent back for
 * changes and not yet requested again.
 */
export function blockedApprovals(plan: Plan, nowMs: number, config: RulesConfig): Approval[] {
  return plan.approvals.filter((approval) =>
    approval.decision === undefined
      ? isBreached(approval, plan, nowMs, config)
      : approval.decision !== 'approved' && !reRequested(approval, plan),
  );
}
