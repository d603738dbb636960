import type { Blocker } from '../plan/schema.js';
import { endOfDayMs, toMs } from '../rules/time.js';

/** A blocker's dates in ms: due (the start of its day), the end of its due day, and raised; undefined when it has no due date. */
export interface BlockerDates {
  readonly due: number | undefined;
  readonly dueDayEnd: number | undefined;
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
  const dates = b.due === undefined ? { due: undefined, dueDayEnd: undefined, raised: toMs(b.raisedAt) } : { due: toMs(b.due), dueDayEnd: endOfDayMs(b.due), raised: toMs(b.raisedAt) };
  if (Object.isFrozen(b)) ofFrozen.set(b, dates);
  return dates;
}
