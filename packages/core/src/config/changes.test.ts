import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configChanges } from './changes.js';
import { DEFAULT_CONFIG } from './defaults.js';
import { parseConfig } from './parse.js';

test('only what differs from the defaults is kept, and reads back as the same config', () => {
  assert.deepEqual(configChanges(DEFAULT_CONFIG), {});
  const config = {
    ...DEFAULT_CONFIG,
    timeZone: 'Australia/Sydney',
    raci: { ...DEFAULT_CONFIG.raci, maxConsulted: 2 },
    approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 8, endHour: 16, days: [1, 2, 3, 4], utcOffsetMinutes: 60 } },
  };
  const changes = configChanges(config);
  assert.deepEqual(changes, {
    timeZone: 'Australia/Sydney',
    raci: { maxConsulted: 2 },
    approvals: { businessHours: { startHour: 8, endHour: 16, days: [1, 2, 3, 4], utcOffsetMinutes: 60 } },
  });
  const back = parseConfig(changes);
  assert.ok(back.ok);
  assert.deepEqual(back.value, config);
});
