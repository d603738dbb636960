/**
 * Pure edits of a plan's corrective actions and the figures they are measured by. Each returns a new
 * plan that shares every untouched record and writes who did it into the plan's log, which is each
 * action's history. Checking the values is the core's job (`actionProblems`, `rescheduleProblems`,
 * `fieldProblem`).
 */
import { recordSummary, rescheduleSummary, statusSummary, type CorrectiveActionRecord, type LogEntry, type Plan } from '@preflight/core';

const logged = (plan: Plan, at: string, by: string, summary: string, id: string): LogEntry[] => [...(plan.log ?? []), { at, by, summary, target: { kind: 'action', id } }];

const withAction = (plan: Plan, id: string, change: (a: CorrectiveActionRecord) => CorrectiveActionRecord): CorrectiveActionRecord[] =>
  (plan.correctiveActions ?? []).map((a) => (a.id === id ? change(a) : a));

/** Adds an action, and the log line saying who recorded it. */
export function recordAction(plan: Plan, action: CorrectiveActionRecord, by: string, at: string): Plan {
  return { ...plan, correctiveActions: [...(plan.correctiveActions ?? []), action], log: logged(plan, at, by, recordSummary(action), action.id) };
}

/** Marks an action done (stamped with when) or open again. */
export function setActionStatus(plan: Plan, id: string, status: CorrectiveActionRecord['status'], by: string, at: string): Plan {
  const action = plan.correctiveActions?.find((a) => a.id === id);
  if (!action || action.status === status) return plan;
  return {
    ...plan,
    correctiveActions: withAction(plan, id, ({ doneAt: _, ...a }) => (status === 'done' ? { ...a, status, doneAt: at } : { ...a, status })),
    log: logged(plan, at, by, statusSummary(action, status), id),
  };
}

/** Moves an action's due date, with the reason in the log. */
export function rescheduleAction(plan: Plan, id: string, due: string, reason: string, by: string, at: string): Plan {
  const action = plan.correctiveActions?.find((a) => a.id === id);
  if (!action) return plan;
  return { ...plan, correctiveActions: withAction(plan, id, (a) => ({ ...a, due })), log: logged(plan, at, by, rescheduleSummary(action, due, reason), id) };
}

/** The log lines about one action, oldest first: its history. */
export const actionHistory = (plan: Plan, id: string): LogEntry[] => (plan.log ?? []).filter((e) => e.target?.kind === 'action' && e.target.id === id);

/** The next free id of the form `ca-N`. */
export function newActionId(plan: Plan): string {
  const taken = new Set((plan.correctiveActions ?? []).map((a) => a.id));
  let n = taken.size + 1;
  while (taken.has(`ca-${n}`)) n++;
  return `ca-${n}`;
}

/** The figures a team records by hand: reporting confidence, reports checked and their defects, programs planned and delivered. */
export interface Measures {
  confidence?: number | undefined;
  reportsChecked?: number | undefined;
  defects?: number | undefined;
  planned?: number | undefined;
  delivered?: number | undefined;
}

/** The plan with its measures set; an unset figure is removed, and an empty group with it. Programs need both figures or neither. */
export function setMeasures(plan: Plan, m: Measures): Plan {
  const next: Plan = { ...plan };
  const reporting = Object.fromEntries(Object.entries({ confidence: m.confidence, reportsChecked: m.reportsChecked, defects: m.defects }).filter(([, v]) => v !== undefined));
  if (Object.keys(reporting).length) next.reporting = reporting;
  else delete next.reporting;
  if (m.planned !== undefined && m.delivered !== undefined) next.programs = { planned: m.planned, delivered: m.delivered };
  else delete next.programs;
  return next;
}
