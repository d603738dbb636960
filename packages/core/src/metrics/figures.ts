/** The metrics in words: each headline figure with its title, value and what it is over, and the same as CSV. */
import { toCsv } from '../exchange/csv.js';
import { KILLER_TITLES } from '../plan/vocabulary.js';
import type { Metrics } from './compute.js';

export type MetricId =
  | 'brief-to-launch'
  | 'approval-cycle'
  | 'milestones-on-time'
  | 'execution'
  | 'blockers-per-sprint'
  | 'blocker-resolution'
  | 'rework'
  | 'reporting-defects'
  | 'most-active-killer';

export type MetricUnit = 'days' | 'hours' | 'share' | 'blockers' | 'killer';

/** One headline figure, ready to show: `value` and `p90` in words, `median`/`p90Value` as numbers for export. */
export interface MetricFigure {
  id: MetricId;
  title: string;
  unit: MetricUnit;
  /** The figure (the median for times), null when there is no data yet. */
  number: number | null;
  p90Number?: number | null;
  /** The figure in words ("4.5 days", "67%", "Misalignment"), or "—" with no data. */
  value: string;
  /** The 90th percentile in words, for times. */
  p90?: string;
  /** What the figure is over, or what is missing for it ("over 3 launched plans", "no review decided yet"). */
  basis: string;
  /** What it measures, in a sentence. */
  description: string;
}

const NONE = '—';
/** One decimal at most, without a trailing .0. */
const num = (n: number) => String(Math.round(n * 10) / 10);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const days = (n: number | null) => (n === null ? NONE : `${num(n)} ${n === 1 ? 'day' : 'days'}`);
const hours = (n: number | null) => (n === null ? NONE : `${num(n)} h`);
/** A share (0–1) as a whole percentage. */
export const percent = (share: number | null): string => (share === null ? NONE : `${Math.round(share * 100)}%`);

type Spread = { median: number | null; p90: number | null; count: number };

/** A time figure: its median and 90th percentile, over `count` of what it measures (`none` when there is nothing yet). */
function timeFigure(id: MetricId, title: string, unit: 'days' | 'hours', spread: Spread, over: string, none: string, description: string): MetricFigure {
  const words = unit === 'days' ? days : hours;
  const basis = spread.count ? `over ${plural(spread.count, over)}` : none;
  return { id, title, unit, number: spread.median, p90Number: spread.p90, value: words(spread.median), p90: words(spread.p90), basis, description };
}

