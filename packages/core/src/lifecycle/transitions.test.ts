import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../plan/schema.js';
import { LIFECYCLE_STATES, type LifecycleState } from '../plan/vocabulary.js';
import { makeItem, makeLaunchApproval, makePlan } from '../testing/factories.js';
import { LIFECYCLE_MOVES, lifecycleMoveProblem, lifecycleMoves } from './transitions.js';
import { unmetDefinition } from './definitions.js';

const inState = (state: LifecycleState, overrides: Partial<Plan> = {}): Plan => {
  const plan = makePlan(overrides);
  plan.campaign.state = state;
  return plan;
};

describe('lifecycle moves', () => {
  it('a running campaign goes on one state at a time, back one, or is paused or cancelled; completed and cancelled go nowhere', () => {
    assert.deepEqual(LIFECYCLE_MOVES.draft, ['ready', 'paused', 'cancelled']);
    assert.deepEqual(LIFECYCLE_MOVES.approved, ['live', 'ready', 'paused', 'cancelled']);
    assert.deepEqual(LIFECYCLE_MOVES.completed, []);
    assert.deepEqual(LIFECYCLE_MOVES.cancelled, []);
    for (const [from, tos] of Object.entries(LIFECYCLE_MOVES)) for (const to of tos) assert.notEqual(to, from, `${from} does not move to itself`);
    for (const state of LIFECYCLE_STATES) assert.ok(state === 'draft' || Object.values(LIFECYCLE_MOVES).some((tos) => tos.includes(state)), `${state} can be reached`);
  });

  it('each move lists what the next state’s definition still needs, in the definition’s words', () => {
    const draft = inState('draft', { brief: {}, checklist: [makeItem({ label: 'Strategy brief complete', gateId: 'brief-complete', layer: 'strategy' })] });
    const moves = lifecycleMoves(draft);
    assert.deepEqual(moves.map((m) => m.to), ['ready', 'paused', 'cancelled']);
    assert.deepEqual(moves[0]!.needs, ['the brief is incomplete', 'planning gate "Strategy brief complete" is open']);
    assert.deepEqual(moves[1]!.needs, [], 'pausing promises nothing');
    assert.deepEqual(lifecycleMoves(inState('ready'))[0], { to: 'approved', needs: ["no launch approval was given by the launch step's Accountable or its backup"] });
  });

  it('a move is refused with the reason when it skips a definition or is not a move from here; a met one is allowed, and the state then meets its definition', () => {
    assert.equal(lifecycleMoveProblem(inState('draft'), 'live'), 'a campaign that is draft cannot become live');
    assert.equal(lifecycleMoveProblem(inState('cancelled'), 'draft'), 'a campaign that is cancelled cannot become draft');
    assert.equal(lifecycleMoveProblem(inState('ready'), 'approved'), "Approved needs: no launch approval was given by the launch step's Accountable or its backup");
    const approvedReady = inState('ready', { approvals: [makeLaunchApproval()] });
    assert.equal(lifecycleMoveProblem(approvedReady, 'approved'), undefined);
    approvedReady.campaign.state = 'approved';
    assert.deepEqual(unmetDefinition(approvedReady), []);
  });

  it('a paused campaign resumes only where its plan stands', () => {
    const paused = inState('paused', { approvals: [makeLaunchApproval()], checklist: [makeItem()] });
    const needs = Object.fromEntries(lifecycleMoves(paused).map((m) => [m.to, m.needs.length]));
    assert.deepEqual(needs, { draft: 0, ready: 0, approved: 0, live: 1, cancelled: 0 });
  });
});
