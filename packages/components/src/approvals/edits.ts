/**
 * Pure edits of a plan's reviews. Each returns a new plan that shares every untouched record, and
 * writes who did it into the plan's log (the approval record has no requested-by, and the log is
 * where a decision's note is kept). Checking the values is the core's job (`requestProblems`,
 * `decisionProblems`).
 */
import { decisionSummary, requestSummary, type Approval, type ChecklistItem, type Decision, type LogEntry, type Plan } from '@preflight/core';

const logged = (plan: Plan, entry: LogEntry): LogEntry[] => [...(plan.log ?? []), entry];

/** The gates a review backs: "Message and offer approved" rests on an approved review (the core's gate.message-approval). */
export const reviewGates = (plan: Plan): ChecklistItem[] => plan.checklist.filter((i) => i.gate && i.gateId === 'message-approved');

/** The gates that rest on this review. */
export const gatesBackedBy = (plan: Plan, approvalId: string): ChecklistItem[] => plan.checklist.filter((i) => i.approvalId === approvalId);

/** Adds a requested review, and the log line saying who asked; `itemId` names a gate that is to rest on it. */
export function requestReview(plan: Plan, approval: Approval, by: string, itemId?: string): Plan {
  const step = approval.stepId === undefined ? undefined : plan.steps.find((s) => s.id === approval.stepId);
  return {
    ...plan,
    approvals: [...plan.approvals, approval],
    ...(itemId === undefined ? {} : { checklist: plan.checklist.map((i) => (i.id === itemId ? { ...i, approvalId: approval.id } : i)) }),
    log: logged(plan, { at: approval.requestedAt, by, summary: requestSummary(approval, step), target: { kind: 'approval', id: approval.id } }),
  };
}

/** Records a decision on a review, and the log line with its note. */
export function decideReview(plan: Plan, id: string, decision: Decision, by: string, at: string, note: string): Plan {
  const approval = plan.approvals.find((a) => a.id === id);
  if (!approval) return plan;
  const decided: Approval = { ...approval, decision, decidedAt: at, decidedBy: by };
  return {
    ...plan,
    approvals: plan.approvals.map((a) => (a.id === id ? decided : a)),
    log: logged(plan, { at, by, summary: decisionSummary(approval, decision, note), target: { kind: 'approval', id } }),
  };
}

const histories = new WeakMap<readonly LogEntry[], Map<string, LogEntry[]>>();

/** The log lines about each review, oldest first, by review id: their histories, read once per log. */
export function reviewHistories(plan: Plan): Map<string, LogEntry[]> {
  const log = plan.log ?? [];
  let byReview = histories.get(log);
  if (!byReview) {
    byReview = new Map();
    for (const e of log) if (e.target?.kind === 'approval') (byReview.get(e.target.id) ?? byReview.set(e.target.id, []).get(e.target.id)!).push(e);
    histories.set(log, byReview);
  }
  return byReview;
}

/** The next free id of the form `apr-N`. */
export function newApprovalId(plan: Plan): string {
  const taken = new Set(plan.approvals.map((a) => a.id));
  let n = plan.approvals.length + 1;
  while (taken.has(`apr-${n}`)) n++;
  return `apr-${n}`;
}
