/** Moving a plan's schedule by whole days: one step, or the whole plan. Pure; no clock. */
import type { Plan } from '../plan/schema.js';
import { assertWholeDays, moveDates } from '../calendar/shift.js';
import { formatDateText, type DateFormat } from '../time/date-text.js';

/** The step's start and due moved by `days` (its done instant is what happened, and stays). An unknown id changes nothing. */
export function moveStep(plan: Plan, stepId: string, days: number): Plan {
  assertWholeDays(days);
  if (days === 0 || !plan.steps.some((s) => s.id === stepId)) return plan;
  return { ...plan, steps: plan.steps.map((s) => (s.id === stepId ? moveDates(s, ['start', 'due'], days) : s)) };
}

/**
 * The plan's schedule moved by `days`: every planned date (launch, end, brief deadline, each
 * step's start and due, each blocker's, item's and corrective action's due, each milestone's
 * planned day) moves by the same days, and what already happened (done, raised, resolved,
 * requested, decided, reached, the log) stays where it happened. Moving back by `-days` gives the plan again.
 */
export function reschedulePlan(plan: Plan, days: number): Plan {
  assertWholeDays(days);
  if (days === 0) return plan;
  return {
    ...plan,
    campaign: moveDates(plan.campaign, ['launchDate', 'endDate'], days),
    brief: moveDates(plan.brief, ['deadline'], days),
    steps: plan.steps.map((s) => moveDates(s, ['start', 'due'], days)),
    blockers: plan.blockers.map((b) => moveDates(b, ['due'], days)),
    checklist: plan.checklist.map((i) => moveDates(i, ['due'], days)),
    milestones: plan.milestones.map((m) => moveDates(m, ['planned'], days)),
    ...(plan.correctiveActions ? { correctiveActions: plan.correctiveActions.map((a) => moveDates(a, ['due'], days)) } : {}),
  };
}

/**
 * Why a step cannot have these dates together (the plan format refuses a due day before the start), by
 * field; undefined when it can. Given the reader's date format, the start is written as their form shows it.
 */
export function stepDatesProblem(dates: { start?: string | undefined; due?: string | undefined }, format?: DateFormat): { field: 'due'; message: string } | undefined {
  const { start, due } = dates;
  return start && due && start > due ? { field: 'due', message: `is before the start date ${format ? formatDateText(start, format) : start}` } : undefined;
}
