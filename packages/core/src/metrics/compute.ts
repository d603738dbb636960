import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { addDays } from '../time/days.js';
import { sprintIndex } from '../blockers/sprints.js';
import { dayStartMs, localDate } from '../time/team-day.js';
import { DAY_MS, HOUR_MS, daysBetween, toMs } from '../time/instant.js';
import type { Milestone, Plan } from '../plan/schema.js';
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

/** One sprint's figures, for the trend across sprints. */
export interface SprintTrend extends SprintCount {
  /** Blockers raised in the sprint. */
  raised: number;
  /** Blockers resolved in the sprint. */
  resolved: number;
  /** Reviews decided in the sprint, and the median hours from request to decision over them. */
  approvalsDecided: number;
  approvalCycleHours: number | null;
  /** Milestones planned in the sprint that are due or done, and how many of them were done by the planned date. */
  milestonesDue: number;
  milestonesOnTime: number;
}

/** One plan's own figures, for the trend across plans (ordered by launch). */
export interface PlanFigures {
  planId: string;
  campaign: string;
  /** The launch day: the campaign-launched milestone's actual date, else the campaign's launch date; null when neither. */
  launch: string | null;
  briefToLaunchDays: number | null;
  /** Median hours from request to decision over the plan's decided reviews. */
  approvalCycleHours: number | null;
  milestonesOnTime: number | null;
  blockersRaised: number;
  /** Median days from raised to resolved over the plan's resolved blockers. */
  blockerResolutionDays: number | null;
  rework: number | null;
  execution: number | null;
}

export interface Metrics {
  plans: number;
  /** Days from the brief-approved milestone to the campaign-launched one, per plan that has both. */
  briefToLaunchDays: { median: number | null; p90: number | null; count: number };
  /** Hours from request to decision, over decided approvals. */
  approvalCycleHours: { median: number | null; p90: number | null; count: number };
  /** Of the milestones that are due or done, the share done on or before the planned date (0–1). */
  milestonesOnTime: { share: number | null; onTime: number; due: number };
  unresolvedBlockersPerSprint: SprintCount[];
  /** Blockers raised per sprint, on average over the sprints of `sprints`. */
  blockersPerSprint: { mean: number | null; sprints: number };
  /** Days from raised to resolved, over resolved blockers. */
  blockerResolutionDays: { median: number | null; p90: number | null; count: number };
  /** Share of checklist items and blockers reopened at least once (0–1). */
  rework: { rate: number | null; reopened: number; total: number };
  /** Programs delivered ÷ planned (0–1). */
  execution: { rate: number | null; delivered: number; planned: number };
  /** Reporting defects ÷ reports checked. */
  reportingDefects: { rate: number | null; defects: number; reportsChecked: number };
  /** The killer with the most open or recently raised blockers (ties go to the first in KILLERS); null when none. */
  mostActiveKiller: { killer: Killer | null; counts: Record<Killer, number> };
  /** Every sprint from the first with a raised blocker, a decided review or a due milestone up to now. */
  sprints: SprintTrend[];
  /** Each plan's own figures, earliest launch first (plans with no launch day last). */
  perPlan: PlanFigures[];
}

const actualOf = (plan: Plan, kind: string) => plan.milestones.find((m) => m.kind === kind && m.actual)?.actual;

function briefToLaunch(plan: Plan): number | undefined {
  const brief = actualOf(plan, 'brief-approved');
  const launch = actualOf(plan, 'campaign-launched');
  return brief && launch ? daysBetween(brief, launch) : undefined;
}

