/**
 * Dates as a person types and reads them: in the order and with the separators their locale uses
 * (derived from `Intl.DateTimeFormat`'s parts, never listed per locale), while plans keep
 * `YYYY-MM-DD`. No clock: "today" is the team's date, given by the caller.
 */
import { addDays } from './days.js';
import { daysInMonth, isIsoDate } from './iso-dates.js';

export type DatePart = 'day' | 'month' | 'year';

export interface DateFormat {
  /** The locale the format was read from (the runtime's default when the one asked for is not valid). */
  locale: string;
  /** The parts in the order the locale writes them. */
  order: readonly [DatePart, DatePart, DatePart];
  /** What the locale writes before, between and after the parts (`['', '/', '/', '']`). */
  literals: readonly [string, string, string, string];
  /** The format in letters, for a hint or a placeholder: `DD/MM/YYYY`. */
  pattern: string;
  /** A date written in the format: `30/09/2026`. */
  example: string;
}

/** What a typed text stands for: the date it names, or what is wrong with it in words. */
export type DateReading = { ok: true; date: string } | { ok: false; problem: string };

const LETTERS: Record<DatePart, string> = { day: 'DD', month: 'MM', year: 'YYYY' };
const WIDTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A day past the 12th, so that the example cannot be read with day and month swapped. */
const EXAMPLE = '2026-09-30';
/** Direction marks some locales put around separators: they are not what anyone types. */
const MARKS = /[\u200e\u200f\u061c]/g;
/** Words for days relative to the team's today. */
const RELATIVE = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tomorrow', 1],
]);

/** A locale tag Intl accepts, or undefined (the runtime's own): a malformed `lang` must not fail a form. */
export function validLocale(locale: string | undefined): string | undefined {
  try {
    return locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Intl's dates in a locale, on UTC days, in the Gregorian calendar with Latin digits: what plans and people's typing use. */
export function localeDates(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(validLocale(locale), { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn', ...options });
}

const formats = new Map<string, DateFormat>();

/** The numeric date format of a locale (`en-GB`: `DD/MM/YYYY`; `en-US`: `MM/DD/YYYY`; `ja-JP`: `YYYY/MM/DD`). */
export function dateFormat(locale?: string): DateFormat {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = readFormat(localeDates(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }));
    formats.set(key, format);
  }
  return format;
}

function readFormat(formatter: Intl.DateTimeFormat): DateFormat {
  const order: DatePart[] = [];
  const literals = ['', '', '', ''];
  for (const { type, value } of formatter.formatToParts(Date.parse(EXAMPLE))) {
    if (type === 'day' || type === 'month' || type === 'year') order.push(type);
    else literals[order.length] += value.replace(MARKS, '');
  }
  // Every locale Intl knows writes all three parts; anything else is read as ISO.
  const parts = (order.length === 3 && new Set(order).size === 3 ? order : ['year', 'month', 'day']) as [DatePart, DatePart, DatePart];
  const lits = (order.length === 3 ? literals : ['', '-', '-', '']) as [string, string, string, string];
  const format = { locale: formatter.resolvedOptions().locale, order: parts, literals: lits, pattern: '', example: '' };
  format.pattern = write(format, LETTERS);
  format.example = formatDateText(EXAMPLE, format);
  return format;
}

function write(format: Pick<DateFormat, 'order' | 'literals'>, values: Record<DatePart, string>): string {
  const [a, b, c] = format.order;
  const [before, first, second, after] = format.literals;
  return `${before}${values[a]}${first}${values[b]}${second}${values[c]}${after}`;
}

/** A `YYYY-MM-DD` date written in the format, days and months with two digits: `30/09/2026`. */
export function formatDateText(date: string, format: DateFormat): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  return write(format, { year, month, day });
}

const ISO_ORDER = ['year', 'month', 'day'] as const;

/**
 * The date a typed text names: the locale's format (one-digit days and months, any of its separators
 * or `/ . - ` and spaces), `YYYY-MM-DD` (or any text that starts with a four-digit year) in every locale,
 * or today, tomorrow or yesterday on the team's `today`. Undefined for blank text. What is wrong is said
 * with the text as typed: a missing part, a year not written with four digits, a month or day that does not exist.
 */
export function readDateText(text: string, format: DateFormat, today?: string): DateReading | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  const quoted = `“${typed}”`;
  const word = RELATIVE.get(typed.toLowerCase());
  if (word !== undefined) {
    return today && isIsoDate(today) ? { ok: true, date: addDays(today, word) } : { ok: false, problem: `${quoted} needs the team's date, which is not known here; type the date as ${format.pattern}` };
  }
  const tryAs = `type it as ${format.pattern}, for example ${format.example}`;
  const separators = new Set([...format.literals.join(''), '/', '.', '-', ' ']);
  const groups = typed.split(/\D+/).filter((g) => g !== '');
  const strays = [...typed.replace(/\d/g, '')].filter((ch) => !separators.has(ch) && !/\s/.test(ch));
  // One long run of digits (30092026) does not say where a part ends.
  if (strays.length > 0 || groups.length === 0 || groups.length > 3 || (groups.length === 1 && groups[0]!.length > 4)) return { ok: false, problem: `${quoted} is not a date; ${tryAs}` };
  // A four-digit first number is a year: YYYY-MM-DD, read the same in every locale.
  const order = groups[0]!.length === 4 && format.order[0] !== 'year' ? ISO_ORDER : format.order;
  if (groups.length < 3) {
    const missing = order.slice(groups.length);
    return { ok: false, problem: `${quoted} has no ${missing.join(' or ')}; ${tryAs}` };
  }
  const value = Object.fromEntries(order.map((part, i) => [part, groups[i]!])) as Record<DatePart, string>;
  if (value.year.length !== 4) return { ok: false, problem: `${quoted}: write the year with four digits; ${tryAs}` };
  const [year, month, day] = [Number(value.year), Number(value.month), Number(value.day)];
  if (value.month.length > 2 || month < 1 || month > 12) return { ok: false, problem: `there is no month ${value.month}, so ${quoted} is not a date; ${tryAs}` };
  const days = daysInMonth(year, month);
  if (value.day.length > 2 || day < 1) return { ok: false, problem: `there is no day ${value.day}, so ${quoted} is not a date; ${tryAs}` };
  if (day > days) return { ok: false, problem: `${MONTHS[month - 1]} ${value.year} has ${days} days, so ${quoted} is not a date` };
  const pad = (part: DatePart) => value[part].padStart(WIDTH[part], '0');
  return { ok: true, date: `${pad('year')}-${pad('month')}-${pad('day')}` };
}
