import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { BusinessHours } from '../config/schema.js';
import { addSlaHours } from './business-hours.js';

const MINUTE_MS = 60_000;
const WEEKDAYS = [1, 2, 3, 4, 5];
/** Monday to Friday, 09:00–17:00 at UTC+1. */
const OFFICE: BusinessHours = { startHour: 9, endHour: 17, days: WEEKDAYS, utcOffsetMinutes: 60 };
const office = (timeZone: string): BusinessHours => ({ startHour: 9, endHour: 17, days: WEEKDAYS, timeZone });
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const add = (start: string, hours: number, businessHours: BusinessHours | null) => iso(addSlaHours(Date.parse(start), hours, businessHours));

describe('SLA clock', () => {
  it('counts every hour without business hours', () => {
    assert.equal(add('2026-08-28T14:00:00Z', 48, null), '2026-08-30T14:00:00Z');
  });

  it('counts only working hours on working days, in the team offset', () => {
    // Friday 15:00 local: 2 h on Friday, 8 on Monday, 6 on Tuesday → Tuesday 15:00 local.
    assert.equal(add('2026-08-28T14:00:00Z', 16, OFFICE), '2026-09-01T14:00:00Z');
    // Saturday: the clock starts Monday 09:00 local.
    assert.equal(add('2026-08-29T10:00:00Z', 1, OFFICE), '2026-08-31T09:00:00Z');
  });

  it('skips whole weeks and lands on the same instant as counting day by day', () => {
    // Monday 09:00 local plus two working weeks ends Friday 17:00 local of the second week.
    assert.equal(add('2026-08-31T08:00:00Z', 80, OFFICE), '2026-09-11T16:00:00Z');
    assert.equal(add('2026-08-31T08:00:00Z', 81, OFFICE), '2026-09-14T09:00:00Z');
  });

  it('falls back to calendar hours when the working window is empty', () => {
    assert.equal(add('2026-08-28T14:00:00Z', 5, { ...OFFICE, startHour: 17, endHour: 9 }), '2026-08-28T19:00:00Z');
  });

  it('counts a week that starts on Sunday: Thursday afternoon runs on into Sunday morning', () => {
    const week = { startHour: 9, endHour: 17, days: [0, 1, 2, 3, 4], timeZone: 'Asia/Dubai' };
    // Thursday 16:00 in Dubai (UTC+4): 1 h on Thursday, then Sunday from 09:00.
    assert.equal(add('2026-08-27T12:00:00Z', 2, week), '2026-08-30T06:00:00Z');
  });
});

