/** Date arithmetic on ISO strings, in UTC (team-clock days: team-day.ts). Rules receive `now`; nothing here reads the clock. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch for an ISO date (`YYYY-MM-DD`, read as UTC midnight) or instant. */
export function toMs(iso: string): number {
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
