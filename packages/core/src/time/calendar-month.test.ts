import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, weekday } from './days.js';
import { dayText, dayTitle, firstDayOfWeek, instantText, monthText, monthTitle, monthWeeks, weekdayNames } from './calendar-month.js';

describe('a month as a date picker lays it out', () => {
  it('starts the week where the locale does', () => {
    assert.deepEqual(['en-US', 'en-GB', 'de-DE', 'ja-JP', 'ar-EG'].map(firstDayOfWeek), [0, 1, 1, 0, 6]);
  });

  it('lays September 2026 out in weeks from Monday, the days of other months left empty', () => {
    const weeks = monthWeeks('2026-09-17', 1);
    assert.equal(weeks.length, 5);
    assert.deepEqual(weeks[0], [undefined, '2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-05', '2026-09-06']);
    assert.deepEqual(weeks[4], ['2026-09-28', '2026-09-29', '2026-09-30', undefined, undefined, undefined, undefined]);
  });

  it('holds every day of any month once, in order, each in its weekday’s column', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_287_181 }), fc.integer({ min: 0, max: 6 }), (days, firstDay) => {
        const date = addDays('1000-01-01', days);
        const weeks = monthWeeks(date, firstDay);
        assert.ok(weeks.every((w) => w.length === 7));
        const cells = weeks.flat();
        const dates = cells.filter((d) => d !== undefined);
        assert.equal(dates[0], `${date.slice(0, 7)}-01`);
        dates.forEach((d, i) => i > 0 && assert.equal(d, addDays(dates[i - 1]!, 1)));
        assert.equal(addDays(dates.at(-1)!, 1).slice(5, 7) !== date.slice(5, 7), true, 'the last day of the month');
        cells.forEach((d, i) => d && assert.equal(weekday(d), (firstDay + i) % 7));
        assert.ok(weeks[0]!.some(Boolean) && weeks.at(-1)!.some(Boolean), 'no empty week');
      }),
      { numRuns: 500 },
    );
  });

  it('names months, weekdays and days in the locale’s words', () => {
    assert.equal(monthTitle('2026-09-30', 'en-GB'), 'September 2026');
    assert.equal(monthTitle('2026-09-30', 'de-DE'), 'September 2026');
    assert.equal(monthTitle('2026-03-01', 'fr-FR'), 'mars 2026');
    // The punctuation between the words follows the runtime's locale data.
    assert.match(dayTitle('2026-09-30', 'en-GB'), /^Wednesday,? 30 September 2026$/);
    assert.match(dayTitle('2026-09-30', 'en-US'), /^Wednesday, September 30, 2026$/);
    assert.equal(dayText('2026-09-30', 'en-US'), 'Sep 30, 2026');
    assert.match(dayText('2026-09-30', 'en-GB'), /^30 Sept? 2026$/);
    assert.equal(dayText('2026-09-30', 'de-DE'), '30.09.2026');
    assert.equal(dayText('2026-09-30', 'en-US', '2026'), 'Sep 30', 'no year within the year named');
    assert.equal(dayText('2026-09-30', 'en-US', '2027'), 'Sep 30, 2026');
    assert.equal(dayText('2026-09-30', 'de-DE', '2026'), '30. Sept.');
    assert.equal(instantText('2026-09-01T09:00:00Z', undefined, 'en-US', '2026'), 'Sep 1, 9:00 AM UTC');
    assert.equal(instantText('2026-09-01T09:00:00Z', 'America/New_York', 'en-US', '2026'), 'Sep 1, 5:00 AM EDT');
    assert.equal(instantText('2026-12-31T23:30:00-05:00', 'America/New_York', 'en-US', '2026'), 'Dec 31, 11:30 PM EST', 'the team’s date, not UTC’s, decides the year');
    assert.equal(instantText('2026-09-01T09:00:00Z', undefined, 'en-US', '2027'), 'Sep 1, 2026, 9:00 AM UTC');
    assert.equal(instantText('not a time', undefined, 'en-US'), 'not a time');
    assert.equal(monthText('2026-09-01', 'en-US'), 'Sep');
    assert.equal(monthText('2027-01-01', 'en-US', true), 'Jan 2027');
    assert.equal(monthText('2026-03-01', 'fr-FR'), 'mars');
    assert.equal(dayText('2026-09-30', 'en-US', '2026'), 'Sep 30', 'the month formats do not take the day formats’ place');
    assert.deepEqual(weekdayNames('en-GB', 1)[0], { short: 'Mon', long: 'Monday' });
    assert.deepEqual(weekdayNames('en-US', 0).map((d) => d.long), ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
  });
});