describe('SLA clock in a named time zone', () => {
  it('a fixed offset ignores daylight saving; the time zone follows it', () => {
    // From Saturday, 1 h ends Monday 9 March 10:00 in New York: 14:00Z (EDT since Sunday); a fixed −5 h offset says 15:00Z.
    assert.equal(add('2026-03-07T15:00:00Z', 1, office('America/New_York')), '2026-03-09T14:00:00Z');
    assert.equal(add('2026-03-07T15:00:00Z', 1, { ...OFFICE, utcOffsetMinutes: -300 }), '2026-03-09T15:00:00Z');
  });

  it('America/New_York, spring forward: a Friday breach that runs over the weekend change', () => {
    // Friday 6 March 16:00 EST (21:00Z): 1 h on Friday, 1 h on Monday from 09:00 EDT (13:00Z).
    assert.equal(add('2026-03-06T21:00:00Z', 2, office('America/New_York')), '2026-03-09T14:00:00Z');
  });

  it('America/New_York, spring forward: the working day that loses an hour counts 4 h in 00:00–05:00', () => {
    const night = { startHour: 0, endHour: 5, days: EVERY_DAY, timeZone: 'America/New_York' };
    // Sunday 8 March 00:00 EST is 05:00Z; 02:00–03:00 does not exist that day.
    assert.equal(add('2026-03-08T05:00:00Z', 4, night), '2026-03-08T09:00:00Z', '05:00 EDT, the end of the window');
    assert.equal(add('2026-03-08T05:00:00Z', 2, night), '2026-03-08T07:00:00Z', 'the instant of the change');
    assert.equal(add('2026-03-08T05:00:00Z', 5, night), '2026-03-09T05:00:00Z', 'Monday 01:00 EDT');
  });

  it('America/New_York, fall back: the working day that gains an hour counts 6 h in 00:00–05:00', () => {
    const night = { startHour: 0, endHour: 5, days: EVERY_DAY, timeZone: 'America/New_York' };
    // Sunday 1 November 00:00 EDT is 04:00Z; 01:00–02:00 happens twice.
    assert.equal(add('2026-11-01T04:00:00Z', 6, night), '2026-11-01T10:00:00Z', '05:00 EST, the end of the window');
    assert.equal(add('2026-11-01T04:00:00Z', 2.5, night), '2026-11-01T06:30:00Z', '01:30 EST, the second 01:30');
    assert.equal(add('2026-11-01T04:00:00Z', 6.5, night), '2026-11-02T05:30:00Z', 'Monday 00:30 EST');
  });

  it('America/New_York, fall back: a Friday breach lands on Monday in standard time', () => {
    // Friday 30 October 16:00 EDT (20:00Z): 1 h on Friday, 1 h on Monday from 09:00 EST (14:00Z).
    assert.equal(add('2026-10-30T20:00:00Z', 2, office('America/New_York')), '2026-11-02T15:00:00Z');
  });

  it('Europe/London, spring forward and fall back over a weekend', () => {
    // Friday 27 March 16:00 GMT → Monday 30 March 10:00 BST (09:00Z).
    assert.equal(add('2026-03-27T16:00:00Z', 2, office('Europe/London')), '2026-03-30T09:00:00Z');
    // Friday 23 October 16:00 BST (15:00Z) → Monday 26 October 10:00 GMT.
    assert.equal(add('2026-10-23T15:00:00Z', 2, office('Europe/London')), '2026-10-26T10:00:00Z');
  });

  it('Europe/London, round the clock: elapsed hours across each change, not wall-clock hours', () => {
    const always = { startHour: 0, endHour: 24, days: EVERY_DAY, timeZone: 'Europe/London' };
    // Saturday noon GMT plus 48 h is Monday 12:00Z, 13:00 BST on the wall.
    assert.equal(add('2026-03-28T12:00:00Z', 48, always), '2026-03-30T12:00:00Z');
    assert.equal(add('2026-10-24T12:00:00Z', 48, always), '2026-10-26T12:00:00Z');
  });

  it('Asia/Kolkata: a half-hour offset', () => {
    // Friday 28 August 16:00 IST (10:30Z) → Monday 31 August 10:00 IST (04:30Z).
    assert.equal(add('2026-08-28T10:30:00Z', 2, office('Asia/Kolkata')), '2026-08-31T04:30:00Z');
    // Saturday: the clock starts Monday 09:00 IST.
    assert.equal(add('2026-08-29T06:00:00Z', 0.5, office('Asia/Kolkata')), '2026-08-31T04:00:00Z');
  });

  it('Australia/Adelaide: a half-hour offset that changes with daylight saving', () => {
    // Friday 2 October 16:00 ACST (06:30Z) → Monday 5 October 10:00 ACDT (UTC+10:30), 23:30Z on the 4th.
    assert.equal(add('2026-10-02T06:30:00Z', 2, office('Australia/Adelaide')), '2026-10-04T23:30:00Z');
    // Friday 3 April 16:00 ACDT (05:30Z) → Monday 6 April 10:00 ACST (UTC+9:30), 00:30Z.
    assert.equal(add('2026-04-03T05:30:00Z', 2, office('Australia/Adelaide')), '2026-04-06T00:30:00Z');
  });

  it('skips whole weeks without missing a change inside them', () => {
    // Monday 2 March 09:00 EST (14:00Z) plus three working weeks: Friday 20 March 17:00 EDT (21:00Z).
    assert.equal(add('2026-03-02T14:00:00Z', 120, office('America/New_York')), '2026-03-20T21:00:00Z');
    // A year of working weeks later, across both changes: still 17:00 on the wall.
    assert.equal(add('2026-03-02T14:00:00Z', 52 * 40, office('America/New_York')), '2027-02-26T22:00:00Z');
  });
});

