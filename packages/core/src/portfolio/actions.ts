import type { RulesConfig } from '../config/schema.js';
import { fieldProblem } from '../plan/fields.js';
import type { CorrectiveActionRecord, Plan } from '../plan/schema.js';
import { correctiveActions } from '../readiness/thresholds.js';
import { defineRule, hit } from '../rules/rule.js';

/** A recorded corrective action with whether it is overdue at the time asked. */
export interface ActionStatus extends CorrectiveActionRecord {
  overdue: boolean;
}

/** The plan's recorded corrective actions, open first, then by due date; overdue once their due day has passed. */
export function actionsOf(plan: Plan, today: string): ActionStatus[] {
  return (plan.correctiveActions ?? [])
    .map((a) => ({ ...a, overdue: a.status === 'open' && a.due < today }))
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** Thresholds crossed at `now` that no recorded corrective action (open or done) names as its source. */
export function unrecordedActions(plan: Plan, now: string, config: RulesConfig) {
  const recorded = new Set((plan.correctiveActions ?? []).map((a) => a.source));
  return correctiveActions(plan, now, config).filter((a) => !recorded.has(a.id));
}

export const overdueAction = defineRule({
  id: 'action.overdue',
  title: 'Corrective actions are done by their due date',
  severity: 'warning',
  rationale: 'A corrective action that slips is how the same defect comes back in the next campaign.',
  check: ({ plan, today }) =>
    actionsOf(plan, today)
      .filter((a) => a.overdue)
      .map((a) => hit({ kind: 'action', id: a.id }, `Corrective action "${a.action}" was due ${a.due} and is still open.`, 'Do it and mark it done, or agree a new due date and record why.', a.owner)),
});

/** What a person recording a corrective action fills in. Empty strings are unanswered. */
export interface ActionInput {
  /** The role recording it: who is acting. */
  by: string;
  action: string;
  owner: string;
  due: string;
  /** The threshold or finding it corrects, when it answers one. */
  source: string;
}

const roleProblem = (plan: Plan, role: string): string | undefined =>
  plan.roles.includes(role) ? undefined : `"${role}" is not one of the plan's roles`;

/**
 * Why a corrective action cannot be recorded, by field; empty when it can. Someone records it, it says
 * what changes, one of the plan's roles owns it, and it has a due date.
 */
export function actionProblems(plan: Plan, input: ActionInput): Partial<Record<keyof ActionInput, string>> {
  const problems: Partial<Record<keyof ActionInput, string>> = {};
  if (!input.by) problems.by = 'choose who you are';
  const action = input.action ? fieldProblem('action', 'action', input.action) : 'say what the team will change';
  if (action) problems.action = action;
  const owner = input.owner ? roleProblem(plan, input.owner) : 'name who will get it done';
  if (owner) problems.owner = owner;
  const due = input.due ? fieldProblem('action', 'due', input.due) : 'set the date it is due';
  if (due) problems.due = due;
  const source = input.source ? fieldProblem('action', 'source', input.source) : undefined;
  if (source) problems.source = source;
  return problems;
}

/** What a person moving an action's due date fills in: the new date and why. */
export interface RescheduleInput {
  by: string;
  due: string;
  reason: string;
}

/**
 * Why an action's due date cannot be moved, by field; empty when it can. A slipped action is agreed
 * again, not quietly re-dated: the new date differs from the old one and the reason is recorded.
 */
export function rescheduleProblems(action: CorrectiveActionRecord, input: RescheduleInput): Partial<Record<keyof RescheduleInput, string>> {
  const problems: Partial<Record<keyof RescheduleInput, string>> = {};
  if (!input.by) problems.by = 'choose who you are';
  const due = !input.due ? 'set the new date it is due' : (fieldProblem('action', 'due', input.due) ?? (input.due === action.due ? 'is the date it is already due; choose another' : undefined));
  if (due) problems.due = due;
  const reason = input.reason ? fieldProblem('log', 'summary', rescheduleSummary(action, input.due || action.due, input.reason)) : 'say why the date moves';
  if (reason) problems.reason = input.reason ? `${reason} with the log's words` : reason;
  return problems;
}

/** The log line that records an action. */
export const recordSummary = (action: CorrectiveActionRecord): string => `Recorded the corrective action "${action.action}", owned by ${action.owner}, due ${action.due}.`;

/** The log line that records an action done, or open again. */
export const statusSummary = (action: CorrectiveActionRecord, status: CorrectiveActionRecord['status']): string =>
  status === 'done' ? `Done: the corrective action "${action.action}".` : `Reopened the corrective action "${action.action}".`;

/** The log line that records a moved due date, with why. */
export const rescheduleSummary = (action: CorrectiveActionRecord, due: string, reason: string): string =>
  `Moved the corrective action "${action.action}" from ${action.due} to ${due}: ${reason}`;

export const ACTION_RULES = [overdueAction];
