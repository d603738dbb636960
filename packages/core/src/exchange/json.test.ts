import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/schema.js';
import { BLOCKER_SEVERITIES, CAMPAIGN_TYPES, KILLERS, LIFECYCLE_STATES } from '../plan/vocabulary.js';
import { makeBlocker, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { exportPlans, exportPlansJson, readExport, readExportJson } from './json.js';

const AT = '2026-09-01T09:00:00Z';
const name = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);

/** Valid plans with arbitrary text (quotes, emoji, line breaks) and varied records. */
const validPlan = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    name,
    type: fc.constantFrom(...CAMPAIGN_TYPES),
    state: fc.constantFrom(...LIFECYCLE_STATES),
    objective: fc.string({ maxLength: 80 }),
    blockers: fc.array(fc.record({ title: name, severity: fc.constantFrom(...BLOCKER_SEVERITIES), category: fc.constantFrom(...KILLERS), notes: fc.string({ maxLength: 40 }), reopened: fc.nat(5) }), { maxLength: 4 }),
    items: fc.array(fc.record({ label: name, gate: fc.boolean() }), { maxLength: 4 }),
    confidence: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  })
  .map((r): Plan => {
    const plan = makePlan({
      id: r.id,
      blockers: r.blockers.map((b, i) => makeBlocker({ ...b, id: `b-${i}` })),
      checklist: r.items.map((it, i) => makeItem({ ...it, id: `i-${i}` })),
      milestones: [makeMilestone()],
      ...(r.confidence === undefined ? {} : { reporting: { confidence: r.confidence } }),
    });
    plan.campaign = { ...plan.campaign, name: r.name, type: r.type, state: r.state };
    plan.brief = { ...plan.brief, objective: r.objective };
    return plan;
  });

test('export then import gives back exactly the plans exported', () => {
  fc.assert(
    fc.property(fc.uniqueArray(validPlan, { selector: (p) => p.id, maxLength: 4 }), (plans) => {
      for (const p of plans) assert.ok(parsePlan(p).ok, 'the generator makes valid plans');
      const read = readExportJson(exportPlansJson(plans, AT));
      assert.deepEqual(read.problems, []);
      assert.deepEqual(read.plans.map((p) => p.plan), plans);
    }),
    { numRuns: 150 },
  );
});

test('the export file names its format, version and time', () => {
  const file = exportPlans([makePlan()], AT);
  assert.equal(file.format, 'preflight-plans');
  assert.equal(file.version, 1);
  assert.equal(file.exportedAt, AT);
  assert.ok(exportPlansJson([], AT).endsWith('}\n'));
});

test('a bare plan or a bare list of plans imports too', () => {
  const plan = makePlan();
  assert.deepEqual(readExport(JSON.parse(JSON.stringify(plan))).plans, [{ index: 0, plan }]);
  assert.deepEqual(readExport([plan, makePlan({ id: 'plan-2' })]).plans.map((p) => p.index), [0, 1]);
});

test('a file saved with a byte order mark (Windows editors, Excel) imports like one without', () => {
  const text = exportPlansJson([makePlan()], AT);
  assert.deepEqual(readExportJson(`\uFEFF${text}`), readExportJson(text));
  assert.equal(readExportJson(`\uFEFF${text}`).plans.length, 1);
});

test('bad records are reported by index and path while the good ones are kept', () => {
  const good = makePlan();
  const bad = { ...makePlan({ id: 'bad' }), campaign: { name: 'x', type: 'podcast', state: 'draft' } };
  const read = readExport(JSON.parse(exportPlansJson([good, bad as unknown as Plan, good], AT)));
  assert.deepEqual(read.plans, [{ index: 0, plan: good }]);
  assert.deepEqual(read.problems.map((p) => [p.index, p.path, p.code]), [
    [1, 'plans[1].campaign.type', 'invalid_value'],
    [2, 'plans[2].id', 'duplicate_id'],
  ]);
});

test('a file that is not an export is one problem at the file level', () => {
  assert.deepEqual(readExportJson('{oops').problems.map((p) => [p.index, p.path, p.code]), [[-1, '(root)', 'invalid_json']]);
  assert.deepEqual(readExport({ format: 'other' }).problems.map((p) => p.path), ['format']);
  assert.deepEqual(readExport({ format: 'preflight-plans', version: 9, plans: [] }).problems.map((p) => p.code), ['unsupported_version']);
  assert.deepEqual(readExport({ format: 'preflight-plans', version: 1, plans: {} }).problems.map((p) => p.path), ['plans']);
  assert.deepEqual(readExport(7).problems.map((p) => p.path), ['(root)']);
});

test('reading never throws on arbitrary JSON', () => {
  fc.assert(fc.property(fc.jsonValue(), (value) => assert.ok(Array.isArray(readExport(value).problems))), { numRuns: 200 });
});