/** The reference: walk minute by minute and count the minutes whose wall clock is at work. */
function minuteByMinute(startMs: number, hours: number, businessHours: BusinessHours): number {
  const zone = businessHours.timeZone ?? 'UTC';
  const shift = (businessHours.utcOffsetMinutes ?? 0) * MINUTE_MS;
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short', hour: 'numeric' });
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  let minutes = Math.round(hours * 60);
  for (let at = startMs; ; at += MINUTE_MS) {
    const [weekday, hour] = format.format(at + shift).split(', ');
    const working = businessHours.days.includes(weekdays.indexOf(weekday!)) && Number(hour) >= businessHours.startHour && Number(hour) < businessHours.endHour;
    if (working && --minutes === 0) return at + MINUTE_MS;
  }
}

describe('SLA clock with no clock of its own', () => {
  const plain: BusinessHours = { startHour: 9, endHour: 17, days: WEEKDAYS };
  const addIn = (start: string, hours: number, team?: string) => iso(addSlaHours(Date.parse(start), hours, plain, team));

  it('follows the team time zone, daylight saving included', () => {
    // Friday 2026-03-06 16:00 in New York (EST, UTC-5): one hour on Friday, one on Monday 2026-03-09 (EDT, UTC-4).
    assert.equal(addIn('2026-03-06T21:00:00Z', 2, 'America/New_York'), '2026-03-09T14:00:00Z');
    assert.equal(addIn('2026-03-06T21:00:00Z', 2, 'America/New_York'), add('2026-03-06T21:00:00Z', 2, office('America/New_York')));
  });

  it('keeps UTC when the team has no time zone, and its own clock when it names one', () => {
    assert.equal(addIn('2026-03-06T16:00:00Z', 2), '2026-03-09T10:00:00Z');
    assert.equal(iso(addSlaHours(Date.parse('2026-03-06T21:00:00Z'), 2, office('Europe/London'), 'America/New_York')), add('2026-03-06T21:00:00Z', 2, office('Europe/London')));
    assert.equal(iso(addSlaHours(Date.parse('2026-03-06T15:00:00Z'), 2, OFFICE, 'America/New_York')), add('2026-03-06T15:00:00Z', 2, OFFICE));
  });
});

describe('SLA clock against a minute-by-minute count', () => {
  // Instants near each zone's 2026 clock changes (and around them for the zones without any).
  const CHANGES = ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-04T16:30:00Z', '2026-10-03T16:30:00Z'].map(Date.parse);
  const clock = fc.oneof(
    fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Adelaide').map((timeZone) => ({ timeZone })),
    fc.constantFrom(-300, 0, 330, 570).map((utcOffsetMinutes) => ({ utcOffsetMinutes })),
  );
  const hoursArb = fc
    .record({
      startHour: fc.integer({ min: 0, max: 23 }),
      length: fc.integer({ min: 1, max: 24 }),
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
      clock,
    })
    .map(({ startHour, length, days, clock }): BusinessHours => ({ startHour, endHour: Math.min(24, startHour + length), days, ...clock }));

  it('lands on the same instant for any start near a change and any window', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHANGES),
        fc.integer({ min: -4 * 24 * 60, max: 2 * 24 * 60 }),
        hoursArb,
        fc.integer({ min: 1, max: 4 * 24 }),
        (change, minutes, businessHours, quarters) => {
          const start = change + minutes * MINUTE_MS;
          // At most one working week, so the reference walks no more than two weeks of minutes.
          const weekly = (businessHours.endHour - businessHours.startHour) * businessHours.days.length;
          const hours = Math.min(quarters / 4, weekly);
          assert.equal(iso(addSlaHours(start, hours, businessHours)), iso(minuteByMinute(start, hours, businessHours)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
