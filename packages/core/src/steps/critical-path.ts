import type { Plan, Step } from '../plan/schema.js';
import { launchStep } from '../lifecycle/definitions.js';
import { localDateOf, type TeamZone } from '../time/team-day.js';
import { DAY_MS, toMs, utcDate } from '../time/instant.js';

/** Days since the epoch of a `YYYY-MM-DD` date: integers keep a 500-step walk cheap. */
const dayOf = (date: string) => Math.round(toMs(date) / DAY_MS);
const dateOfDay = (day: number) => utcDate(day * DAY_MS);

export interface CriticalPath {
  /** The chain of steps that sets the finish, first to last (ids). Empty when the plan has no steps. */
  steps: string[];
  /** The day the chain is forecast to finish: done steps at their done day, open ones no earlier than today. */
  finish?: string;
  /** The last day the chain may finish without moving the launch (the launch step's due, or the day before launch). */
  latestFinish?: string;
  /** Days the launch moves because the chain finishes late (0 when it does not). */
  daysLost: number;
  /** The first open step on the chain forecast to finish after its due date: where the slip comes from. */
  slipping?: string;
}

/**
 * Forecast finish day of every step. A done step finished on its done day. An open one cannot finish
 * before today; a dated one finishes on its due date, pushed by however much its dependencies finish
 * after the plan expected them when it meant to start (templates let a step start on the day its
 * dependency is due, so only lateness beyond the plan's own schedule carries over); an undated one
 * finishes with its last dependency. Dependency cycles (refused when a plan is parsed) are cut where met.
 */
function forecast(plan: Plan, today: number, zone: TeamZone, byId: ReadonlyMap<string, Step>) {
  const finish = new Map<string, number>();
  const planned = new Map<string, number>();
  const via = new Map<string, string>();
  const visiting = new Set<string>();
  const visit = (step: Step): number => {
    const known = finish.get(step.id);
    if (known !== undefined) return known;
    visiting.add(step.id);
    let after = Number.NEGATIVE_INFINITY;
    let expected = Number.NEGATIVE_INFINITY;
    let driver: string | undefined;
    for (const id of step.dependsOn ?? []) {
      const dep = byId.get(id);
      if (!dep || visiting.has(id)) continue;
      const f = visit(dep);
      if (f > after) [after, driver] = [f, id];
      expected = Math.max(expected, planned.get(id)!);
    }
    visiting.delete(step.id);
    const due = step.due === undefined ? undefined : dayOf(step.due);
    planned.set(step.id, due ?? expected);
    let day: number;
    if (step.doneAt !== undefined) day = dayOf(localDateOf(step.doneAt, zone));
    else if (due === undefined) day = Math.max(after, today);
    else {
      const start = Math.max(step.start === undefined ? due : dayOf(step.start), expected);
      day = Math.max(due + Math.max(0, after - start), today);
    }
    finish.set(step.id, day);
    if (driver !== undefined) via.set(step.id, driver);
    return day;
  };
  for (const step of plan.steps) visit(step);
  return { finish, via };
}

/**
 * The critical path of a plan judged on `today` (the team's date): the chain of dependencies into
 * the launch step (else into the step that finishes last), and how many days it moves the launch.
 */
export function criticalPath(plan: Plan, today: string, zone?: TeamZone): CriticalPath {
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const { finish, via } = forecast(plan, dayOf(today), zone, byId);
  let end = launchStep(plan);
  if (!end) for (const step of plan.steps) if (!end || finish.get(step.id)! > finish.get(end.id)!) end = step;
  if (!end) return { steps: [], daysLost: 0 };
  const chain: string[] = [];
  for (let id: string | undefined = end.id; id !== undefined && !chain.includes(id); id = via.get(id)) chain.push(id);
  chain.reverse();
  const endFinish = finish.get(end.id)!;
  const launch = plan.campaign.launchDate;
  const latest = launch === undefined ? undefined : Math.max(dayOf(launch) - 1, end.due === undefined ? Number.NEGATIVE_INFINITY : dayOf(end.due));
  const slipping = chain.find((id) => {
    const step = byId.get(id)!;
    return step.doneAt === undefined && step.due !== undefined && finish.get(id)! > dayOf(step.due);
  });
  return {
    steps: chain,
    finish: dateOfDay(endFinish),
    ...(latest === undefined ? {} : { latestFinish: dateOfDay(latest) }),
    daysLost: latest === undefined ? 0 : Math.max(0, endFinish - latest),
    ...(slipping === undefined ? {} : { slipping }),
  };
}
