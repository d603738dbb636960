import * as z from 'zod/mini';
import { isIsoDate, isIsoDateTime } from '../time/iso-dates.js';

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
