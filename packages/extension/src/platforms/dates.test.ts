import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageDateOrder, parseDisplayDate } from './dates.js';

describe('reading dates as pages show them', () => {
  it('is certain of year-first dates, as the Japanese, Chinese and Korean locales write them', () => {
    for (const text of ['2026/09/10', '2026/9/10', '2026.9.10', '2026. 9. 10.', '2026/09/10 9:00']) {
      assert.deepEqual(parseDisplayDate(text, 'en-US'), { date: '2026-09-10', confidence: 1 }, text);
    }
    for (const text of ['2026/13/01', '2026/9/31', '2026/9.10', '2026/9/10x', '2026/9']) assert.equal(parseDisplayDate(text, 'ja-JP'), null, text);
  });

  it('is certain of ISO dates and month names', () => {
    for (const text of ['2026-09-10', '2026-09-10T08:00:00Z', 'Sep 10, 2026', 'September 10, 2026', '10 Sept 2026', '10 September, 2026']) {
      assert.deepEqual(parseDisplayDate(text, 'de-DE'), { date: '2026-09-10', confidence: 1 }, text);
    }
  });

  it('reads numeric dates month first only in en-US, and is less sure', () => {
    assert.deepEqual(parseDisplayDate('9/10/2026', 'en-US'), { date: '2026-09-10', confidence: 0.7 });
    assert.deepEqual(parseDisplayDate('10/09/2026', 'en-GB'), { date: '2026-09-10', confidence: 0.7 });
    assert.deepEqual(parseDisplayDate('10.09.2026', 'de'), { date: '2026-09-10', confidence: 0.7 });
  });

  it('lets a part over 12 settle the order whatever the language', () => {
    assert.deepEqual(parseDisplayDate('21/08/2026', 'en-US'), { date: '2026-08-21', confidence: 0.9 });
    assert.deepEqual(parseDisplayDate('8/21/2026', 'en-GB'), { date: '2026-08-21', confidence: 0.9 });
  });

  it("reads a numeric date in the order another date on the page settles, as surely as one that settles itself", () => {
    assert.equal(pageDateOrder(['9/1/2026', '9/30/2026']), 'month-first');
    assert.equal(pageDateOrder(['1/9/2026', '30/9/2026']), 'day-first');
    assert.equal(pageDateOrder(['30.09.2026', undefined, 'Sep 1, 2026']), 'day-first');
    // None settles it, or two disagree: the language decides, and the reading stays unsure.
    for (const texts of [['9/1/2026', '9/10/2026'], ['13/1/2026', '1/13/2026'], [undefined, ''], ['2026-09-30'], ['9/1/2026', '13/13/2026'], ['1/45/2026']]) assert.equal(pageDateOrder(texts), undefined, texts.join(' '));
    assert.deepEqual(parseDisplayDate('9/1/2026', 'en-GB', 'month-first'), { date: '2026-09-01', confidence: 0.9 });
    assert.deepEqual(parseDisplayDate('1/9/2026', 'en-US', 'day-first'), { date: '2026-09-01', confidence: 0.9 });
    // A date that settles itself is read as it says, whatever the order given.
    assert.deepEqual(parseDisplayDate('9/30/2026', 'en-GB', 'day-first'), { date: '2026-09-30', confidence: 0.9 });
  });

  it('refuses what is not a date', () => {
    for (const text of ['', 'None', '2026-02-30', 'Smarch 3, 2026', '31/31/2026', '13/13/2026']) assert.equal(parseDisplayDate(text, 'en-US'), null, text);
  });
});

it('every day of a span of years reads as the calendar has it, leap days included, and no other', () => {
  for (const year of [1999, 2000, 2023, 2024, 2100, 2400]) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
        assert.equal(parseDisplayDate(text, 'en-US')?.date ?? null, real ? text : null, text);
      }
    }
  }
});

/** The formats as regular expressions: the reading must agree with them on every text (it reads without them, for speed on the host page). */
function byPatterns(text: string, lang: string): { date: string; confidence: number } | null {
  const t = text.trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const days = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const ymd = (y: number, m: number, d: number) => (y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null);
  const certain = (date: string | null) => (date === null ? null : { date, confidence: 1 });
  const month = (name: string) => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(t);
  if (m) return certain(ymd(+m[1]!, +m[2]!, +m[3]!));
  m = /^([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})\b/.exec(t);
  if (m) return month(m[1]!) ? certain(ymd(+m[3]!, month(m[1]!), +m[2]!)) : null;
  m = /^(\d{1,2})\.? ([A-Za-z]{3,})\.?,? (\d{4})\b/.exec(t);
  if (m) return month(m[2]!) ? certain(ymd(+m[3]!, month(m[2]!), +m[1]!)) : null;
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(t);
  if (!m) return null;
  const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
  const monthFirst = a > 12 ? false : b > 12 ? true : /^en-us$/i.test(lang);
  const date = monthFirst ? ymd(y, a, b) : ymd(y, b, a);
  return date === null ? null : { date, confidence: a > 12 || b > 12 || a === b ? 0.9 : 0.7 };
}

