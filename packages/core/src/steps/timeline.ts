/**
 * A plan's steps and milestones laid on a time axis: each date as a whole day counted from the
 * axis's first day, so a chart only scales numbers. Judged at `now` on the team's clock.
 */
import type { Plan } from '../plan/schema.js';
import { addDays, weekdayOfMs } from '../time/days.js';
import { DAY_MS, daysBetween, toMs, utcDate } from '../time/instant.js';
import { localDate, localDateOf, type TeamZone } from '../time/team-day.js';
import { criticalPath, type CriticalPath } from './critical-path.js';

export interface TimelineStep {
  id: string;
  /** The first day of its bar: its start, else its due day. Undefined when the step has no dates. */
  start?: number;
  /** Its due day. */
  due?: number;
  /** The day it was done, on the team's clock, and that date. */
  done?: number;
  doneDate?: string;
  /** The steps it depends on that the plan has. */
  after: string[];
  /** On the chain of steps that sets the finish. */
  critical: boolean;
}

export interface TimelineMilestone {
  id: string;
  planned: number;
  actual?: number;
}

export interface Timeline {
  /** The axis's first and last day (`YYYY-MM-DD`); every day number counts from `from`. */
  from: string;
  to: string;
  /** Days on the axis (`to` is day `days - 1`). */
  days: number;
  /** The team's today, and its date. */
  today: number;
  todayDate: string;
  launch?: number;
  /** The first day of each month on the axis (the axis's first day starts the first label). */
  months: { day: number; date: string }[];
  /** Every Monday on the axis. */
  weeks: number[];
  steps: TimelineStep[];
  milestones: TimelineMilestone[];
  critical: CriticalPath;
}

/** Days of margin either side, so a bar at the edge can still be grabbed and moved. */
const MARGIN = 3;
/** The shortest axis: a fortnight. */
const MIN_DAYS = 14;

/**
 * The first day of each month on an axis of `days` days from `from` (the axis's first day starts the
 * first label) and every Monday, by arithmetic on the days: a chart lays its plan out again on every
 * edit, and a date written out for each day of a long axis cost more than the rest of the layout.
 */
export function calendarMarks(from: string, days: number): Pick<Timeline, 'months' | 'weeks'> {
  const fromMs = toMs(from);
  const months: Timeline['months'] = [{ day: 0, date: from }];
  const [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1];
  for (let k = 1; ; k++) {
    const ms = Date.UTC(year, month + k, 1);
    const day = Math.round((ms - fromMs) / DAY_MS);
    if (day >= days) break;
    months.push({ day, date: utcDate(ms) });
  }
  const weeks: number[] = [];
  for (let day = (8 - weekdayOfMs(fromMs)) % 7; day < days; day += 7) weeks.push(day);
  return { months, weeks };
}

export function planTimeline(plan: Plan, now: string, zone?: TeamZone): Timeline {
  const todayDate = localDate(toMs(now), zone);
  const dates: string[] = [todayDate];
  const add = (d: string | undefined) => d !== undefined && dates.push(d);
  add(plan.campaign.launchDate);
  for (const s of plan.steps) {
    add(s.start);
    add(s.due);
    if (s.doneAt !== undefined) add(localDateOf(s.doneAt, zone));
  }
  for (const m of plan.milestones) {
    add(m.planned);
    add(m.actual);
  }
  dates.sort();
  const from = addDays(dates[0]!, -MARGIN);
  const last = addDays(dates.at(-1)!, MARGIN);
  const days = Math.max(MIN_DAYS, daysBetween(from, last) + 1);
  const day = (d: string) => daysBetween(from, d);
  const path = criticalPath(plan, todayDate, zone);
  const onPath = new Set(path.steps);
  const ids = new Set(plan.steps.map((s) => s.id));
  const { months, weeks } = calendarMarks(from, days);
  return {
    from,
    to: addDays(from, days - 1),
    days,
    today: day(todayDate),
    todayDate,
    ...(plan.campaign.launchDate === undefined ? {} : { launch: day(plan.campaign.launchDate) }),
    months,
    weeks,
    steps: plan.steps.map((s) => {
      const doneDate = s.doneAt === undefined ? undefined : localDateOf(s.doneAt, zone);
      const first = s.start ?? s.due;
      return {
        id: s.id,
        ...(first === undefined ? {} : { start: day(first) }),
        ...(s.due === undefined ? {} : { due: day(s.due) }),
        ...(doneDate === undefined ? {} : { done: day(doneDate), doneDate }),
        after: (s.dependsOn ?? []).filter((id) => ids.has(id)),
        critical: onPath.has(s.id),
      };
    }),
    milestones: plan.milestones.map((m) => ({ id: m.id, planned: day(m.planned), ...(m.actual === undefined ? {} : { actual: day(m.actual) }) })),
    critical: path,
  };
}
