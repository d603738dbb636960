import type { Fact } from '@preflight/core/platform';
import { daysInMonth } from '@preflight/core/time';
import type { CampaignRead } from './types.js';
import { isDigit, isLetter, isWordChar } from './chars.js';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as YYYY-MM-DD, or null: checked by the core's arithmetic, not a Date (read on the host page's main thread). */
function ymd(y: number, m: number, d: number): string | null {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

type Parsed = { date: string; confidence: number } | null;

/** The order of a numeric date's day and month. */
export type DateOrder = 'month-first' | 'day-first';

/**
 * A date as a page shows it, as YYYY-MM-DD, with how sure the reading is. ISO dates and
 * English month names are certain; numeric dates follow the order another date on the page
 * settled (`order`, pageDateOrder), or else the page language (month first only in en-US),
 * unless a part over 12 settles it. Read character by character (it ran on the host page's
 * main thread once, where each regular expression is compiled on its first use).
 */
export function parseDisplayDate(text: string, lang: string, order?: DateOrder): Parsed {
  const t = text.trim();
  return isoDate(t) ?? yearFirst(t) ?? monthFirst(t) ?? dayFirst(t) ?? numericDate(t, lang, order);
}

/**
 * A campaign as its page script read it, its dates as the page shows them ("9/10/2026"), with its
 * dates read: YYYY-MM-DD facts, a numeric one in the order the campaign's other date settles, if it
 * does, else the page language's. Run by the background: the host page's thread only reads text.
 */
export function withDatesRead(read: CampaignRead, lang: string): CampaignRead {
  const { startDate, endDate } = read.facts;
  if (!startDate && !endDate) return read;
  const order = pageDateOrder([startDate?.value, endDate?.value]);
  const facts = { ...read.facts };
  if (startDate) facts.startDate = asDate(startDate, lang, order);
  if (endDate) facts.endDate = asDate(endDate, lang, order);
  return { ...read, facts };
}

/**
 * A date fact as the page shows it, read as a YYYY-MM-DD one (where it was read kept), numeric in
 * `order` if given. An unreadable date is passed on as written, barely trusted: the core reports it
 * as not a date rather than missing.
 */
export function asDate<F extends Fact<string>>(raw: F, lang: string, order?: DateOrder): F {
  const parsed = parseDisplayDate(raw.value, lang, order);
  return parsed ? { ...raw, value: parsed.date, confidence: Math.min(raw.confidence, parsed.confidence) } : { ...raw, confidence: 0.3 };
}

/**
 * The order the numeric dates on one page share, where one of them settles it (a part over 12):
 * an app formats every date of a page in its user's locale, so 9/30/2026 says 9/1/2026 is the
 * 1st of September. Undefined when none settles it, or two disagree.
 */
export function pageDateOrder(texts: readonly (string | undefined)[]): DateOrder | undefined {
  const orders = new Set<DateOrder>();
  for (const text of texts) {
    const parts = text === undefined ? null : numericParts(text.trim());
    const own = parts ? ownOrder(parts) : undefined;
    if (own) orders.add(own);
  }
  return orders.size === 1 ? [...orders][0] : undefined;
}

/** The order a numeric date settles itself: a part over 12 that only one reading makes a real date (13/13/2026 settles nothing). */
function ownOrder({ first, second, year }: NumericParts): DateOrder | undefined {
  if (first > 12 && ymd(year, second, first)) return 'day-first';
  if (second > 12 && ymd(year, first, second)) return 'month-first';
  return undefined;
}

const certain = (date: string | null): Parsed => (date === null ? null : { date, confidence: 1 });

/** `2026-09-10`, alone or before a time (`T08:00`, ` 08:00`). */
function isoDate(t: string): Parsed {
  const y = digits(t, 0, 4, 4);
  const m = y && t[y.end] === '-' ? digits(t, y.end + 1, 2, 2) : undefined;
  const d = m && t[m.end] === '-' ? digits(t, m.end + 1, 2, 2) : undefined;
  if (!d || (d.end < t.length && t[d.end] !== 'T' && t[d.end] !== ' ')) return null;
  return certain(ymd(y!.value, m!.value, d.value));
}

/**
 * `2026/09/10`, `2026/9/10`, `2026.9.10`, `2026. 9. 10.`: the year-first dates of the Japanese,
 * Chinese and Korean locales, whose month always comes before the day.
 */
function yearFirst(t: string): Parsed {
  const y = digits(t, 0, 4, 4);
  const sep = y ? t[y.end] : undefined;
  if (sep !== '/' && sep !== '.') return null;
  const after = (at: number) => (sep === '.' && t[at] === ' ' ? at + 1 : at);
  const m = digits(t, after(y!.end + 1), 1, 2);
  const d = m && t[m.end] === sep ? digits(t, after(m.end + 1), 1, 2) : undefined;
  if (!d) return null;
  const end = sep === '.' && t[d.end] === '.' ? d.end + 1 : d.end;
  if (end < t.length && t[end] !== ' ') return null;
  return certain(ymd(y!.value, m!.value, d.value));
}

/** `Sep 10, 2026`, `September 10 2026`, `Sept. 10, 2026`. */
function monthFirst(t: string): Parsed {
  const name = letters(t, 0);
  let at = t[name] === '.' ? name + 1 : name;
  if (name < 3 || t[at] !== ' ') return null;
  const d = digits(t, at + 1, 1, 2);
  if (!d) return null;
  at = t[d.end] === ',' ? d.end + 1 : d.end;
  const y = t[at] === ' ' ? year(t, at + 1) : undefined;
  return y ? certain(monthDate(t.slice(0, name), d.value, y)) : null;
}

/** `10 Sept 2026`, `10. September, 2026`. */
function dayFirst(t: string): Parsed {
  const d = digits(t, 0, 1, 2);
  if (!d) return null;
  let at = t[d.end] === '.' ? d.end + 1 : d.end;
  if (t[at] !== ' ') return null;
  const end = letters(t, at + 1);
  if (end - (at + 1) < 3) return null;
  const name = t.slice(at + 1, end);
  at = t[end] === '.' ? end + 1 : end;
  if (t[at] === ',') at++;
  const y = t[at] === ' ' ? year(t, at + 1) : undefined;
  return y ? certain(monthDate(name, d.value, y)) : null;
}

type NumericParts = { first: number; second: number; year: number };

/** A numeric date's parts as written (`9/10/2026`, `10.09.2026`), or null. */
function numericParts(t: string): NumericParts | null {
  const first = digits(t, 0, 1, 2);
  const second = first && (t[first.end] === '/' || t[first.end] === '.') ? digits(t, first.end + 1, 1, 2) : undefined;
  const y = second && (t[second.end] === '/' || t[second.end] === '.') ? year(t, second.end + 1) : undefined;
  return y ? { first: first!.value, second: second!.value, year: y } : null;
}

/**
 * How sure a numeric date is whose day and month could be either way round (9/10/2026) when nothing
 * on the page settles them: read in the language's order, and the panel says so.
 */
export const EITHER_WAY_ROUND = 0.7;

/**
 * `9/10/2026`, `10.09.2026`: the order settled by a part over 12, or by another date on the page
 * (`order`), or else taken from the language and less sure.
 */
function numericDate(t: string, lang: string, order?: DateOrder): Parsed {
  const parts = numericParts(t);
  if (!parts) return null;
  const { first: a, second: b, year: y } = parts;
  // A part over 12 that makes no real date either way round leaves no reading, whatever the order.
  const own = ownOrder(parts);
  const chosen = own ?? order ?? (lang.toLowerCase() === 'en-us' ? 'month-first' : 'day-first');
  const date = chosen === 'month-first' ? ymd(y, a, b) : ymd(y, b, a);
  return date === null ? null : { date, confidence: own || order || a === b ? 0.9 : EITHER_WAY_ROUND };
}

/** `min` to `max` digits from `at`, and where they end; undefined when fewer. */
function digits(t: string, at: number, min: number, max: number): { value: number; end: number } | undefined {
  let end = at;
  while (end - at < max && isDigit(t[end])) end++;
  return end - at >= min ? { value: Number(t.slice(at, end)), end } : undefined;
}

/** Where the run of ASCII letters from `at` ends. */
function letters(t: string, at: number): number {
  let end = at;
  while (isLetter(t[end])) end++;
  return end;
}

/** A four-digit year from `at` that ends a word (no letter, digit or underscore after it). */
function year(t: string, at: number): number | undefined {
  const y = digits(t, at, 4, 4);
  const next = y ? t[y.end] : undefined;
  return y && !isWordChar(next) ? y.value : undefined;
}

function monthDate(name: string, d: number, y: number): string | null {
  const m = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return m < 0 ? null : ymd(y, m + 1, d);
}
