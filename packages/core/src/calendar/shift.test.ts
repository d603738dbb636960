import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/schema.js';
import { evaluate } from '../readiness/evaluate.js';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { addDays } from '../time/days.js';
import { shiftPlanDates } from './shift.js';

const sample = JSON.parse(readFileSync(new URL('../../../../examples/sample-plan.json', import.meta.url), 'utf8')) as Plan;
const busy = makePlan({
  blockers: [makeBlocker(), makeBlocker({ id: 'blk-2', status: 'resolved', resolvedAt: '2026-08-12T10:30:00+02:00' })],
  checklist: [makeItem(), makeItem({ id: 'item-2', gate: false, doneAt: '2026-08-20T09:00:00Z', doneBy: 'Ops lead' })],
  milestones: [makeMilestone({ actual: '2026-08-02' })],
  approvals: [makeApproval({ decision: 'approved', decidedAt: '2026-08-26T09:00:00Z', decidedBy: 'Marketing director' })],
  log: [{ at: '2026-08-21T08:00:00Z', summary: 'Launch moved' }],
});

test('moves every date and instant, keeping times and offsets', () => {
  const moved = shiftPlanDates(busy, 30);
  assert.equal(moved.campaign.launchDate, '2026-10-01');
  assert.equal(moved.blockers[1]!.resolvedAt, '2026-09-11T10:30:00+02:00');
  assert.equal(moved.checklist[1]!.doneAt, '2026-09-19T09:00:00Z');
  assert.equal(moved.milestones[0]!.planned, addDays(busy.milestones[0]!.planned, 30));
  assert.equal(moved.log![0]!.at, '2026-09-20T08:00:00Z');
  assert.equal(busy.campaign.launchDate, '2026-09-01', 'the input is untouched');
});

test('a moved plan is judged the same as the original, the same number of days later', () => {
  for (const plan of [sample, busy]) {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 120 }), (days, offset) => {
        const now = `${addDays('2026-08-01', offset)}T12:00:00Z`;
        const later = `${addDays('2026-08-01', offset + days)}T12:00:00Z`;
        const moved = shiftPlanDates(plan, days);
        assert.equal(parsePlan(moved).ok, true);
        // Messages name the moved dates; the verdict and what each finding is about must not change.
        const verdict = (r: ReturnType<typeof evaluate>) => ({ state: r.state, score: r.score, findings: r.findings.map((f) => [f.ruleId, f.target, f.owner, f.points]) });
        assert.deepEqual(verdict(evaluate(moved, { now: later })), verdict(evaluate(plan, { now })));
        assert.deepEqual(shiftPlanDates(moved, -days), plan);
      }),
      { numRuns: 60 },
    );
  }
});