/** The headline figures, in the order a team reads them: speed, then delivery, then friction. */
export function metricFigures(m: Metrics): MetricFigure[] {
  const open = m.unresolvedBlockersPerSprint.at(-1)?.unresolved ?? 0;
  const killer = m.mostActiveKiller.killer;
  return [
    timeFigure('brief-to-launch', 'Brief to launch', 'days', m.briefToLaunchDays, 'launched plan', 'no plan has an approved brief and a launch yet', 'Days from the brief-approved milestone to the campaign-launched one.'),
    timeFigure('approval-cycle', 'Review cycle time', 'hours', m.approvalCycleHours, 'decided review', 'no review decided yet', 'Hours from a review’s request to its decision.'),
    {
      id: 'milestones-on-time', title: 'Milestones on time', unit: 'share', number: m.milestonesOnTime.share, value: percent(m.milestonesOnTime.share),
      basis: m.milestonesOnTime.due ? `${m.milestonesOnTime.onTime} of ${plural(m.milestonesOnTime.due, 'due milestone')}` : 'no milestone due yet',
      description: 'Of the milestones due or done, the share reached on or before the planned day.',
    },
    {
      id: 'execution', title: 'Execution rate', unit: 'share', number: m.execution.rate, value: percent(m.execution.rate),
      basis: m.execution.planned ? `${m.execution.delivered} of ${plural(m.execution.planned, 'planned program')} delivered` : 'no programs planned in these plans',
      description: 'Programs delivered out of those planned.',
    },
    {
      id: 'blockers-per-sprint', title: 'Blockers per sprint', unit: 'blockers', number: m.blockersPerSprint.mean,
      value: m.blockersPerSprint.mean === null ? NONE : num(m.blockersPerSprint.mean),
      basis: m.blockersPerSprint.sprints ? `raised on average over ${plural(m.blockersPerSprint.sprints, 'sprint')}; ${open} open now` : 'no sprint with activity yet',
      description: 'Blockers raised per sprint, on average, and how many are open now.',
    },
    timeFigure('blocker-resolution', 'Blocker resolution', 'days', m.blockerResolutionDays, 'resolved blocker', 'no blocker resolved yet', 'Days from a blocker being raised to its resolution.'),
    {
      id: 'rework', title: 'Rework', unit: 'share', number: m.rework.rate, value: percent(m.rework.rate),
      basis: m.rework.total ? `${m.rework.reopened} of ${plural(m.rework.total, 'item and blocker', 'items and blockers')} reopened` : 'no checklist items or blockers yet',
      description: 'Checklist items and blockers reopened at least once.',
    },
    {
      id: 'reporting-defects', title: 'Reporting defects', unit: 'share', number: m.reportingDefects.rate, value: percent(m.reportingDefects.rate),
      basis: m.reportingDefects.reportsChecked ? `${plural(m.reportingDefects.defects, 'defect')} in ${plural(m.reportingDefects.reportsChecked, 'report')} checked` : 'no reports checked yet',
      description: 'Reporting defects per report checked.',
    },
    {
      id: 'most-active-killer', title: 'Most active killer', unit: 'killer', number: killer ? m.mostActiveKiller.counts[killer] : null,
      value: killer ? KILLER_TITLES[killer] : 'None',
      basis: killer ? `${plural(m.mostActiveKiller.counts[killer], 'open or recent blocker')}` : 'no open or recent blocker has a category',
      description: 'The execution killer with the most open or recently raised blockers.',
    },
  ];
}

/**
 * The metrics as one long CSV table (scope, metric, value, unit, count), which pivots in any spreadsheet:
 * the headline figures (with their 90th percentiles), then each sprint's, then each plan's.
 */
export function metricsCsv(m: Metrics): string {
  type Row = [string, string, number | undefined, string, number | undefined];
  const v = (n: number | null | undefined) => (n === null || n === undefined ? undefined : n);
  const rows: Row[] = [];
  for (const f of metricFigures(m)) {
    const unit = f.unit === 'killer' ? 'blockers' : f.unit;
    rows.push(['all', f.id === 'most-active-killer' ? `most-active-killer:${m.mostActiveKiller.killer ?? 'none'}` : f.id, v(f.number), unit, undefined]);
    if (f.p90Number !== undefined) rows.push(['all', `${f.id}-p90`, v(f.p90Number), unit, undefined]);
  }
  for (const s of m.sprints) {
    const scope = `sprint ${s.sprint} (${s.start})`;
    rows.push(
      [scope, 'blockers-raised', s.raised, 'blockers', undefined],
      [scope, 'blockers-resolved', s.resolved, 'blockers', undefined],
      [scope, 'blockers-open', s.unresolved, 'blockers', undefined],
      [scope, 'approval-cycle', v(s.approvalCycleHours), 'hours', s.approvalsDecided],
      [scope, 'milestones-on-time', v(s.milestonesDue ? s.milestonesOnTime / s.milestonesDue : null), 'share', s.milestonesDue],
    );
  }
  for (const p of m.perPlan) {
    const scope = `plan ${p.planId}`;
    rows.push(
      [scope, 'brief-to-launch', v(p.briefToLaunchDays), 'days', undefined],
      [scope, 'approval-cycle', v(p.approvalCycleHours), 'hours', undefined],
      [scope, 'milestones-on-time', v(p.milestonesOnTime), 'share', undefined],
      [scope, 'blockers-raised', p.blockersRaised, 'blockers', undefined],
      [scope, 'blocker-resolution', v(p.blockerResolutionDays), 'days', undefined],
      [scope, 'rework', v(p.rework), 'share', undefined],
      [scope, 'execution', v(p.execution), 'share', undefined],
    );
  }
  return toCsv([['Scope', 'Metric', 'Value', 'Unit', 'Count'], ...rows]);
}
