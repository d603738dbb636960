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
