/** Date and instant formats as plans write them, checked by arithmetic (no schema library: the platform checks load this on every page). */

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  // Arithmetic rather than a Date or a regex: parsing validates every record of a large plan.
  return value.length === 10 && !Number.isNaN(epochDay(value));
}

/** The number `length` ASCII digits write from `from`; NaN when one of them is not a digit. */
export function digitsAt(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

const DASH = 45;

/**
 * Days from 1970-01-01 to the real calendar date `s` starts with (`YYYY-MM-DD`, what follows is
 * not read), or NaN when it starts with none. Integer arithmetic: rules read every blocker's dates.
 */
export function epochDay(s: string): number {
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH || !(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return Number.NaN;
  // Days from civil (proleptic Gregorian, years counted from March so the leap day ends a year).
  const ys = m <= 2 ? y - 1 : y;
  const era = Math.floor(ys / 400);
  const yoe = ys - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Days in a month of the proleptic Gregorian calendar (what ISO 8601 and Date use). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** What is wrong with a `now` that is not an ISO 8601 instant (every surface says it in these words). */
export const invalidNowMessage = (now: string): string => `"${now}" is not an ISO 8601 instant such as 2026-09-01T09:00:00Z`;

/** True for an ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`). */
export function isIsoDateTime(value: string): boolean {
  return DATETIME_RE.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/** A piece of a sentence: text as written, or a calendar date the sentence names. */
export type SentencePart = string | { date: string };

/**
 * A rule's sentence in pieces, each calendar date it states on its own, so that a screen can write the
 * dates the reader's way. Rules quote the names people gave things (`Gate "Launch 2026-09-01" was due
 * 2026-08-25`): a date inside double quotes is part of a name and stays as typed, as does a date that
 * starts an instant (`2026-08-25T09:00Z`) or is not a real day.
 */
export function sentenceParts(sentence: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let text = '';
  sentence.split('"').forEach((piece, i) => {
    if (i > 0) text += '"';
    if (i % 2 === 1) {
      text += piece;
      return;
    }
    let last = 0;
    for (const m of piece.matchAll(/(?<![\d-])\d{4}-\d{2}-\d{2}(?![\dT:-])/g)) {
      if (!isIsoDate(m[0])) continue;
      text += piece.slice(last, m.index);
      if (text) parts.push(text);
      parts.push({ date: m[0] });
      text = '';
      last = m.index + m[0].length;
    }
    text += piece.slice(last);
  });
  if (text) parts.push(text);
  return parts;
}
