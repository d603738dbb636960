import type { Blocker } from '../plan/schema.js';
import { BLOCKER_SEVERITIES } from '../plan/vocabulary.js';
import { toMs } from '../time/instant.js';
import { daysBlocked } from './status.js';

/** The orders a blocker log offers. */
export const BLOCKER_SORTS = ['due', 'severity', 'days-blocked', 'raised'] as const;
export type BlockerSort = (typeof BLOCKER_SORTS)[number];

const SEVERITY_RANK = Object.fromEntries(BLOCKER_SEVERITIES.map((s, i) => [s, i])) as Record<Blocker['severity'], number>;
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Blockers in a log's order: `due` soonest first (undated last), `severity` most severe first,
 * `days-blocked` longest first, `raised` newest first. Ties keep the most recently raised first,
 * then the id, so the order is stable across renders. Returns a new array.
 */
export function sortBlockers(blockers: readonly Blocker[], by: BlockerSort, now: string): Blocker[] {
  // One key per blocker, computed once and kept in typed arrays: sorting 10,000 rows must not
  // re-parse dates or chase object fields per comparison.
  const n = blockers.length;
  const keys = new Float64Array(n);
  const raised = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = blockers[i]!;
    raised[i] = toMs(b.raisedAt);
    keys[i] = by === 'due' ? (b.due === undefined ? Number.POSITIVE_INFINITY : toMs(b.due)) : by === 'severity' ? SEVERITY_RANK[b.severity] : by === 'raised' ? -raised[i]! : -daysBlocked(b, now);
  }
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Equal keys (two undated blockers: Infinity - Infinity is NaN) fall through to the tie-breaks.
  order.sort((x, y) => keys[x]! - keys[y]! || raised[y]! - raised[x]! || compareIds(blockers[x]!.id, blockers[y]!.id));
  const sorted = new Array<Blocker>(n);
  for (let i = 0; i < n; i++) sorted[i] = blockers[order[i]!]!;
  return sorted;
}
