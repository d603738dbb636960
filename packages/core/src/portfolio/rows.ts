import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { LIFECYCLE_TITLES } from '../lifecycle/transitions.js';
import type { Plan } from '../plan/schema.js';
import { STATE_TITLES, type LifecycleState } from '../plan/vocabulary.js';
import { roleLabel } from '../raci/people.js';
import { evaluate } from '../readiness/evaluate.js';
import { verdictReasons } from '../readiness/verdict.js';
import type { ReadinessState } from '../readiness/types.js';

/** One plan as the portfolio lists it: what an ops lead scans for across the team's campaigns. */
export interface PortfolioRow {
  id: string;
  name: string;
  verdict: ReadinessState;
  /** The verdict as people read it ("At risk"). */
  verdictTitle: string;
  score: number;
  /** Why, in one sentence: the first finding that sets the verdict; absent when ready. */
  reason?: string;
  /** The campaign's launch day, YYYY-MM-DD; empty when none is set. */
  launchDate: string;
  /** The campaign's owner as shown everywhere ("Campaign manager · Dana Kim"); empty when none is named. */
  owner: string;
  state: LifecycleState;
  stateTitle: string;
  openBlockers: number;
}

export const PORTFOLIO_SORT_KEYS = ['name', 'verdict', 'launchDate', 'owner', 'state'] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Worst first when ascending: what needs attention leads. */
const VERDICT_ORDER: Record<ReadinessState, number> = { blocked: 0, 'at-risk': 1, ready: 2 };

/** Every plan judged at `now` with the team's rules, in the order given. */
export function portfolioRows(plans: readonly Plan[], now: string, config: RulesConfig = DEFAULT_CONFIG): PortfolioRow[] {
  return plans.map((plan) => {
    const readiness = evaluate(plan, { now, config });
    const setting = verdictReasons(readiness.findings, readiness.state)[0];
    const owner = plan.campaign.owner;
    return {
      id: plan.id,
      name: plan.campaign.name,
      verdict: readiness.state,
      verdictTitle: STATE_TITLES[readiness.state],
      score: readiness.score,
      ...(setting ? { reason: setting.message } : {}),
      launchDate: plan.campaign.launchDate ?? '',
      owner: owner === undefined ? '' : roleLabel(plan, owner),
      state: plan.campaign.state,
      stateTitle: LIFECYCLE_TITLES[plan.campaign.state],
      openBlockers: plan.blockers.filter((b) => b.status !== 'resolved').length,
    };
  });
}

const compareText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });

/** The rows sorted by one column, ties broken by launch date then name, so the order never depends on input order. */
export function sortPortfolio(rows: readonly PortfolioRow[], key: PortfolioSortKey, direction: SortDirection = 'ascending'): PortfolioRow[] {
  const primary = (a: PortfolioRow, b: PortfolioRow): number => {
    switch (key) {
      case 'verdict':
        return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.score - b.score;
      case 'launchDate':
        return compareText(a.launchDate, b.launchDate);
      case 'owner':
        return compareText(a.owner, b.owner);
      case 'state':
        return LIFECYCLE_ORDER[a.state] - LIFECYCLE_ORDER[b.state];
      default:
        return compareText(a.name, b.name);
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  // A blank (no owner, no launch day) is not a value to sort by: such plans come last either way.
  const blank = (r: PortfolioRow) => (key === 'owner' && r.owner === '') || (key === 'launchDate' && r.launchDate === '');
  return [...rows].sort((a, b) => Number(blank(a)) - Number(blank(b)) || sign * primary(a, b) || compareText(a.launchDate, b.launchDate) || compareText(a.name, b.name) || compareText(a.id, b.id));
}

const LIFECYCLE_ORDER: Record<LifecycleState, number> = { draft: 0, ready: 1, approved: 2, live: 3, paused: 4, completed: 5, cancelled: 6 };

export interface PortfolioFilter {
  /** Words every shown row must contain, in its name, owner or state (any case). */
  text?: string;
  /** The verdicts shown; all when absent or empty. */
  verdicts?: readonly ReadinessState[];
}

/** The rows a filter keeps, in the order given. */
export function filterPortfolio(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const words = (filter.text ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const verdicts = filter.verdicts?.length ? new Set(filter.verdicts) : undefined;
  return rows.filter((row) => {
    if (verdicts && !verdicts.has(row.verdict)) return false;
    const haystack = `${row.name} ${row.owner} ${row.stateTitle}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
