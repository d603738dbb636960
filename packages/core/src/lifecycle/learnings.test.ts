import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeLaunchApproval, makeDoneItem, makePlan } from '../testing/factories.js';
import { unmetDefinitionOf } from './definitions.js';
import { learningsProblem, recordLearnings, recordedLearnings } from './learnings.js';

const AT = '2026-09-16T09:00:00Z';

describe('the post-launch learnings', () => {
  it('are a log entry about the review step, at the instant and by the role given, and meet the definition of completed', () => {
    const plan = makePlan({ approvals: [makeLaunchApproval()], checklist: [makeDoneItem()] });
    plan.steps[4]!.doneAt = '2026-09-15T10:00:00Z';
    assert.deepEqual(unmetDefinitionOf(plan, 'completed'), ['the learnings of the post-launch review are not recorded']);
    const next = recordLearnings(plan, { text: '  Shorter forms convert better.  ', at: AT, by: 'Ops lead' });
    assert.deepEqual(next.log?.at(-1), { at: AT, by: 'Ops lead', summary: 'Learnings: Shorter forms convert better.', target: { kind: 'step', id: 'performance-review' } });
    assert.deepEqual(unmetDefinitionOf(next, 'completed'), []);
    assert.equal(plan.log, undefined, 'the plan given is left as it was');
    assert.deepEqual(recordedLearnings(next).map((e) => e.summary), ['Learnings: Shorter forms convert better.']);
  });

  it('without a review step are about the campaign, and nobody named is left out', () => {
    const plan = makePlan();
    plan.steps = plan.steps.filter((s) => s.id !== 'performance-review');
    const entry = recordLearnings(plan, { text: 'Send reminders earlier', at: AT }).log!.at(-1)!;
    assert.deepEqual(entry, { at: AT, summary: 'Learnings: Send reminders earlier', target: { kind: 'campaign', id: plan.id } });
  });

  it('refuses empty text and text longer than a log entry holds, naming why, and throws when asked to record it', () => {
    assert.equal(learningsProblem('   '), 'write what the campaign taught the team');
    assert.equal(learningsProblem('x'.repeat(1990)), 'must be at most 1989 characters (1990 written)');
    assert.equal(learningsProblem(` ${'x'.repeat(1989)} `), undefined, 'spaces around are not counted');
    assert.throws(() => recordLearnings(makePlan(), { text: '', at: AT }), /Invalid learnings/);
  });
});
