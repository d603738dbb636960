/**
 * A plan's steps and milestones laid on a time axis: each date as a whole day counted from the
 * axis's first day, so a chart only scales numbers. Judged at `now` on the team's clock.
 */
import type { Plan } from '../plan/schema.js';
import { addDays, weekday } from '../time/days.js';
import { daysBetween, toMs } from '../time/instant.js';
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
  const months: Timeline['months'] = [{ day: 0, date: from }];
  const weeks: number[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    if (i > 0 && date.endsWith('-01')) months.push({ day: i, date });
    if (weekday(date) === 1) weeks.push(i);
  }
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
