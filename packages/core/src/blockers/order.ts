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
    keys[i] = sortKey(b, by, now, raised[i]!);
  }
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Equal keys (two undated blockers: Infinity - Infinity is NaN) fall through to the tie-breaks.
  order.sort((x, y) => keys[x]! - keys[y]! || raised[y]! - raised[x]! || compareIds(blockers[x]!.id, blockers[y]!.id));
  const sorted = new Array<Blocker>(n);
  for (let i = 0; i < n; i++) sorted[i] = blockers[order[i]!]!;
  return sorted;
}

/** A blocker's key in an order (smaller first), from its raised-at in ms. */
function sortKey(b: Blocker, by: BlockerSort, now: string, raisedMs: number): number {
  return by === 'due' ? (b.due === undefined ? Number.POSITIVE_INFINITY : toMs(b.due)) : by === 'severity' ? SEVERITY_RANK[b.severity] : by === 'raised' ? -raisedMs : -daysBlocked(b, now);
}

/**
 * `sortBlockers(next, by, now)` worked out from `sorted`, the order of `previous`, when `next` differs
 * from it in at most `most` places (an edit): the records gone are taken out, the new ones put in by
 * binary search, rather than 10,000 rows sorted again. Undefined when the lists differ in length or in
 * more places, or a new record's dates cannot be read: sort afresh. For records of a valid plan (dates
 * readable, ids unique, so the order is total), the very order a fresh sort gives.
 */
export function resortBlockers(sorted: readonly Blocker[], previous: readonly Blocker[], next: readonly Blocker[], by: BlockerSort, now: string, most = 16): Blocker[] | undefined {
  if (previous.length !== next.length || sorted.length !== previous.length) return undefined;
  const gone: Blocker[] = [];
  const come: Blocker[] = [];
  for (let i = 0; i < next.length; i++) {
    if (previous[i] === next[i]) continue;
    if (gone.length === most) return undefined;
    gone.push(previous[i]!);
    come.push(next[i]!);
  }
  const keyed = (b: Blocker) => {
    const raised = toMs(b.raisedAt);
    return { b, raised, key: sortKey(b, by, now, raised) };
  };
  const entering = come.map(keyed);
  if (entering.some((e) => Number.isNaN(e.raised) || Number.isNaN(e.key))) return undefined;
  const out = sorted.filter((b) => !gone.includes(b));
  if (out.length !== next.length - come.length) return undefined;
  for (const e of entering) {
    // The first row that goes after the new one (the same comparison as sortBlockers').
    const after = (row: Blocker) => {
      const r = keyed(row);
      return (r.key - e.key || e.raised - r.raised || compareIds(row.id, e.b.id)) > 0;
    };
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(out[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    out.splice(lo, 0, e.b);
  }
  return out;
}