/** The lists each figure is computed from, for one plan or many. */
const decided = (plan: Plan) => plan.approvals.flatMap((a) => (a.decidedAt ? [{ at: toMs(a.decidedAt), hours: (toMs(a.decidedAt) - toMs(a.requestedAt)) / HOUR_MS }] : []));
const resolutionDays = (plan: Plan) => plan.blockers.flatMap((b) => (b.resolvedAt ? [(toMs(b.resolvedAt) - toMs(b.raisedAt)) / DAY_MS] : []));
const dueMilestones = (plan: Plan, today: string) => plan.milestones.filter((m) => m.actual !== undefined || m.planned < today);
const isOnTime = (m: Milestone) => m.actual !== undefined && m.actual <= m.planned;
const reopenedOf = (plan: Plan) => [...plan.blockers, ...plan.checklist].filter((r) => (r.reopened ?? 0) > 0).length;
const reworkTotal = (plan: Plan) => plan.blockers.length + plan.checklist.length;

/** How many of the sorted `times` are before `end`, moving `from` forward (the ends only grow). */
function countBefore(times: readonly number[], end: number, from: number): number {
  let i = from;
  while (i < times.length && times[i]! < end) i++;
  return i;
}

/**
 * Every sprint's figures (midnight to midnight on the team's clock) from the first sprint with a
 * raised blocker, a decided review or a due milestone, up to the one holding now. A blocker is open
 * at a sprint's end when raised before it and not resolved before it: counted as "raised before the
 * end" minus "resolved (and raised) before the end", in one pass over sorted times.
 */
function sprintTrend(plans: readonly Plan[], now: string, today: string, config: RulesConfig): SprintTrend[] {
  const nowMs = toMs(now);
  const zone = config.timeZone;
  const current = sprintIndex(nowMs, config);
  const byNumber = (a: number, b: number) => a - b;
  const past = plans.flatMap((p) => p.blockers).filter((b) => toMs(b.raisedAt) <= nowMs);
  const raised = past.map((b) => toMs(b.raisedAt)).sort(byNumber);
  const closed = past.flatMap((b) => (b.resolvedAt === undefined ? [] : [Math.max(toMs(b.raisedAt), toMs(b.resolvedAt))])).sort(byNumber);

  const cycles = new Map<number, number[]>();
  for (const d of plans.flatMap(decided)) {
    if (d.at > nowMs) continue;
    const n = sprintIndex(d.at, config);
    (cycles.get(n) ?? cycles.set(n, []).get(n)!).push(d.hours);
  }
  const milestones = new Map<number, { due: number; onTime: number }>();
  for (const m of plans.flatMap((p) => dueMilestones(p, today))) {
    const n = sprintIndex(dayStartMs(toMs(m.planned), zone), config);
    if (n > current) continue;
    const bucket = milestones.get(n) ?? milestones.set(n, { due: 0, onTime: 0 }).get(n)!;
    bucket.due++;
    if (isOnTime(m)) bucket.onTime++;
  }
  // The spread form of Math.min overflows the stack on a long blocker log; the first raised is first.
  const starts = [...(raised.length ? [sprintIndex(raised[0]!, config)] : []), ...cycles.keys(), ...milestones.keys()];
  if (!starts.length) return [];
  const first = starts.reduce((a, b) => Math.min(a, b));

  const out: SprintTrend[] = [];
  let raisedBefore = 0;
  let closedBefore = 0;
  for (let n = first; n <= current; n++) {
    const start = addDays(config.sprint.anchor, n * config.sprint.lengthDays);
    const endMs = n === current ? nowMs : dayStartMs(toMs(addDays(start, config.sprint.lengthDays)), zone);
    const raisedThen = countBefore(raised, endMs, raisedBefore);
    const closedThen = countBefore(closed, endMs, closedBefore);
    const hours = cycles.get(n) ?? [];
    const due = milestones.get(n) ?? { due: 0, onTime: 0 };
    out.push({
      sprint: n, start, unresolved: raisedThen - closedThen, raised: raisedThen - raisedBefore, resolved: closedThen - closedBefore,
      approvalsDecided: hours.length, approvalCycleHours: round2(median(hours)), milestonesDue: due.due, milestonesOnTime: due.onTime,
    });
    raisedBefore = raisedThen;
    closedBefore = closedThen;
  }
  return out;
}

