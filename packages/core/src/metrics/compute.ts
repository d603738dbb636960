import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { addDays } from '../time/days.js';
import { sprintIndex } from '../blockers/sprints.js';
import { dayStartMs, localDate } from '../time/team-day.js';
import { DAY_MS, HOUR_MS, daysBetween, toMs } from '../time/instant.js';
import type { Blocker, Plan } from '../plan/schema.js';
import { KILLERS, type Killer } from '../plan/vocabulary.js';
import { median, percentile, ratio, round2 } from './stats.js';

export interface MetricsOptions {
  /** ISO instant the figures are computed at. */
  now: string;
  config?: RulesConfig;
}

export interface SprintCount {
  /** Sprint number counted from `config.sprint.anchor` (sprint 0). */
  sprint: number;
  start: string;
  /** Blockers still open at the end of the sprint (or now, for the current one). */
  unresolved: number;
}

export interface Metrics {
  plans: number;
  /** Days from the brief-approved milestone to the campaign-launched one, per plan that has both. */
  briefToLaunchDays: { median: number | null; count: number };
  /** Hours from request to decision, over decided approvals. */
  approvalCycleHours: { median: number | null; p90: number | null; count: number };
  /** Of the milestones that are due or done, the share done on or before the planned date (0–1). */
  milestonesOnTime: { share: number | null; onTime: number; due: number };
  unresolvedBlockersPerSprint: SprintCount[];
  /** Days from raised to resolved, over resolved blockers. */
  blockerResolutionDays: { median: number | null; count: number };
  /** Share of checklist items and blockers reopened at least once (0–1). */
  rework: { rate: number | null; reopened: number; total: number };
  /** Programs delivered ÷ planned (0–1). */
  execution: { rate: number | null; delivered: number; planned: number };
  /** Reporting defects ÷ reports checked. */
  reportingDefects: { rate: number | null; defects: number; reportsChecked: number };
  /** The killer with the most open or recently raised blockers (ties go to the first in KILLERS); null when none. */
  mostActiveKiller: { killer: Killer | null; counts: Record<Killer, number> };
}

function briefToLaunch(plan: Plan): number | undefined {
  const actual = (kind: string) => plan.milestones.find((m) => m.kind === kind && m.actual)?.actual;
  const brief = actual('brief-approved');
  const launch = actual('campaign-launched');
  return brief && launch ? daysBetween(brief, launch) : undefined;
}

/** How many of the sorted `times` are before `end`, moving `from` forward (the ends only grow). */
function countBefore(times: readonly number[], end: number, from: number): number {
  let i = from;
  while (i < times.length && times[i]! < end) i++;
  return i;
}

/**
 * Open-blocker counts at the end of every sprint (midnight on the team's clock) from the first
 * blocker raised up to now. A blocker
 * is open at a sprint's end when raised before it and not resolved before it: counted as "raised
 * before the end" minus "resolved (and raised) before the end", in one pass over sorted times.
 */
function unresolvedPerSprint(blockers: readonly Blocker[], now: string, config: RulesConfig): SprintCount[] {
  const nowMs = toMs(now);
  const past = blockers.filter((b) => toMs(b.raisedAt) <= nowMs);
  if (!past.length) return [];
  const sprint = config.sprint;
  const byNumber = (a: number, b: number) => a - b;
  const raised = past.map((b) => toMs(b.raisedAt)).sort(byNumber);
  const closed = past.flatMap((b) => (b.resolvedAt === undefined ? [] : [Math.max(toMs(b.raisedAt), toMs(b.resolvedAt))])).sort(byNumber);
  // The spread form of Math.min overflows the stack on a long blocker log; the first raised is first.
  const first = sprintIndex(raised[0]!, config);
  const current = sprintIndex(nowMs, config);
  const out: SprintCount[] = [];
  let raisedBefore = 0;
  let closedBefore = 0;
  for (let n = first; n <= current; n++) {
    const start = addDays(sprint.anchor, n * sprint.lengthDays);
    const endMs = n === current ? nowMs : dayStartMs(toMs(addDays(start, sprint.lengthDays)), config.timeZone);
    raisedBefore = countBefore(raised, endMs, raisedBefore);
    closedBefore = countBefore(closed, endMs, closedBefore);
    out.push({ sprint: n, start, unresolved: raisedBefore - closedBefore });
  }
  return out;
}