it('agrees with the formats written as regular expressions, on dates and near-dates of every shape', () => {
  // Texts built from the shapes dates come in, then now and then changed by a piece (a third
  // digit, a missing space, a letter after the year), so near misses come up as often as dates
  // do; a fixed seed keeps it repeatable.
  const parts: Record<string, string[]> = {
    N: ['0', '1', '9', '10', '12', '13', '31', '02', '123'],
    Y: ['2026', '2024', '999', '20261', '0999'],
    W: ['Sep', 'September', 'Sept', 'Smarch', 'jan', 'FEB', 'x'],
    S: ['/', '.', '-', ' '],
    O: ['', '.', ',', '. ', ', ', ' '],
    E: ['', '', 'T08:00', ' 08:00', 'x', '_', '1', ',', ' ', '/'],
  };
  const shapes = ['YSNSNE', 'NSNSYE', 'WO NOYE', 'NO WOYE', 'W NOYE', 'N W YE', 'NSNSNSYE'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  let dates = 0;
  for (let i = 0; i < 20000; i++) {
    let text = [...pick(shapes)].map((c) => (parts[c] ? pick(parts[c]) : c)).join('');
    if (next() < 0.3) {
      const at = Math.floor(next() * (text.length + 1));
      text = text.slice(0, at) + pick(['', '1', 'a', ' ', '.', '/']) + text.slice(at + (next() < 0.5 ? 1 : 0));
    }
    for (const lang of ['en-US', 'en-GB']) {
      const expected = byPatterns(text, lang);
      if (expected) dates++;
      assert.deepEqual(parseDisplayDate(text, lang), expected, `${JSON.stringify(text)} in ${lang}`);
    }
  }
  for (const text of ['9/10/2026', '10.9.2026', 'Sep 10, 2026', '10. Sept., 2026', '2026-09-10 08:00', ' 9/10/2026x', '9/10/2026_', '9/10/20261', '123/1/2026', 'Sep 10,2026']) {
    for (const lang of ['en-US', 'de']) assert.deepEqual(parseDisplayDate(text, lang), byPatterns(text, lang), text);
  }
  assert.ok(dates > 1000, `only ${dates} of the texts were dates`);
});

describe('reading a page’s dates in the background', () => {
  it('a read’s dates as the page showed them are read where it was read, in the order its other date settles', async () => {
    const { withDatesRead } = await import('./dates.js');
    const { campaignRead } = await import('./read.js');
    const shown = (start: string, end?: string) =>
      campaignRead('meta', 'meta:1:2', { startDate: { value: start, source: 'control:Start date', confidence: 1 }, ...(end ? { endDate: { value: end, source: 'control:End date', confidence: 1 } } : {}) }, 'ad-set');
    // 30/9/2026 settles day-first, on an en-US page too; where it was read is kept.
    const settled = withDatesRead(shown('1/9/2026', '30/9/2026'), 'en-US');
    assert.deepEqual(settled.facts.startDate, { value: '2026-09-01', source: 'control:Start date', confidence: 0.9, level: 'ad-set', via: 'page' });
    assert.equal(settled.facts.endDate?.value, '2026-09-30');
    // Alone and unsettled: the language's order, less sure; an unreadable one stays as written, barely trusted.
    assert.deepEqual(withDatesRead(shown('1/9/2026'), 'en-GB').facts.startDate, { value: '2026-09-01', source: 'control:Start date', confidence: 0.7, level: 'ad-set', via: 'page' });
    assert.deepEqual(withDatesRead(shown('next week'), 'en-US').facts.startDate, { value: 'next week', source: 'control:Start date', confidence: 0.3, level: 'ad-set', via: 'page' });
    // No dates: the read itself.
    const none = campaignRead('meta', 'meta:1:2', {}, 'campaign');
    assert.equal(withDatesRead(none, 'en-US'), none);
  });
});
