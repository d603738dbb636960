/** Date and instant formats as plans write them, checked by arithmetic (no schema library: the platform checks load this on every page). */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Arithmetic rather than a Date: parsing validates every record of a large plan.
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days in a month of the proleptic Gregorian calendar (what ISO 8601 and Date use). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for an ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`). */
export function isIsoDateTime(value: string): boolean {
  return DATETIME_RE.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}
