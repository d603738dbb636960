/** Date arithmetic on ISO strings, in UTC (team-clock days: team-day.ts). Rules receive `now`; nothing here reads the clock. */

import { digitsAt, epochDay } from './iso-dates.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const [T, COLON, Z, DOT] = [84, 58, 90, 46];

/** Milliseconds since the epoch for an ISO date (`YYYY-MM-DD`, read as UTC midnight) or instant. */
export function toMs(iso: string): number {
  // The forms plans store (a date, an instant in UTC to the second or the millisecond) are read by
  // arithmetic, three times cheaper than Date.parse: rules read every record's dates. Anything else
  // (offsets, a day past the month's end, which Date.parse rolls over) is Date.parse's to read.
  const n = iso.length;
  if (n === 10 || n === 20 || n === 24) {
    const day = epochDay(iso);
    if (!Number.isNaN(day)) {
      if (n === 10) return day * DAY_MS;
      const h = digitsAt(iso, 11, 2);
      const min = digitsAt(iso, 14, 2);
      const sec = digitsAt(iso, 17, 2);
      const ms = n === 24 ? (iso.charCodeAt(19) === DOT ? digitsAt(iso, 20, 3) : Number.NaN) : 0;
      if (iso.charCodeAt(10) === T && iso.charCodeAt(13) === COLON && iso.charCodeAt(16) === COLON && iso.charCodeAt(n - 1) === Z && h <= 23 && min <= 59 && sec <= 59 && ms >= 0) {
        return day * DAY_MS + h * HOUR_MS + min * 60_000 + sec * 1000 + ms;
      }
    }
  }
  return Date.parse(iso);
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole calendar days from date `a` to date `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** An ISO instant without milliseconds, e.g. `2026-08-27T09:00:00Z`. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
