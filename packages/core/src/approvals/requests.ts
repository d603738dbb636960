import type { Plan } from '../plan/schema.js';
import { REVIEW_KINDS } from '../plan/vocabulary.js';
import { fieldProblem } from '../plan/fields.js';

/** What a person requesting a review fills in. Empty strings are unanswered. */
export interface RequestInput {
  /** The role asking: who is acting. */
  by: string;
  kind: string;
  stepId: string;
  requestedFrom: string;
}

/**
 * Why a review cannot be requested, by field; empty when it can. Someone asks; a review on no step
 * names whom it is asked of (that role decides it); the same review of the same step is not waiting twice.
 */
export function requestProblems(plan: Plan, input: RequestInput): Partial<Record<keyof RequestInput, string>> {
  const problems: Partial<Record<keyof RequestInput, string>> = {};
  if (!input.by) problems.by = 'choose who you are';
  if (!(REVIEW_KINDS as readonly string[]).includes(input.kind)) problems.kind = `must be one of ${REVIEW_KINDS.join(', ')}`;
  else if (plan.approvals.some((a) => a.decision === undefined && a.kind === input.kind && (a.stepId ?? '') === input.stepId)) {
    problems.kind = `a ${input.kind} review of this step is already waiting for a decision`;
  }
  if (input.stepId && !plan.steps.some((s) => s.id === input.stepId)) problems.stepId = `no step has id "${input.stepId}"`;
  if (input.requestedFrom) {
    const bad = fieldProblem('approval', 'requestedFrom', input.requestedFrom);
    if (bad) problems.requestedFrom = bad;
  } else if (!input.stepId) problems.requestedFrom = 'name who reviews it: a review on no step is decided by the role it is asked of';
  return problems;
}
