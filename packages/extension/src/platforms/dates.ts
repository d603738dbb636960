import { daysInMonth } from '@preflight/core/time';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as YYYY-MM-DD, or null: checked by the core's arithmetic, not a Date (read on the host page's main thread). */
function ymd(y: number, m: number, d: number): string | null {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A date as a page shows it, as YYYY-MM-DD, with how sure the reading is. ISO dates and
 * English month names are certain; numeric dates follow the page language (month first
 * only in en-US) unless a part over 12 settles it.
 */
export function parseDisplayDate(text: string, lang: string): { date: string; confidence: number } | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(t);
  if (m) return certain(ymd(+m[1]!, +m[2]!, +m[3]!));
  m = /^([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})\b/.exec(t);
  if (m) return certain(monthDate(m[1]!, +m[2]!, +m[3]!));
  m = /^(\d{1,2})\.? ([A-Za-z]{3,})\.?,? (\d{4})\b/.exec(t);
  if (m) return certain(monthDate(m[2]!, +m[1]!, +m[3]!));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(t);
  if (!m) return null;
  const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
  const monthFirst = a > 12 ? false : b > 12 ? true : /^en-us$/i.test(lang);
  const date = monthFirst ? ymd(y, a, b) : ymd(y, b, a);
  return date === null ? null : { date, confidence: a > 12 || b > 12 || a === b ? 0.9 : 0.7 };
}

const certain = (date: string | null) => (date === null ? null : { date, confidence: 1 });

function monthDate(name: string, d: number, y: number): string | null {
  const m = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return m < 0 ? null : ymd(y, m + 1, d);
}
