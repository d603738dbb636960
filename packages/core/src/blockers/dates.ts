import type { Blocker } from '../plan/schema.js';
import { toMs } from '../time/instant.js';

/**
 * A blocker's dates in ms: due (its date's UTC midnight, undefined when it has none) and raised.
 * Both are instants or dates as written, whatever the team's time zone; the end of the due day
 * depends on the zone and is computed from `due` by the caller (`dayEndMs`), never cached here.
 */
export interface BlockerDates {
  readonly due: number | undefined;
  readonly raised: number;
}

const ofFrozen = new WeakMap<Blocker, BlockerDates>();

/**
 * A blocker's dates, read once per frozen record: a frozen record cannot change, so sorting,
 * the SLA clock and the sprint grouping share one reading across evaluations, orders and edits
 * that keep the record. Unfrozen records are read afresh every time.
 */
export function blockerDates(b: Blocker): BlockerDates {
  const cached = ofFrozen.get(b);
  if (cached) return cached;
  const dates = { due: b.due === undefined ? undefined : toMs(b.due), raised: toMs(b.raisedAt) };
  if (Object.isFrozen(b)) ofFrozen.set(b, dates);
  return dates;
}
