import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { isKnownValid, sameData } from './known-valid.js';
import { hasUnseenRecords, parsePlan, parsePlanInSlices } from './parse.js';
import { BlockerSchema, ChecklistItemSchema, type Plan } from './schema.js';

/** A copy that shares nothing, so parsing it validates every record. */
const fresh = <T>(v: T): T => structuredClone(v);
const full = (input: unknown) => parsePlan(fresh(input));
const base = () => makePlan({ blockers: [makeBlocker(), makeBlocker({ id: 'blk-2' })], checklist: [makeItem()], milestones: [makeMilestone()], approvals: [makeApproval()] });

function frozenPlan(): Plan {
  const r = parsePlan(base(), { freeze: true });
  assert.ok(r.ok);
  return r.value;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

test('freezing parses freeze every record all the way down and leave the plan, its lists, campaign and brief writable', () => {
  const plan = frozenPlan();
  for (const record of [...plan.steps, ...plan.blockers, ...plan.checklist, ...plan.milestones, ...plan.approvals]) assert.ok(isDeepFrozen(record));
  assert.ok(!Object.isFrozen(plan) && !Object.isFrozen(plan.blockers) && !Object.isFrozen(plan.campaign) && !Object.isFrozen(plan.brief));
  assert.throws(() => {
    (plan.blockers[0] as { title: string }).title = '';
  }, TypeError);
  assert.throws(() => plan.steps[0]!.raci.accountable.push('Stranger'), TypeError);
});

test('a plain parse freezes nothing and remembers nothing', () => {
  const r = parsePlan(base());
  assert.ok(r.ok);
  assert.ok(!Object.isFrozen(r.value.blockers[0]));
  assert.ok(!isKnownValid(r.value.blockers[0], BlockerSchema));
});

test('an edited record is a new object and is validated; the records it shares are kept by reference', () => {
  const plan = frozenPlan();
  const edited = { ...plan, blockers: [{ ...plan.blockers[0]!, severity: 'urgent' as never }, plan.blockers[1]!] };
  assert.ok(!isKnownValid(edited.blockers[0], BlockerSchema));
  assert.deepEqual(parsePlan(edited), full(edited));
  assert.deepEqual(parsePlan(edited).problems.map((p) => p.path), ['blockers[0].severity']);
  const fine = { ...plan, blockers: [{ ...plan.blockers[0]!, title: 'Renamed' }, plan.blockers[1]!] };
  const r = parsePlan(fine);
  assert.ok(r.ok);
  assert.equal(r.value.blockers[1], plan.blockers[1]);
});

test('a record changed in place after an unfrozen parse is validated again', () => {
  const r = parsePlan(base());
  assert.ok(r.ok);
  (r.value.blockers[0] as { raisedAt: string }).raisedAt = 'last tuesday';
  assert.deepEqual(parsePlan(r.value).problems.map((p) => p.path), ['blockers[0].raisedAt']);
});

test('a record frozen by someone else is not taken as valid', () => {
  const plan = frozenPlan();
  const mine = Object.freeze({ ...plan.blockers[0]!, title: '' });
  const r = parsePlan({ ...plan, blockers: [mine] });
  assert.deepEqual(r.problems.map((p) => p.path), ['blockers[0].title']);
});

test('a record known valid in one list is validated again in another', () => {
  const plan = frozenPlan();
  const moved = { ...plan, checklist: [plan.blockers[0]] } as unknown as Plan;
  assert.ok(!isKnownValid(plan.blockers[0], ChecklistItemSchema));
  const r = parsePlan(moved);
  assert.ok(!r.ok);
  assert.deepEqual(r, full(moved));
});

test('checks across records still run over known records', () => {
  const plan = frozenPlan();
  const twice = { ...plan, blockers: [plan.blockers[0]!, plan.blockers[0]!] };
  assert.deepEqual(parsePlan(twice).problems.map((p) => `${p.path} ${p.code}`), ['blockers[1].id duplicate_id']);
  // The blocker points at a step; without that step the reference no longer resolves.
  const target = plan.blockers[0]!.blocks!.id;
  const orphaned = { ...plan, steps: plan.steps.filter((s) => s.id !== target).map((s) => ({ ...s, dependsOn: s.dependsOn?.filter((d) => d !== target) })) };
  const r = parsePlan(orphaned);
  assert.deepEqual(r, full(orphaned));
  assert.ok(r.problems.some((p) => p.path === 'blockers[0].blocks.id' && p.code === 'unknown_reference'));
});

/** Immutable edits of a frozen plan: a record replaced by a changed copy, removed, duplicated or moved. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), list: fc.constantFrom('steps', 'blockers', 'checklist', 'milestones', 'approvals'), at: fc.nat(), field: fc.constantFrom('id', 'title', 'name', 'label', 'severity', 'planned', 'raci', 'gate', 'status'), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('remove' as const), list: fc.constantFrom('steps', 'blockers'), at: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.constantFrom('steps', 'blockers', 'checklist'), to: fc.constantFrom('steps', 'blockers', 'checklist', 'milestones'), at: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(plan: Record<string, unknown>, e: Edit): Record<string, unknown> {
  const listOf = (key: string) => plan[key] as unknown[];
  if (e.kind === 'set') {
    const list = listOf(e.list);
    if (!list.length) return plan;
    const i = e.at % list.length;
    return { ...plan, [e.list]: list.map((r, j) => (j === i ? { ...(r as object), [e.field]: e.value } : r)) };
  }
  if (e.kind === 'remove') {
    const list = listOf(e.list);
    return { ...plan, [e.list]: list.filter((_, j) => j !== e.at % Math.max(1, list.length)) };
  }
  const from = listOf(e.from);
  if (!from.length) return plan;
  return { ...plan, [e.to]: [...listOf(e.to), from[e.at % from.length]] };
}

test('parsing a plan that shares frozen records always equals parsing a copy that shares nothing', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      let plan: Record<string, unknown> = frozenPlan() as unknown as Record<string, unknown>;
      for (const e of edits) {
        plan = applyEdit(plan, e);
        const r = parsePlan(plan, { freeze: true });
        assert.deepEqual(r, full(plan));
        if (r.ok) plan = r.value as unknown as Record<string, unknown>;
      }
    }),
    { numRuns: 300 },
  );
});

test('the sliced parse of a plan with several problems and known records equals parsePlan', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.option(fc.jsonValue()), async (edits, reporting) => {
      let plan: Record<string, unknown> = frozenPlan() as unknown as Record<string, unknown>;
      for (const e of edits) plan = applyEdit(plan, e);
      if (reporting !== null) plan = { ...plan, reporting, colour: 'red' };
      assert.deepEqual(await parsePlanInSlices(plan, { yieldToHost: async () => {} }), parsePlan(plan));
      assert.deepEqual(parsePlan(plan), full(plan));
    }),
    { numRuns: 200 },
  );
});

test('a freezing parse of the same unfrozen input again gives the frozen records it gave before, without freezing the input', () => {
  const input = base();
  const first = parsePlan(input, { freeze: true });
  const second = parsePlan(input, { freeze: true });
  assert.ok(first.ok && second.ok);
  assert.equal(second.value.blockers[0], first.value.blockers[0]);
  assert.equal(second.value.steps[1], first.value.steps[1]);
  assert.ok(!Object.isFrozen(input.blockers[0]));
  assert.deepEqual(second, full(input));
});

test('an input record changed in place after a freezing parse is validated again', () => {
  const input = base();
  const first = parsePlan(input, { freeze: true });
  assert.ok(first.ok);
  (input.blockers[1] as { severity: string }).severity = 'urgent';
  assert.deepEqual(parsePlan(input, { freeze: true }).problems.map((p) => p.path), ['blockers[1].severity']);
  (input.blockers[1] as { severity: string }).severity = 'low';
  (input.steps[0]!.raci.accountable as string[]).push('Ops lead');
  const third = parsePlan(input, { freeze: true });
  assert.ok(third.ok);
  assert.equal(third.value.blockers[1]!.severity, 'low');
  assert.deepEqual(third.value.steps[0]!.raci.accountable, input.steps[0]!.raci.accountable);
  assert.equal(third.value.blockers[0], first.value.blockers[0]);
  assert.deepEqual(third, full(input));
});

test('parsing an input changed in place between freezing parses always equals parsing a copy that shares nothing', () => {
  const change = fc.record({ list: fc.constantFrom('steps', 'blockers', 'checklist', 'milestones', 'approvals'), at: fc.nat(), field: fc.constantFrom('id', 'title', 'name', 'label', 'severity', 'planned', 'raci', 'gate', 'status'), value: fc.jsonValue() });
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
      const input = base() as unknown as Record<string, Record<string, unknown>[]>;
      assert.deepEqual(parsePlan(input, { freeze: true }), full(input));
      for (const c of changes) {
        const list = input[c.list]!;
        if (list.length) list[c.at % list.length]![c.field] = c.value;
        assert.deepEqual(parsePlan(input, { freeze: true }), full(input));
      }
    }),
    { numRuns: 200 },
  );
});

test('the same input read again unchanged gives the very same plan; a change anywhere in it gives a new one', () => {
  const input = base();
  const first = parsePlan(input, { freeze: true });
  assert.ok(first.ok);
  const again = parsePlan(input, { freeze: true });
  assert.ok(again.ok);
  assert.equal(again.value, first.value);
  // The plan it gave, handed on to the next reader, is that plan too.
  assert.equal((parsePlan(first.value, { freeze: true }) as { value: Plan }).value, first.value);
  input.campaign.name = 'Renamed';
  const renamed = parsePlan(input, { freeze: true });
  assert.ok(renamed.ok);
  assert.notEqual(renamed.value, first.value);
  assert.equal(renamed.value.campaign.name, 'Renamed');
  assert.deepEqual(renamed, full(input));
  // The plan given out is writable: changed in place, it is not given out again as it was.
  const handedOut = renamed.value;
  handedOut.roles.push('Intern');
  const afterChange = parsePlan(input, { freeze: true });
  assert.ok(afterChange.ok);
  assert.notEqual(afterChange.value, handedOut);
  assert.deepEqual(afterChange, full(input));
  // Nor is a record put into it in place taken as valid when it is read back in.
  handedOut.blockers.push({ ...makeBlocker({ id: 'blk-3' }), severity: 'urgent' as never });
  assert.deepEqual(parsePlan(handedOut, { freeze: true }).problems.map((p) => p.path), ['blockers[2].severity']);
  // A plain parse keeps nothing.
  assert.notEqual((parsePlan(input) as { value: Plan }).value, (parsePlan(input) as { value: Plan }).value);
});

test('sameData compares arrays by length and elements, a hole apart from an undefined element', () => {
  assert.ok(sameData([1, { a: [2, 3] }, 'x'], [1, { a: [2, 3] }, 'x']));
  assert.ok(!sameData([1, { a: [2, 3] }], [1, { a: [2, 4] }]));
  assert.ok(!sameData([1, 2], [1, 2, 3]));
  assert.ok(!sameData([1, 2], { 0: 1, 1: 2 }));
  assert.ok(!sameData({ 0: 1, 1: 2 }, [1, 2]));
  assert.ok(!sameData([1, , 3], [1, undefined, 3]));
  assert.ok(sameData([null, undefined], [null, undefined]));
});

test('a freezing sliced parse freezes and remembers as parsePlan does, and gives what parsePlan gives', async () => {
  const input = base();
  assert.equal(hasUnseenRecords(input, 6), true);
  assert.equal(hasUnseenRecords(input, 100), false);
  const sliced = await parsePlanInSlices(input, { freeze: true, yieldToHost: async () => {} });
  assert.ok(sliced.ok);
  assert.ok(isKnownValid(sliced.value.blockers[0], BlockerSchema));
  assert.ok(Object.isFrozen(sliced.value.checklist[0]));
  assert.deepEqual(sliced, full(input));
  // Read before: nothing is left to validate, and parsePlan gives the very same plan.
  assert.equal(hasUnseenRecords(input, 1), false);
  assert.equal((parsePlan(input, { freeze: true }) as { value: Plan }).value, sliced.value);
  assert.equal(hasUnseenRecords(sliced.value, 1), false);
  // An invalid plan gives the same problems either way.
  (input.blockers[1] as { severity: string }).severity = 'urgent';
  assert.deepEqual(await parsePlanInSlices(input, { freeze: true, yieldToHost: async () => {} }), parsePlan(input, { freeze: true }));
});