/**
 * Operations metrics over many plans, as of `now`. Pure and deterministic: the same plans and
 * `now` give the same figures, in any plan order. Figures with no data are null, never NaN.
 */
export function computeMetrics(plans: readonly Plan[], { now, config = DEFAULT_CONFIG }: MetricsOptions): Metrics {
  const nowMs = toMs(now);
  const today = localDate(nowMs, config.timeZone);
  const blockers = plans.flatMap((p) => p.blockers);
  const items = plans.flatMap((p) => p.checklist);

  const briefDays = plans.map(briefToLaunch).filter((d): d is number => d !== undefined);
  const cycle = plans.flatMap((p) => p.approvals).flatMap((a) => (a.decidedAt ? [(toMs(a.decidedAt) - toMs(a.requestedAt)) / HOUR_MS] : []));
  const dueMilestones = plans.flatMap((p) => p.milestones).filter((m) => m.actual !== undefined || m.planned < today);
  const onTime = dueMilestones.filter((m) => m.actual !== undefined && m.actual <= m.planned).length;
  const resolution = blockers.flatMap((b) => (b.resolvedAt ? [(toMs(b.resolvedAt) - toMs(b.raisedAt)) / DAY_MS] : []));
  const reopened = [...blockers, ...items].filter((r) => (r.reopened ?? 0) > 0).length;
  const delivered = plans.reduce((n, p) => n + (p.programs?.delivered ?? 0), 0);
  const planned = plans.reduce((n, p) => n + (p.programs?.planned ?? 0), 0);
  const defects = plans.reduce((n, p) => n + (p.reporting?.defects ?? 0), 0);
  const reportsChecked = plans.reduce((n, p) => n + (p.reporting?.reportsChecked ?? 0), 0);

  // Active: open as of now, or raised within the last sprint's length. "Open as of now" reads the
  // resolution time, as the per-sprint counts do, so metrics asked for a past date agree with them.
  const recentFrom = nowMs - config.sprint.lengthDays * DAY_MS;
  const counts = Object.fromEntries(KILLERS.map((k) => [k, 0])) as Record<Killer, number>;
  for (const b of blockers) {
    const raised = toMs(b.raisedAt);
    const openAsOfNow = b.resolvedAt === undefined || toMs(b.resolvedAt) >= nowMs;
    if (b.category && raised <= nowMs && (openAsOfNow || raised >= recentFrom)) counts[b.category]++;
  }
  const top = KILLERS.reduce<Killer | null>((best, k) => (counts[k] > (best ? counts[best] : 0) ? k : best), null);

  return {
    plans: plans.length,
    briefToLaunchDays: { median: round2(median(briefDays)), count: briefDays.length },
    approvalCycleHours: { median: round2(median(cycle)), p90: round2(percentile(cycle, 90)), count: cycle.length },
    milestonesOnTime: { share: ratio(onTime, dueMilestones.length), onTime, due: dueMilestones.length },
    unresolvedBlockersPerSprint: unresolvedPerSprint(blockers, now, config),
    blockerResolutionDays: { median: round2(median(resolution)), count: resolution.length },
    rework: { rate: ratio(reopened, blockers.length + items.length), reopened, total: blockers.length + items.length },
    execution: { rate: ratio(delivered, planned), delivered, planned },
    reportingDefects: { rate: ratio(defects, reportsChecked), defects, reportsChecked },
    mostActiveKiller: { killer: top, counts },
  };
}
