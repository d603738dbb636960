import type { Plan } from '../plan/schema.js';
import { addDays } from '../time/days.js';

/** Moves a `YYYY-MM-DD` date, or the date part of an ISO instant (keeping its time and offset), by whole days. */
function shift(value: string, days: number): string {
  return addDays(value.slice(0, 10), days) + value.slice(10);
}

/** `record` with each named date (or instant) field moved by `days`; a field that is absent stays absent. */
export const moveDates = <T extends object>(record: T, fields: readonly (keyof T)[], days: number): T => {
  const out = { ...record };
  for (const field of fields) {
    const value = out[field];
    if (typeof value === 'string') out[field] = shift(value, days) as T[keyof T];
  }
  return out;
};

/**
 * The same plan with every date and instant moved by `days` (earlier when negative): the whole
 * schedule slides, so judging the moved plan `days` later gives the same verdict. Used to reschedule a
 * campaign, and to bring a sample plan to the present.
 */
/** Refuses a move by part of a day: plans move by whole days. */
export function assertWholeDays(days: number): void {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
}

export function shiftPlanDates(plan: Plan, days: number): Plan {
  assertWholeDays(days);
  if (days === 0) return plan;
  return {
    ...plan,
    campaign: moveDates(plan.campaign, ['launchDate', 'endDate'], days),
    brief: moveDates(plan.brief, ['deadline'], days),
    steps: plan.steps.map((s) => moveDates(s, ['start', 'due', 'doneAt'], days)),
    blockers: plan.blockers.map((b) => moveDates(b, ['due', 'raisedAt', 'resolvedAt'], days)),
    checklist: plan.checklist.map((i) => moveDates(i, ['due', 'doneAt'], days)),
    milestones: plan.milestones.map((m) => moveDates(m, ['planned', 'actual'], days)),
    approvals: plan.approvals.map((a) => moveDates(a, ['requestedAt', 'decidedAt'], days)),
    ...(plan.log ? { log: plan.log.map((e) => moveDates(e, ['at'], days)) } : {}),
  };
}
