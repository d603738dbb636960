import type { Approval, Plan, Step } from '../plan/schema.js';
import { DECISIONS, type Decision } from '../plan/vocabulary.js';
import { fieldProblem } from '../plan/fields.js';
import { hasValidBackup } from '../raci/checks.js';
import { soleAccountable } from '../rules/context.js';

/** The step that holds the launch approval when an approval names none. */
export const LAUNCH_STEP_ID = 'launch-approval';

/** The step a review is decided on: the one it names; a launch review that names none is the launch step's. */
export function decidingStep(approval: Approval, plan: Plan): Step | undefined {
  const id = approval.stepId ?? (approval.kind === 'launch' ? LAUNCH_STEP_ID : undefined);
  return id === undefined ? undefined : plan.steps.find((s) => s.id === id);
}

/** One person who may decide a review, and why they may. */
export interface Decider {
  role: string;
  as: 'accountable' | 'backup' | 'requested';
}

/**
 * Who may decide a review: its step's sole Accountable, and the step's named backup, who stands in
 * so reviews keep moving (a backup who is the Accountable is no backup). A review on no step is
 * decided by the role it was requested from. Nobody else, whoever is at the keyboard.
 */
export function approvalDeciders(approval: Approval, plan: Plan): Decider[] {
  const namesStep = approval.stepId !== undefined || approval.kind === 'launch';
  if (!namesStep) return approval.requestedFrom ? [{ role: approval.requestedFrom, as: 'requested' }] : [];
  const step = decidingStep(approval, plan);
  const accountable = soleAccountable(step);
  if (!step || accountable === undefined) return [];
  return hasValidBackup(step) && step.raci.backup ? [{ role: accountable, as: 'accountable' }, { role: step.raci.backup, as: 'backup' }] : [{ role: accountable, as: 'accountable' }];
}

export const mayDecide = (approval: Approval, plan: Plan, role: string): boolean => approvalDeciders(approval, plan).some((d) => d.role === role);

const AS_WORDS: Record<Decider['as'], string> = { accountable: 'the Accountable', backup: 'the backup', requested: 'asked for the review' };

/** The deciders in words: `Marketing director (the Accountable) or Demand gen lead (the backup)`. */
export function decidersText(deciders: readonly Decider[]): string {
  return deciders.map((d) => `${d.role} (${AS_WORDS[d.as]})`).join(' or ');
}

/** What a person deciding a review fills in. Empty strings are unanswered. */
export interface DecisionInput {
  /** The role deciding: who is acting, never the element's owner by default. */
  by: string;
  decision: string;
  note: string;
}

export const DECISION_TITLES: Readonly<Record<Decision, string>> = { approved: 'Approved', 'changes-requested': 'Changes requested', rejected: 'Rejected' };

const isDecision = (value: string): value is Decision => (DECISIONS as readonly string[]).includes(value);

/**
 * Why a decision cannot be recorded, by field; empty when it can. Only a decider may decide, a
 * review is decided once (a new request follows changes), and sending work back says what has to change.
 */
export function decisionProblems(approval: Approval, plan: Plan, input: DecisionInput): Partial<Record<keyof DecisionInput, string>> {
  const problems: Partial<Record<keyof DecisionInput, string>> = {};
  const deciders = approvalDeciders(approval, plan);
  if (!input.by) problems.by = 'choose who you are';
  else if (!deciders.some((d) => d.role === input.by)) {
    problems.by = deciders.length
      ? `${input.by} cannot decide this review; ${decidersText(deciders)} can`
      : `nobody can decide this review until its step has one Accountable`;
  }
  if (approval.decision !== undefined) problems.decision = `the review is already decided (${DECISION_TITLES[approval.decision].toLowerCase()}); request it again for a new decision`;
  else if (!input.decision) problems.decision = 'choose approve, request changes or reject';
  else if (!isDecision(input.decision)) problems.decision = `must be one of ${DECISIONS.join(', ')}`;
  if (!input.note && input.decision !== 'approved' && isDecision(input.decision)) problems.note = 'say what has to change';
  // The note is kept in the plan's log, inside the decision's line.
  const tooLong = input.note ? fieldProblem('log', 'summary', decisionSummary(approval, isDecision(input.decision) ? input.decision : 'changes-requested', input.note)) : undefined;
  if (tooLong) problems.note = `${tooLong} with the decision’s words`;
  return problems;
}

/** The log line that records a decision, with its note: what the review's history shows. */
export function decisionSummary(approval: Approval, decision: Decision, note: string): string {
  const head = `${DECISION_TITLES[decision]}: the ${approval.kind} review`;
  return note ? `${head}. ${note}` : `${head}.`;
}

/** The log line that records a request. */
export function requestSummary(approval: Approval, step: Step | undefined): string {
  return `Requested the ${approval.kind} review${step ? ` of "${step.name}"` : ''}${approval.requestedFrom ? ` from ${approval.requestedFrom}` : ''}.`;
}
