import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDisplayDate } from './dates.js';

describe('reading dates as pages show them', () => {
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
