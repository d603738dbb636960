import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeApproval, makePlan } from '../testing/factories.js';
import { requestProblems } from './requests.js';

const plan = makePlan({ approvals: [makeApproval()] });
const ok = { by: 'Campaign manager', kind: 'brand', stepId: 'creative-production', requestedFrom: 'Brand' };

describe('requestProblems', () => {
  it('a review of a step asked by someone is fine, with or without whom it is asked of', () => {
    assert.deepEqual(requestProblems(plan, ok), {});
    assert.deepEqual(requestProblems(plan, { ...ok, requestedFrom: '' }), {});
  });

  it('names each field: who asks, the kind, the step, whom a review on no step is asked of', () => {
    assert.deepEqual(requestProblems(plan, { by: '', kind: 'taste', stepId: 'nope', requestedFrom: '' }), {
      by: 'choose who you are',
      kind: 'must be one of creative, brand, legal, launch, other',
      stepId: 'no step has id "nope"',
    });
    assert.match(requestProblems(plan, { ...ok, stepId: '', requestedFrom: '' }).requestedFrom ?? '', /^name who reviews it/);
    assert.equal(requestProblems(plan, { ...ok, requestedFrom: ' '.repeat(3) }).requestedFrom, 'must not be blank');
  });

  it('the same review of the same step is not waiting twice; once decided it may be asked again', () => {
    const launch = { ...ok, kind: 'launch', stepId: 'launch-approval' };
    assert.equal(requestProblems(plan, launch).kind, 'a launch review of this step is already waiting for a decision');
    const decided = makePlan({ approvals: [makeApproval({ decision: 'changes-requested', decidedAt: '2026-08-26T09:00:00Z' })] });
    assert.deepEqual(requestProblems(decided, launch), {});
  });
});
