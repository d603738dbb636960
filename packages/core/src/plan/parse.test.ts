import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { parsePlan, parsePlanInSlices } from './parse.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const paths = (input: unknown) => {
  const r = parsePlan(input);
  return r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`);
};

test('a non-object is reported at the root', () => {
  for (const input of [42, null, [], 'plan', undefined]) {
    const result = parsePlan(input);
    assert.equal(result.ok, false);
    assert.equal(result.problems[0]?.path, '(root)');
  }
});

test('a valid plan comes back equal', () => {
  const plan = makePlan({ blockers: [makeBlocker()], checklist: [makeItem()], milestones: [makeMilestone()], approvals: [makeApproval()] });
  const result = parsePlan(clone(plan));
  assert.deepEqual(result, { ok: true, value: plan, problems: [] });
});

test('every problem is reported with its path, not just the first', () => {
  const plan = clone(makePlan()) as unknown as { steps: { raci: Record<string, unknown>; layer: unknown }[]; campaign: Record<string, unknown> };
  plan.steps[3]!.raci.accountable = 'Marketing director';
  plan.steps[1]!.layer = 'sales';
  plan.campaign.launchDate = '2026-02-30';
  assert.deepEqual(paths(plan), ['campaign.launchDate custom', 'steps[1].layer invalid_value', 'steps[3].raci.accountable invalid_type']);
  const r = parsePlan(plan);
  assert.ok(!r.ok && r.problems.every((p) => p.message.length > 3));
});

test('unknown fields are reported where they are', () => {
  const plan = clone(makePlan({ blockers: [makeBlocker()] })) as unknown as Record<string, unknown> & { blockers: Record<string, unknown>[] };
  plan.colour = 'red';
  plan.blockers[0]!.assignee = 'Ops';
  const r = parsePlan(plan);
  assert.ok(!r.ok);
  assert.deepEqual(r.problems.map((p) => [p.path, p.message]), [
    ['blockers[0]', 'has unknown field(s) assignee'],
    ['(root)', 'has unknown field(s) colour'],
  ]);
});

test('each repeated id is reported at each later use, naming the first', () => {
  const plan = makePlan({ blockers: ['b', 'a', 'b', 'c', 'a', 'b'].map((id) => makeBlocker({ id })) });
  const r = parsePlan(plan);
  assert.deepEqual(r.problems.map((p) => `${p.path}: ${p.message}`), [
    'blockers[2].id: "b" is already used by blockers[0]',
    'blockers[4].id: "a" is already used by blockers[1]',
    'blockers[5].id: "b" is already used by blockers[0]',
  ]);
});

test('references between records must resolve', () => {
  const plan = makePlan({
    blockers: [makeBlocker({ blocks: { kind: 'item', id: 'nope' } }), makeBlocker()],
    approvals: [makeApproval({ stepId: 'ghost' })],
  });
  plan.steps[1]!.dependsOn = ['brief-intake', 'missing'];
  plan.steps[0]!.dependsOn = ['creative-production'];
  plan.steps[1]!.raci.informed.push('Stranger');
  assert.deepEqual(paths(plan), [
    'blockers[1].id duplicate_id',
    'steps[1].raci.informed[1] unknown_role',
    'steps[1].dependsOn[1] unknown_reference',
    'steps[1].dependsOn[0] dependency_cycle',
    'blockers[0].blocks.id unknown_reference',
    'approvals[0].stepId unknown_reference',
  ]);
});

test('parsePlan never throws on arbitrary JSON', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const r = parsePlan(value);
      assert.equal(typeof r.ok, 'boolean');
      if (!r.ok) assert.ok(r.problems.length > 0 && r.problems.every((p) => typeof p.path === 'string' && typeof p.message === 'string'));
    }),
    { numRuns: 300 },
  );
});

/** A valid plan with one value somewhere in it replaced by arbitrary JSON. */
const mutatedPlan = fc
  .tuple(fc.nat(), fc.jsonValue())
  .map(([pick, value]) => {
    const plan = clone(makePlan({ blockers: [makeBlocker()], checklist: [makeItem()], milestones: [makeMilestone()], approvals: [makeApproval()] })) as unknown;
    const spots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown) => {
      const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : node && typeof node === 'object' ? Object.entries(node) : [];
      for (const [key, child] of entries) {
        spots.push([node as Record<string, unknown>, key]);
        walk(child);
      }
    };
    walk(plan);
    const [parent, key] = spots[pick % spots.length]!;
    (parent as Record<string | number, unknown>)[key] = value;
    return plan;
  });

test('parsePlan never throws on a valid plan with any value changed', () => {
  fc.assert(fc.property(mutatedPlan, (plan) => assert.equal(typeof parsePlan(plan).ok, 'boolean')), { numRuns: 300 });
});

test('parsePlanInSlices gives the same result as parsePlan', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(mutatedPlan, fc.jsonValue()), async (input) => {
      assert.deepEqual(await parsePlanInSlices(input, { yieldToHost: async () => {} }), parsePlan(input));
    }),
    { numRuns: 200 },
  );
});

test('an empty name is one problem, a blank one another', () => {
  const plan = (name: string) => ({ ...makePlan(), campaign: { ...makePlan().campaign, name } });
  assert.deepEqual(parsePlan(plan('')).problems.map((p) => p.message), ['must not be empty']);
  assert.deepEqual(parsePlan(plan('   ')).problems.map((p) => p.message), ['must not be blank']);
});

test('a field of the wrong type says what it got, not that it is missing', () => {
  const result = parsePlan({ ...makePlan(), steps: 'none' });
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems, [{ path: 'steps', code: 'invalid_type', message: 'expected array, got string "none"' }]);
});
