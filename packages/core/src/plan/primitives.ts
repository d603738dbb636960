import * as z from 'zod/mini';

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
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for an ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`). */
export function isIsoDateTime(value: string): boolean {
  return DATETIME_RE.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const ID_MAX = 80;

/** True for a record id (a plan's, a step's…): a letter or digit, then letters, digits, _ . : -, at most 80 in all. */
export function isId(value: string): boolean {
  return value.length <= ID_MAX && ID_RE.test(value);
}

export const Id = z.string().check(
  z.minLength(1),
  z.maxLength(ID_MAX),
  z.regex(ID_RE, 'must start with a letter or digit and use only letters, digits, _ . : -'),
);
export const Text = z.string().check(z.maxLength(2000));
export const Name = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  // An empty name is already reported by minLength; say "blank" only for whitespace.
  z.refine((v) => v.length === 0 || v.trim().length > 0, 'must not be blank'),
);
export const IsoDate = z.string().check(z.refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD'));
export const IsoDateTime = z.string().check(
  z.refine(isIsoDateTime, 'must be an ISO 8601 date-time with a time zone, e.g. 2026-09-01T09:00:00Z'),
);
/** Evidence and platform links: only https (and mailto for people) ever become links. */
export const SafeUrl = z.string().check(
  z.maxLength(2048),
  z.refine((v) => /^(https:\/\/[^\s]+|mailto:[^\s]+)$/i.test(v), 'must be an https:// or mailto: link'),
);
export const Hours = z.number().check(z.gt(0), z.lte(24 * 365));