/** A plan's own figures; its launch day orders the trend across plans. */
function planFigures(plan: Plan, today: string): PlanFigures {
  const due = dueMilestones(plan, today);
  const programs = plan.programs;
  return {
    planId: plan.id,
    campaign: plan.campaign.name,
    launch: actualOf(plan, 'campaign-launched') ?? plan.campaign.launchDate ?? null,
    briefToLaunchDays: briefToLaunch(plan) ?? null,
    approvalCycleHours: round2(median(decided(plan).map((d) => d.hours))),
    milestonesOnTime: ratio(due.filter(isOnTime).length, due.length),
    blockersRaised: plan.blockers.length,
    blockerResolutionDays: round2(median(resolutionDays(plan))),
    rework: ratio(reopenedOf(plan), reworkTotal(plan)),
    execution: ratio(programs?.delivered ?? 0, programs?.planned ?? 0),
  };
}

// Code-point order, so the trend reads the same under every runtime's locale.
const byLaunch = (a: PlanFigures, b: PlanFigures) =>
  a.launch === b.launch ? (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0) : a.launch === null ? 1 : b.launch === null ? -1 : a.launch < b.launch ? -1 : 1;

/**
 * Operations metrics over many plans, as of `now`. Pure and deterministic: the same plans and
 * `now` give the same figures, in any plan order. Figures with no data are null, never NaN.
 */
export function computeMetrics(plans: readonly Plan[], { now, config = DEFAULT_CONFIG }: MetricsOptions): Metrics {
  const nowMs = toMs(now);
  const today = localDate(nowMs, config.timeZone);
  const blockers = plans.flatMap((p) => p.blockers);

  const briefDays = plans.map(briefToLaunch).filter((d): d is number => d !== undefined);
  const cycle = plans.flatMap(decided).map((d) => d.hours);
  const due = plans.flatMap((p) => dueMilestones(p, today));
  const onTime = due.filter(isOnTime).length;
  const resolution = plans.flatMap(resolutionDays);
  const reopened = plans.reduce((n, p) => n + reopenedOf(p), 0);
  const total = plans.reduce((n, p) => n + reworkTotal(p), 0);
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

  const sprints = sprintTrend(plans, now, today, config);
  // The open-blocker counts start with the first sprint a blocker was raised in.
  const firstRaised = blockers.reduce<number | null>((first, b) => (toMs(b.raisedAt) > nowMs ? first : Math.min(first ?? Infinity, toMs(b.raisedAt))), null);
  const firstBlockerSprint = firstRaised === null ? Infinity : sprintIndex(firstRaised, config);
  const raisedInRange = sprints.reduce((n, s) => n + s.raised, 0);

  return {
    plans: plans.length,
    briefToLaunchDays: { median: round2(median(briefDays)), p90: round2(percentile(briefDays, 90)), count: briefDays.length },
    approvalCycleHours: { median: round2(median(cycle)), p90: round2(percentile(cycle, 90)), count: cycle.length },
    milestonesOnTime: { share: ratio(onTime, due.length), onTime, due: due.length },
    unresolvedBlockersPerSprint: sprints.filter((s) => s.sprint >= firstBlockerSprint).map(({ sprint, start, unresolved }) => ({ sprint, start, unresolved })),
    blockersPerSprint: { mean: round2(ratio(raisedInRange, sprints.length)), sprints: sprints.length },
    blockerResolutionDays: { median: round2(median(resolution)), p90: round2(percentile(resolution, 90)), count: resolution.length },
    rework: { rate: ratio(reopened, total), reopened, total },
    execution: { rate: ratio(delivered, planned), delivered, planned },
    reportingDefects: { rate: ratio(defects, reportsChecked), defects, reportsChecked },
    mostActiveKiller: { killer: top, counts },
    sprints,
    perPlan: plans.map((p) => planFigures(p, today)).sort(byLaunch),
  };
}
