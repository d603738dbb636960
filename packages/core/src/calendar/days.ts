/** Calendar steps the rules' time helpers do not cover: moving a date by days, the weekday. UTC, no clock. */
import { DAY_MS, toMs, utcDate } from '../rules/time.js';

/** The `YYYY-MM-DD` date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return utcDate(toMs(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toMs(date)).getUTCDay();
}

/** The UTC calendar date of an ISO instant (or a date, unchanged). */
export function dateOf(isoOrDate: string): string {
  return isoOrDate.length === 10 ? isoOrDate : utcDate(toMs(isoOrDate));
}
