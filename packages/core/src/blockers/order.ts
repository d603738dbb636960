import type { Blocker } from '../plan/schema.js';
import { BLOCKER_SEVERITIES } from '../plan/vocabulary.js';
import { toMs } from '../rules/time.js';
import { daysBlocked } from './status.js';

/** The orders a blocker log offers. */
export const BLOCKER_SORTS = ['due', 'severity', 'days-blocked', 'raised'] as const;
export type BlockerSort = (typeof BLOCKER_SORTS)[number];

/**
 * Blockers in a log's order: `due` soonest first (undated last), `severity` most severe first,
 * `days-blocked` longest first, `raised` newest first. Ties keep the most recently raised first,
 * then the id, so the order is stable across renders. Returns a new array.
 */
/** A blocker's dates in ms, read once per record: a frozen record cannot change, so an edit that shares it re-sorts without re-parsing. */
interface Dates {
  due: number;
  raised: number;
}
const datesOfFrozen = new WeakMap<Blocker, Dates>();

function datesOf(b: Blocker): Dates {
  const cached = datesOfFrozen.get(b);
  if (cached) return cached;
  const dates = { due: b.due === undefined ? Number.POSITIVE_INFINITY : toMs(b.due), raised: toMs(b.raisedAt) };
  if (Object.isFrozen(b)) datesOfFrozen.set(b, dates);
  return dates;
}

export function sortBlockers(blockers: readonly Blocker[], by: BlockerSort, now: string): Blocker[] {
  // One key per blocker, computed once: sorting 10,000 rows must not re-parse dates per comparison.
  const key = (b: Blocker, dates: Dates): number => {
    switch (by) {
      case 'due':
        return dates.due;
      case 'severity':
        return BLOCKER_SEVERITIES.indexOf(b.severity);
      case 'days-blocked':
        return -daysBlocked(b, now);
      case 'raised':
        return -dates.raised;
    }
  };
  const rows = blockers.map((b) => {
    const dates = datesOf(b);
    return { b, k: key(b, dates), raised: dates.raised };
  });
  rows.sort((x, y) => x.k - y.k || y.raised - x.raised || (x.b.id < y.b.id ? -1 : x.b.id > y.b.id ? 1 : 0));
  return rows.map((r) => r.b);
}
