import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeMilestone, makePlan } from '../testing/factories.js';
import { milestoneActualProblem, moveMilestone } from './schedule.js';
import { dateFormat } from '../time/date-text.js';

describe('moveMilestone', () => {
  it('moves the planned day and keeps the actual one', () => {
    const plan = makePlan({ milestones: [makeMilestone({ actual: '2026-08-02' }), makeMilestone({ id: 'ms-2', planned: '2026-08-20' })] });
    const moved = moveMilestone(plan, 'ms-1', -7);
    assert.deepEqual(moved.milestones[0], { ...plan.milestones[0], planned: '2026-07-25' });
    assert.equal(moved.milestones[1], plan.milestones[1]);
    assert.equal(moveMilestone(plan, 'nope', 3), plan);
    assert.throws(() => moveMilestone(plan, 'ms-1', 1.5), /whole number/);
  });
});

describe('milestoneActualProblem', () => {
  it('a day still ahead of today cannot have been reached; today and earlier can', () => {
    assert.equal(milestoneActualProblem('2026-08-21', '2026-08-20'), 'is after today (2026-08-20): record the day it was reached, once it has been');
    assert.equal(milestoneActualProblem('2026-08-20', '2026-08-20'), undefined);
    assert.equal(milestoneActualProblem('2026-07-01', '2026-08-20'), undefined);
    assert.equal(milestoneActualProblem('2026-08-21', '2026-08-20', dateFormat('en-GB')), 'is after today (20/08/2026): record the day it was reached, once it has been');
  });
});
