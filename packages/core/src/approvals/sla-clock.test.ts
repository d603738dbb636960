import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { makeApproval, makePlan } from '../testing/factories.js';
import { approvalSlaClock, durationText } from './sla-clock.js';

const at = (iso: string) => Date.parse(iso);
const plan = makePlan({ approvals: [makeApproval()] });
const review = plan.approvals[0]!;
/** Monday to Friday, 09:00–17:00 in Berlin. */
const berlin: RulesConfig = { ...DEFAULT_CONFIG, timeZone: 'Europe/Berlin', approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] } } };

describe('approvalSlaClock', () => {
  it('runs in calendar hours without business hours: used, left and the breach', () => {
    assert.deepEqual(approvalSlaClock(review, plan, at('2026-08-26T10:30:00Z'), DEFAULT_CONFIG), {
      slaHours: 48,
      usedMinutes: 25 * 60 + 30,
      leftMinutes: 22 * 60 + 30,
      breachAt: '2026-08-27T09:00:00Z',
      state: 'running',
    });
  });

  it('is breached from the breach on, with nothing left', () => {
    const clock = approvalSlaClock(review, plan, at('2026-08-27T09:00:00Z'), DEFAULT_CONFIG);
    assert.deepEqual([clock?.state, clock?.usedMinutes, clock?.leftMinutes], ['breached', 48 * 60, 0]);
  });

  it('pauses outside business hours on the team’s clock and says when it runs again', () => {
    // Requested Tuesday 2026-08-25 09:00 UTC = 11:00 Berlin; at 18:00 Berlin the day's 6 working hours are used.
    const evening = approvalSlaClock(review, plan, at('2026-08-25T16:00:00Z'), berlin);
    assert.deepEqual(evening, { slaHours: 48, usedMinutes: 6 * 60, leftMinutes: 42 * 60, breachAt: '2026-09-02T09:00:00Z', state: 'paused', resumesAt: '2026-08-26T07:00:00Z' });
    const morning = approvalSlaClock(review, plan, at('2026-08-26T07:10:00Z'), berlin);
    assert.deepEqual([morning?.state, morning?.usedMinutes, morning?.resumesAt], ['running', 6 * 60 + 10, undefined]);
  });

  it('a decided review has no clock', () => {
    assert.equal(approvalSlaClock(makeApproval({ decision: 'approved', decidedAt: '2026-08-26T09:00:00Z' }), plan, at('2026-08-26T10:00:00Z'), DEFAULT_CONFIG), undefined);
  });

  it('durations read in hours and minutes, never days', () => {
    assert.deepEqual([durationText(45), durationText(180), durationText(31 * 60 + 5), durationText(-3)], ['45 min', '3 h', '31 h 05 min', '0 min']);
  });
});
