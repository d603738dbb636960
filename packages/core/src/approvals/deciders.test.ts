import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchApproval } from '../lifecycle/definitions.js';
import { makeApproval, makePlan } from '../testing/factories.js';
import { approvalDeciders, decisionProblems, decisionSummary, mayDecide, requestSummary } from './deciders.js';

const plan = makePlan();

describe('who may decide a review', () => {
  it('the step’s Accountable and its named backup, nobody else', () => {
    const review = makeApproval({ kind: 'brand', stepId: 'creative-production' });
    assert.deepEqual(approvalDeciders(review, plan), [
      { role: 'Campaign manager', as: 'accountable' },
      { role: 'Demand gen lead', as: 'backup' },
    ]);
    assert.equal(mayDecide(review, plan, 'Design/Content'), false, 'the Responsible does not decide');
  });

  it('a launch review that names no step is decided on the launch step', () => {
    assert.deepEqual(approvalDeciders(makeApproval({ stepId: undefined }), plan).map((d) => d.role), ['Marketing director', 'Demand gen lead']);
  });

  it('a backup who is also the Accountable is no backup; a step with two Accountables has no decider', () => {
    const odd = makePlan();
    odd.steps[1]!.raci.backup = 'Campaign manager';
    odd.steps[3]!.raci.accountable = ['Marketing director', 'Leadership'];
    assert.deepEqual(approvalDeciders(makeApproval({ kind: 'brand', stepId: 'creative-production' }), odd).map((d) => d.as), ['accountable']);
    assert.deepEqual(approvalDeciders(makeApproval(), odd), []);
  });

  it('a review on no step is decided by the role it was requested from', () => {
    assert.deepEqual(approvalDeciders(makeApproval({ kind: 'legal', stepId: undefined, requestedFrom: 'Legal' }), plan), [{ role: 'Legal', as: 'requested' }]);
    assert.deepEqual(approvalDeciders(makeApproval({ kind: 'legal', stepId: undefined, requestedFrom: undefined }), plan), []);
  });

  it('agrees with the lifecycle’s launch approval for every role of the plan', () => {
    for (const role of plan.roles) {
      const decided = makePlan({ approvals: [makeApproval({ decision: 'approved', decidedAt: '2026-08-26T10:00:00Z', decidedBy: role })] });
      assert.equal(launchApproval(decided) !== undefined, mayDecide(decided.approvals[0]!, decided, role), role);
    }
  });
});

describe('decisionProblems', () => {
  const review = makeApproval();
  const ok = { by: 'Demand gen lead', decision: 'approved', note: '' };

  it('a decider approving with no note is fine', () => {
    assert.deepEqual(decisionProblems(review, plan, ok), {});
  });

  it('names each field: who is acting, the decision, the note that sending work back needs', () => {
    assert.deepEqual(decisionProblems(review, plan, { by: '', decision: '', note: '' }), { by: 'choose who you are', decision: 'choose approve, request changes or reject' });
    assert.deepEqual(decisionProblems(review, plan, { by: 'Sales', decision: 'changes-requested', note: '' }), {
      by: 'Sales cannot decide this review; Marketing director (the Accountable) or Demand gen lead (the backup) can',
      note: 'say what has to change',
    });
    assert.deepEqual(decisionProblems(review, plan, { ...ok, decision: 'maybe' }), { decision: 'must be one of approved, rejected, changes-requested' });
  });

  it('a note too long for the log is named, counted with the decision’s words', () => {
    assert.equal(decisionProblems(review, plan, { ...ok, note: 'x'.repeat(1990) }).note, 'must be at most 2000 characters with the decision’s words');
  });

  it('a decided review is not decided again', () => {
    const decided = makeApproval({ decision: 'rejected', decidedAt: '2026-08-26T10:00:00Z', decidedBy: 'Marketing director' });
    assert.match(decisionProblems(decided, plan, ok).decision ?? '', /already decided \(rejected\)/);
  });

  it('the log lines say what was decided or requested, with the note', () => {
    assert.equal(decisionSummary(review, 'changes-requested', 'Use the approved logo.'), 'Changes requested: the launch review. Use the approved logo.');
    assert.equal(decisionSummary(review, 'approved', ''), 'Approved: the launch review.');
    assert.equal(requestSummary(review, plan.steps[3]), 'Requested the launch review of "Launch approval" from Marketing director.');
  });
});
