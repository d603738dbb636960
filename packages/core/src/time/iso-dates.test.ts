import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isIsoDate, isIsoDateTime, sentenceParts } from './iso-dates.js';
import { toMs } from './instant.js';

describe('calendar dates and instants', () => {
  it('accepts real dates of any four-digit year, leap days included', () => {
    for (const date of ['2026-09-01', '2028-02-29', '2000-02-29', '0001-01-01', '0050-06-15', '0004-02-29', '9999-12-31']) assert.ok(isIsoDate(date), date);
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const date of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '0050-02-29', '2026-9-1', '20260901', '']) assert.ok(!isIsoDate(date), date);
  });

  it('accepts instants with an offset on real dates, early years included', () => {
    for (const at of ['2026-09-01T09:00:00Z', '2026-03-29T02:30:00+02:00', '2028-02-29T23:59:59.999-05:00', '0050-01-01T00:00:00Z']) assert.ok(isIsoDateTime(at), at);
    for (const at of ['2026-09-01T09:00:00', '2026-02-30T09:00:00Z', '2026-09-01T25:00:00Z', '2026-09-01']) assert.ok(!isIsoDateTime(at), at);
  });

  it('agrees with the calendar Date keeps, for every day written YYYY-MM-DD in any year', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, mo, d) => {
        const t = new Date(0);
        t.setUTCFullYear(y, mo - 1, d);
        const real = t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
        assert.equal(isIsoDate(`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`), real);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads dates and instants as Date.parse does, whatever is written (toMs reads the usual forms by arithmetic)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const same = (text: string) => assert.ok(Object.is(toMs(text), Date.parse(text)), text);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 999 })),
        (y, mo, d, [h, mi, s, ms]) => {
          const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          const time = `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
          for (const text of [date, `${date}T${time}Z`, `${date}T${time}.${pad(ms, 3)}Z`, `${date}T${time}+02:00`, `${date}t${time}z`, `${date} ${time}Z`]) same(text);
        },
      ),
      { numRuns: 3000 },
    );
    // Text around the forms read by arithmetic: one character changed anywhere falls back to Date.parse, or reads the same.
    const chars = fc.constantFrom(...'0123456789-:.TZtz +');
    fc.assert(
      fc.property(fc.constantFrom('2026-02-28', '2028-02-29T23:59:59Z', '2026-09-01T09:30:45.123Z'), fc.nat(), chars, (text, at, c) => {
        const i = at % text.length;
        same(text.slice(0, i) + c + text.slice(i + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the dates a sentence states, not those inside a quoted name, an instant or an impossible day', () => {
    assert.deepEqual(sentenceParts('Gate "Launch 2026-09-01" was due 2026-08-25 and is still open.'), ['Gate "Launch 2026-09-01" was due ', { date: '2026-08-25' }, ' and is still open.']);
    assert.deepEqual(sentenceParts('2026-08-25 to 2026-09-01'), [{ date: '2026-08-25' }, ' to ', { date: '2026-09-01' }]);
    assert.deepEqual(sentenceParts('at 2026-08-25T09:00Z, on 2026-02-30, id 12026-08-251'), ['at 2026-08-25T09:00Z, on 2026-02-30, id 12026-08-251']);
    assert.deepEqual(sentenceParts('No date here.'), ['No date here.']);
    assert.deepEqual(sentenceParts(''), []);
  });

  it('keeps every character of the sentence, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('"', '2026-08-25', '2026-02-30', 'T', '-'))), (pieces) => {
        const sentence = pieces.join('');
        const joined = sentenceParts(sentence)
          .map((p) => (typeof p === 'string' ? p : p.date))
          .join('');
        assert.equal(joined, sentence);
      }),
    );
  });
});
