/** Calendar arithmetic on `YYYY-MM-DD` dates and ISO instants, in UTC, with no clock. */

const DAY_MS = 86_400_000;

/** Midnight UTC of a `YYYY-MM-DD` date, in ms. */
export function dayMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The `YYYY-MM-DD` date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(dayMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The UTC calendar date of an ISO instant or date. */
export function dateOf(isoOrDate: string): string {
  return isoOrDate.length === 10 ? isoOrDate : new Date(Date.parse(isoOrDate)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayMs(date)).getUTCDay();
}

/** Hours between two ISO instants. */
export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 3_600_000;
}

/** Which sprint a date falls in, counted from the sprint that starts on `anchor` (sprint 0). */
export function sprintIndex(date: string, sprint: { lengthDays: number; anchor: string }): number {
  return Math.floor(daysBetween(sprint.anchor, dateOf(date)) / sprint.lengthDays);
}
