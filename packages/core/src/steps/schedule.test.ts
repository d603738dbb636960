import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/schema.js';
import { makeApproval, makeBlocker, makeDoneItem, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { moveStep, reschedulePlan, stepDatesProblem } from './schedule.js';
import { dateFormat } from '../time/date-text.js';

const dated = (): Plan =>
  makePlan({
    steps: makePlan().steps.map((s, i) => ({ ...s, start: `2026-08-0${i + 1}`, due: `2026-08-1${i}`, ...(i === 0 ? { doneAt: '2026-08-09T16:00:00Z' } : {}) })),
    blockers: [makeBlocker({ resolvedAt: '2026-08-12T10:30:00+02:00', status: 'resolved' })],
    checklist: [makeItem(), makeDoneItem({ id: 'item-2' })],
    milestones: [makeMilestone({ actual: '2026-08-02' }), makeMilestone({ id: 'ms-2', planned: '2026-08-30' })],
    approvals: [makeApproval({ decision: 'approved', decidedAt: '2026-08-26T09:00:00Z', decidedBy: 'Marketing director' })],
    correctiveActions: [{ id: 'ca-1', action: 'Book legal review slots', owner: 'Legal', due: '2026-08-21', status: 'open', raisedAt: '2026-08-14T09:00:00Z' }],
    log: [{ at: '2026-08-21T08:00:00Z', summary: 'Launch moved' }],
  });

describe('moveStep', () => {
  it('moves the step’s start and due by the days, and nothing else', () => {
    const plan = dated();
    const moved = moveStep(plan, 'creative-production', 7);
    assert.deepEqual([moved.steps[1]!.start, moved.steps[1]!.due], ['2026-08-09', '2026-08-18']);
    assert.deepEqual({ ...moved, steps: moved.steps.filter((_, i) => i !== 1) }, { ...plan, steps: plan.steps.filter((_, i) => i !== 1) });
    assert.equal(plan.steps[1]!.start, '2026-08-02', 'the input is untouched');
  });

  it('keeps a done step’s done instant; a step with only a due day moves that day; an unknown step changes nothing', () => {
    const plan = dated();
    assert.equal(moveStep(plan, 'brief-intake', -3).steps[0]!.doneAt, '2026-08-09T16:00:00Z');
    const dueOnly = makePlan({ steps: [{ ...makePlan().steps[0]!, due: '2026-08-31' }] });
    assert.deepEqual(moveStep(dueOnly, 'brief-intake', 1).steps[0], { ...dueOnly.steps[0], due: '2026-09-01' });
    assert.equal(moveStep(plan, 'no-such-step', 3), plan);
    assert.equal(moveStep(plan, 'brief-intake', 0), plan);
  });

  it('refuses a part of a day', () => {
    assert.throws(() => moveStep(dated(), 'brief-intake', 0.5), /whole number/);
  });
});

describe('reschedulePlan', () => {
  it('moves every planned date by the same days and leaves what happened where it happened', () => {
    const plan = dated();
    const moved = reschedulePlan(plan, 14);
    assert.equal(moved.campaign.launchDate, '2026-09-15');
    assert.equal(moved.brief.deadline, '2026-09-15');
    assert.deepEqual(moved.steps.map((s) => [s.start, s.due]), plan.steps.map((s, i) => [`2026-08-${15 + i}`, `2026-08-${24 + i}`]));
    assert.equal(moved.steps[0]!.doneAt, '2026-08-09T16:00:00Z');
    assert.deepEqual([moved.blockers[0]!.due, moved.blockers[0]!.raisedAt, moved.blockers[0]!.resolvedAt], ['2026-09-03', '2026-08-10T09:00:00Z', '2026-08-12T10:30:00+02:00']);
    assert.deepEqual(moved.checklist.map((i) => [i.due, i.doneAt]), [['2026-09-11', undefined], ['2026-09-11', '2026-08-27T15:00:00Z']]);
    assert.deepEqual(moved.milestones.map((m) => [m.planned, m.actual]), [['2026-08-15', '2026-08-02'], ['2026-09-13', undefined]]);
    assert.deepEqual(moved.approvals, plan.approvals);
    assert.deepEqual([moved.correctiveActions![0]!.due, moved.correctiveActions![0]!.raisedAt], ['2026-09-04', '2026-08-14T09:00:00Z']);
    assert.deepEqual(moved.log, plan.log);
  });

  it('moved and moved back is the same plan, and a moved plan is still a valid one', () => {
    const plan = dated();
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (days) => {
        const moved = reschedulePlan(plan, days);
        assert.equal(parsePlan(moved).ok, true);
        assert.deepEqual(reschedulePlan(moved, -days), plan);
      }),
      { numRuns: 50 },
    );
  });
});

describe('stepDatesProblem', () => {
  it('a due day before the start is named on the due day, in the words the plan format uses', () => {
    assert.deepEqual(stepDatesProblem({ start: '2026-08-10', due: '2026-08-09' }), { field: 'due', message: 'is before the start date 2026-08-10' });
    assert.deepEqual(stepDatesProblem({ start: '2026-08-10', due: '2026-08-09' }, dateFormat('en-US')), { field: 'due', message: 'is before the start date 08/10/2026' });
    const plan = makePlan({ steps: [{ ...makePlan().steps[0]!, start: '2026-08-10', due: '2026-08-09' }] });
    const parsed = parsePlan(plan);
    assert.equal(parsed.ok, false);
    assert.deepEqual(!parsed.ok && parsed.problems.map((p) => [p.path, p.message]), [['steps[0].due', 'is before the start date 2026-08-10']]);
  });

  it('the same day, one date or none is fine', () => {
    assert.equal(stepDatesProblem({ start: '2026-08-10', due: '2026-08-10' }), undefined);
    assert.equal(stepDatesProblem({ due: '2026-08-10' }), undefined);
    assert.equal(stepDatesProblem({}), undefined);
  });
});
