import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { planArb } from '../testing/plan-arbitrary.js';
import { parsePlan } from '../plan/parse.js';
import { countPlaces, renameRole, undoRoleRename } from './rename-role.js';

test('a rename reaches every place the plan names the role, as one edit', () => {
  const base = makePlan();
  const role = base.roles[0]!;
  const plan = makePlan({
    campaign: { ...base.campaign, owner: role },
    blockers: [makeBlocker({ id: 'b1', owner: role }), makeBlocker({ id: 'b2', owner: 'Somebody else' })],
    checklist: [makeItem({ id: 'c1', owner: role, doneBy: role, doneAt: '2026-08-01T10:00:00Z' })],
    milestones: [makeMilestone({ owner: role })],
    approvals: [makeApproval({ id: 'a1', requestedFrom: role, decidedBy: role, decision: 'approved', decidedAt: '2026-08-26T10:00:00Z' })],
    correctiveActions: [{ id: 'ca1', action: 'Brief earlier', owner: role, due: '2026-09-01', status: 'open' }],
    log: [{ at: '2026-08-01T10:00:00Z', summary: 'did a thing', by: role }],
  });
  const { plan: next, places } = renameRole(plan, role, 'Dana (marketing ops)');
  const parsed = parsePlan(next);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
  assert.equal(JSON.stringify(next).includes(`"${role}"`), false, 'the old name is nowhere');
  assert.equal(next.campaign.owner, 'Dana (marketing ops)');
  assert.deepEqual(next.blockers.map((b) => b.owner), ['Dana (marketing ops)', 'Somebody else']);
  assert.equal(next.checklist[0]!.doneBy, 'Dana (marketing ops)');
  assert.equal(next.approvals[0]!.decidedBy, 'Dana (marketing ops)');
  assert.equal(next.log![0]!.by, 'Dana (marketing ops)');
  const counts = countPlaces(places);
  assert.equal(counts.blockers, 1);
  assert.equal(counts.checklist, 1);
  assert.equal(counts.roles, 1);
  assert.ok((counts.steps ?? 0) > 0);
  // Untouched records are shared, not copied.
  assert.equal(next.blockers[1], plan.blockers[1]);
});

test('undo puts the old name back only where the rename wrote, even onto a name already in use', () => {
  const plan = makePlan({ blockers: [makeBlocker({ id: 'b1', owner: 'Copywriter' }), makeBlocker({ id: 'b2', owner: 'Designer' })] });
  const { plan: renamed, places } = renameRole(plan, 'Copywriter', 'Designer');
  assert.deepEqual(renamed.blockers.map((b) => b.owner), ['Designer', 'Designer']);
  assert.deepEqual(undoRoleRename(renamed, places, 'Copywriter'), plan);
});

test('a role named nowhere changes nothing and returns the same plan', () => {
  const plan = makePlan();
  const { plan: next, places } = renameRole(plan, 'Nobody', 'Someone');
  assert.equal(next, plan);
  assert.deepEqual(places, []);
});

test('property: undo after a rename gives the plan back, for any plan, role and new name', () => {
  fc.assert(
    fc.property(planArb, fc.nat(), fc.oneof(fc.constantFrom('Designer', 'Copywriter', 'Campaign manager'), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0)), (plan, pick, to) => {
      const from = plan.roles[pick % Math.max(1, plan.roles.length)] ?? 'Campaign manager';
      const { plan: renamed, places } = renameRole(plan, from, to);
      const json = (p: unknown) => JSON.parse(JSON.stringify(p)) as unknown;
      assert.deepEqual(json(undoRoleRename(renamed, places, from)), json(plan));
      // Every place the role was named is found: none is left after a rename to a name not in the plan.
      if (!JSON.stringify(plan).includes(JSON.stringify(to))) assert.equal(JSON.stringify(renamed).includes(JSON.stringify(from)), false);
    }),
    { numRuns: 300 },
  );
});
