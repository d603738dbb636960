/** Calendar steps on dates as written (no time zone applies): moving a date by days or months, the weekday. No clock. */
import { DAY_MS, toMs, utcDate } from './instant.js';

/** The `YYYY-MM-DD` date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return utcDate(toMs(date) + days * DAY_MS);
}

/** `date` plus `months` calendar months, the day clamped to the month's length (Jan 31 + 1 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday. */
const EPOCH_WEEKDAY = 4;

/** The weekday of the day holding `ms` (0 = Sunday … 6 = Saturday), by arithmetic: SLA clocks ask for it in loops. */
export function weekdayOfMs(ms: number): number {
  return (((Math.floor(ms / DAY_MS) + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return weekdayOfMs(toMs(date));
}
