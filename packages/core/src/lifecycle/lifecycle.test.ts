import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Plan } from '../plan/schema.js';
import type { LifecycleState } from '../plan/vocabulary.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { makeDoneItem, makeItem, makeLaunchApproval, makeMilestone, makePlan } from '../testing/factories.js';
import { unmetDefinition } from './definitions.js';

const NOW = '2026-09-20T12:00:00Z';
const run = (plan: Plan) => ruleById('lifecycle.skipped-definition')!.check(ruleContext(plan, NOW, DEFAULT_CONFIG));
const inState = (state: LifecycleState, overrides: Partial<Plan> = {}) => {
  const plan = makePlan(overrides);
  plan.campaign.state = state;
  return plan;
};
/** A plan that meets every definition up to completed. */
const complete = (state: LifecycleState) => {
  const plan = inState(state, { approvals: [makeLaunchApproval()], checklist: [makeDoneItem()] });
  plan.steps[4]!.doneAt = '2026-09-15T10:00:00Z';
  plan.log = [{ at: '2026-09-15T11:00:00Z', summary: 'Webinar leads converted best from the EMEA list', target: { kind: 'step', id: 'performance-review' } }];
  return plan;
};

describe('lifecycle definitions', () => {
  it('draft, paused and cancelled promise nothing', () => {
    for (const state of ['draft', 'paused', 'cancelled'] as const) assert.deepEqual(run(inState(state, { brief: {} })), [], state);
  });

  it('every state is met by a plan that did the work', () => {
    for (const state of ['ready', 'approved', 'live', 'completed'] as const) assert.deepEqual(unmetDefinition(complete(state)), [], state);
  });

  it('ready with an incomplete brief, an invalid RACI and an open planning gate is one blocking finding naming each', () => {
    const plan = inState('ready', { brief: {}, checklist: [makeItem({ label: 'Strategy brief complete', gateId: 'brief-complete', layer: 'strategy' })] });
    plan.steps[0]!.raci.accountable = [];
    assert.deepEqual(run(plan), [
      {
        target: { kind: 'campaign', id: 'plan-1' },
        message: 'The campaign is "ready" but the brief is incomplete; the RACI is not valid; planning gate "Strategy brief complete" is open.',
        fix: 'Meet the definition of "ready" or move the campaign back to the state it has reached.',
        owner: 'Campaign manager',
      },
    ]);
  });

  it('ready ignores an open launch gate that is not a planning gate', () => {
    assert.deepEqual(run(inState('ready', { checklist: [makeItem()] })), []);
  });

  it('approved needs the launch approval from the launch step’s Accountable or its backup, nobody else', () => {
    const unmet = "no launch approval was given by the launch step's Accountable or its backup";
    assert.deepEqual(unmetDefinition(inState('approved')), [unmet]);
    assert.deepEqual(unmetDefinition(inState('approved', { approvals: [makeLaunchApproval({ decidedBy: 'Campaign manager' })] })), [unmet], 'the Responsible cannot sign off');
    assert.deepEqual(unmetDefinition(inState('approved', { approvals: [makeLaunchApproval({ decision: 'rejected' })] })), [unmet]);
    assert.deepEqual(unmetDefinition(inState('approved', { approvals: [makeLaunchApproval({ decidedBy: undefined })] })), [unmet]);
    assert.deepEqual(unmetDefinition(inState('approved', { approvals: [makeLaunchApproval()] })), []);
    assert.deepEqual(unmetDefinition(inState('approved', { approvals: [makeLaunchApproval({ decidedBy: 'Demand gen lead' })] })), [], 'the named backup can');
  });

  it("the backup's sign-off needs a valid backup: named, and not the Accountable", () => {
    const plan = inState('approved', { approvals: [makeLaunchApproval({ decidedBy: 'Demand gen lead' })] });
    delete plan.steps[3]!.raci.backup;
    assert.equal(unmetDefinition(plan).length, 1);
    plan.steps[3]!.raci.backup = 'Demand gen lead';
    plan.steps[3]!.raci.accountable = ['Marketing director', 'Demand gen lead'];
    assert.deepEqual(unmetDefinition(plan), ['the RACI is not valid', "no launch approval was given by the launch step's Accountable or its backup"], 'with no sole Accountable nobody can sign off');
  });

  it('live with an open launch gate is a finding; an open post-launch gate is not', () => {
    const open = inState('live', { approvals: [makeLaunchApproval()], checklist: [makeItem()] });
    assert.deepEqual(unmetDefinition(open), ['launch gate "Landing page QA" is open']);
    const postLaunch = inState('live', { approvals: [makeLaunchApproval()], checklist: [makeItem({ label: 'Sales feedback', gateId: 'sales-feedback' })] });
    assert.deepEqual(unmetDefinition(postLaunch), []);
  });

  it('live needs tracking validated: a tracking QA milestone not yet reached is a finding', () => {
    const tracking = (actual?: string) =>
      inState('live', { approvals: [makeLaunchApproval()], milestones: [makeMilestone({ kind: 'tracking-qa-passed', name: 'Tracking QA passed', planned: '2026-08-30', actual })] });
    assert.deepEqual(unmetDefinition(tracking()), ['tracking QA has not passed']);
    assert.deepEqual(unmetDefinition(tracking('2026-08-30')), []);
  });

  it('completed needs the post-launch review done and its learnings recorded', () => {
    const notDone = complete('completed');
    delete notDone.steps[4]!.doneAt;
    assert.deepEqual(unmetDefinition(notDone), ['the post-launch review is not done']);
    const noLearnings = complete('completed');
    noLearnings.log = [];
    assert.deepEqual(unmetDefinition(noLearnings), ['the learnings of the post-launch review are not recorded']);
    const campaignNote = complete('completed');
    campaignNote.log = [{ at: '2026-09-16T09:00:00Z', summary: 'Learnings: shorter forms convert', target: { kind: 'campaign', id: 'plan-1' } }];
    assert.deepEqual(unmetDefinition(campaignNote), []);
    const noStep = complete('completed');
    noStep.steps = noStep.steps.slice(0, 4);
    assert.deepEqual(unmetDefinition(noStep), ['the plan has no post-launch review step']);
  });

  it('a campaign note counts as the learnings from the instant the review was done, not a moment before', () => {
    // The review step was done at 2026-09-15T10:00:00Z.
    const noted = (at: string) => {
      const plan = complete('completed');
      plan.log = [{ at, summary: 'Learnings: shorter forms convert', target: { kind: 'campaign', id: 'plan-1' } }];
      return unmetDefinition(plan);
    };
    assert.deepEqual(noted('2026-09-15T09:59:59.999Z'), ['the learnings of the post-launch review are not recorded']);
    assert.deepEqual(noted('2026-09-15T10:00:00Z'), []);
    assert.deepEqual(noted('2026-09-15T10:00:00.001Z'), []);
    // Instants are compared as instants, whatever offset they are written in.
    assert.deepEqual(noted('2026-09-15T12:00:00+02:00'), []);
    assert.deepEqual(noted('2026-09-15T11:59:59+02:00'), ['the learnings of the post-launch review are not recorded']);
  });
});
