import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatUtcOffset, knownTimeZones, readUtcOffset } from './time-zones.js';

test('fixed offsets are read as people write them, in minutes east of UTC', () => {
  const cases: [string, number][] = [['UTC+01:00', 60], ['UTC+1', 60], ['utc-05:30', -330], ['GMT+0530', 330], ['UTC+0', 0], [' UTC - 3 ', -180]];
  for (const [text, minutes] of cases) assert.equal(readUtcOffset(text), minutes, text);
});

test('text that starts like an offset but is not one is unreadable; zone names are left alone', () => {
  for (const text of ['UTC+1:75', 'UTC+', 'UTC+123', 'GMT-1:2']) assert.equal(readUtcOffset(text), 'unreadable', text);
  for (const text of ['', 'UTC', 'Europe/Berlin', 'Etc/GMT+1']) assert.equal(readUtcOffset(text), undefined, text);
});

test('a written offset reads back as the same minutes', () => {
  fc.assert(fc.property(fc.integer({ min: -99 * 60 - 59, max: 99 * 60 + 59 }), (minutes) => readUtcOffset(formatUtcOffset(minutes)) === minutes));
  assert.equal(formatUtcOffset(-330), 'UTC-05:30');
  assert.equal(formatUtcOffset(0), 'UTC+00:00');
});

test('the zone suggestions hold UTC once and the usual IANA names', () => {
  const zones = knownTimeZones();
  assert.equal(zones.filter((z) => z === 'UTC').length, 1);
  assert.ok(zones.includes('Europe/Berlin') && zones.includes('America/New_York'));
});
