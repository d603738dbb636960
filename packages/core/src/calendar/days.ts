/** Calendar steps on dates as written (no time zone applies): moving a date by days, the weekday. No clock. */
import { DAY_MS, toMs, utcDate } from '../rules/time.js';

/** The `YYYY-MM-DD` date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return utcDate(toMs(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toMs(date)).getUTCDay();
}
