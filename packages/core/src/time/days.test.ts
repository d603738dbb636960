import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, addMonths, weekday } from './days.js';

describe('calendar steps on dates as written', () => {
  it('addMonths clamps the day to the month', () => {
    assert.deepEqual(['2026-01-31', '2026-05-31', '2024-01-29'].map((d) => addMonths(d, 1)), ['2026-02-28', '2026-06-30', '2024-02-29']);
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
  });

  it('the weekday agrees with Date for any day, before the epoch included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const date = addDays('1970-01-01', days);
        assert.equal(weekday(date), new Date(`${date}T12:00:00Z`).getUTCDay(), date);
      }),
    );
  });
});
