/**
 * A month as a date picker lays it out: weeks starting on the locale's first day, and the names of
 * months, weekdays and days in the reader's locale (Intl). Dates are `YYYY-MM-DD`; no clock.
 */
import { addDays, weekday } from './days.js';
import { daysInMonth } from './iso-dates.js';
import { localeDates, validLocale } from './date-text.js';
import { toMs } from './instant.js';
import { localDate, type TeamZone } from './team-day.js';

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The weekday a week starts on in the locale (0 = Sunday … 6 = Saturday); Monday, as ISO 8601, where Intl does not say. */
export function firstDayOfWeek(locale?: string): number {
  const tag = validLocale(locale) ?? new Intl.DateTimeFormat().resolvedOptions().locale;
  const info = new Intl.Locale(tag) as LocaleWithWeek;
  // Intl gives 1 = Monday … 7 = Sunday; older runtimes have a `weekInfo` getter, newer a method.
  const day = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
  return day % 7;
}

/**
 * The weeks of the month holding `date`, each seven days long from `firstDay`: the month's dates,
 * undefined for the days of the weeks that fall in the months around it.
 */
export function monthWeeks(date: string, firstDay: number): (string | undefined)[][] {
  const first = `${date.slice(0, 7)}-01`;
  const length = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  const lead = (weekday(first) - firstDay + 7) % 7;
  const cells: (string | undefined)[] = Array.from({ length: lead }, () => undefined);
  for (let d = 0; d < length; d++) cells.push(addDays(first, d));
  while (cells.length % 7) cells.push(undefined);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

const at = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** The weekdays from `firstDay`, short (`Mo`, as a column heading) and in full (`Monday`), in the locale's words. */
export function weekdayNames(locale: string | undefined, firstDay: number): { short: string; long: string }[] {
  const short = localeDates(locale, { weekday: 'short' });
  const long = localeDates(locale, { weekday: 'long' });
  // 2026-01-04 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays('2026-01-04', (firstDay + i) % 7);
    return { short: short.format(at(day)), long: long.format(at(day)) };
  });
}

/** The month and year of a date in the locale's words: `September 2026`. */
export function monthTitle(date: string, locale?: string): string {
  return localeDates(locale, { month: 'long', year: 'numeric' }).format(at(date));
}

/**
 * A date shortly, in the locale's words: `30 Sept 2026`, `Sep 30, 2026`; without its year when it falls in
 * `thisYear` (`Sep 30`), as a list of this year's work reads. What lists and sentences show for a stored date.
 */
export function dayText(date: string, locale?: string, thisYear?: string): string {
  const yearless = thisYear !== undefined && date.startsWith(`${thisYear}-`);
  return shortFormat(yearless ? 'md' : 'ymd', locale, yearless ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' }).format(at(date));
}

/** A month shortly, as an axis marks it: `Sep`, or `Jan 2027` where `withYear` (a year begins). */
export function monthText(date: string, locale?: string, withYear = false): string {
  return shortFormat(withYear ? 'my' : 'm', locale, withYear ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(at(date));
}

/**
 * An instant on the team's clock in the locale's words, minutes and zone included: `Sep 1, 9:00 AM UTC`,
 * `1. Sept., 05:00 GMT-4`; with its year when the team's date of it falls outside `thisYear`.
 */
export function instantText(isoOrMs: string | number, zone: TeamZone, locale?: string, thisYear?: string): string {
  const ms = typeof isoOrMs === 'number' ? isoOrMs : toMs(isoOrMs);
  if (!Number.isFinite(ms)) return String(isoOrMs);
  const timeZone = zone ?? 'UTC';
  const yearless = thisYear !== undefined && localDate(ms, zone).startsWith(`${thisYear}-`);
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' };
  return shortFormat(`${yearless ? 'mdt' : 'ymdt'} ${timeZone}`, locale, yearless ? options : { ...options, year: 'numeric' }).format(ms);
}

// A list of a thousand rows writes a thousand dates: one formatter per locale and form, not per date.
const shortFormats = new Map<string, Intl.DateTimeFormat>();
function shortFormat(form: string, locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${form} ${locale ?? ''}`;
  let format = shortFormats.get(key);
  if (!format) shortFormats.set(key, (format = localeDates(locale, options)));
  return format;
}

/** A date in full in the locale's words: `Wednesday, 30 September 2026`. */
export function dayTitle(date: string, locale?: string): string {
  return localeDates(locale, { dateStyle: 'full' }).format(at(date));
}
