/** Moving a milestone's planned day, and what a recorded actual day may be. Pure; `today` is passed in. */
import type { Plan } from '../plan/schema.js';
import { addDays } from '../time/days.js';
import { formatDateText, type DateFormat } from '../time/date-text.js';

/** The milestone's planned day moved by `days` (its actual day is what happened, and stays). An unknown id changes nothing. */
export function moveMilestone(plan: Plan, milestoneId: string, days: number): Plan {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  if (days === 0 || !plan.milestones.some((m) => m.id === milestoneId)) return plan;
  return { ...plan, milestones: plan.milestones.map((m) => (m.id === milestoneId ? { ...m, planned: addDays(m.planned, days) } : m)) };
}

/**
 * Why `actual` cannot be recorded as the day a milestone was reached on `today` (the team's date): a day
 * still ahead has not happened. Given the reader's date format, today is written as their form shows dates.
 */
export function milestoneActualProblem(actual: string, today: string, format?: DateFormat): string | undefined {
  return actual > today ? `is after today (${format ? formatDateText(today, format) : today}): record the day it was reached, once it has been` : undefined;
}
