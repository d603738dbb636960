import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { makeApproval, makePlan } from '../testing/factories.js';
import { escalations } from './escalations.js';
import { reviewLadder } from './ladder.js';

const plan = makePlan({ approvals: [makeApproval()] });
const review = plan.approvals[0]!;

describe('reviewLadder', () => {
  it('before the breach: the Accountable is next, at the breach, then each level 24 h apart', () => {
    assert.deepEqual(reviewLadder(review, plan, '2026-08-26T09:00:00Z', DEFAULT_CONFIG), [
      { level: 0, who: 'Marketing director', whoRole: 'accountable', at: '2026-08-27T09:00:00Z', status: 'next' },
      { level: 1, who: 'Demand gen lead', whoRole: 'backup', at: '2026-08-28T09:00:00Z', status: 'later' },
      { level: 2, who: 'Campaign manager', whoRole: 'campaign-owner', at: '2026-08-29T09:00:00Z', status: 'later' },
    ]);
  });

  it('the level in force is the one escalations reports, and the next one begins at its nextLevelAt', () => {
    for (const now of ['2026-08-27T09:00:00Z', '2026-08-28T12:00:00Z', '2026-09-10T00:00:00Z']) {
      const rungs = reviewLadder(review, plan, now, DEFAULT_CONFIG);
      const [escalation] = escalations(plan, now, DEFAULT_CONFIG);
      const current = rungs.find((r) => r.status === 'now')!;
      assert.deepEqual([current.level, current.who, Date.parse(current.at)], [escalation!.level, escalation!.who, Date.parse(escalation!.since)], now);
      const next = rungs.find((r) => r.status === 'next');
      assert.equal(next && Date.parse(next.at), escalation!.nextLevelAt && Date.parse(escalation!.nextLevelAt), now);
      assert.ok(rungs.slice(0, current.level).every((r) => r.status === 'reached'), now);
    }
  });

  it('counts the levels in business hours when the team does', () => {
    const office: RulesConfig = { ...DEFAULT_CONFIG, approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], utcOffsetMinutes: 0 } } };
    const friday = makePlan({ approvals: [makeApproval({ requestedAt: '2026-08-28T13:00:00Z', slaHours: 4 })] });
    const rungs = reviewLadder(friday.approvals[0]!, friday, '2026-08-28T16:00:00Z', office);
    assert.deepEqual(rungs.map((r) => [r.at, r.status]), [['2026-08-28T17:00:00Z', 'next'], ['2026-09-02T17:00:00Z', 'later'], ['2026-09-07T17:00:00Z', 'later']]);
  });

  it('a decided review has no ladder', () => {
    assert.deepEqual(reviewLadder(makeApproval({ decision: 'approved', decidedAt: '2026-08-26T09:00:00Z' }), plan, '2026-09-10T00:00:00Z', DEFAULT_CONFIG), []);
  });
});
