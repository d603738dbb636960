import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan } from './parse.js';
import { migratePlan } from './migrations.js';

/** A plan as the first export format wrote it. */
const v1 = () => ({
  schemaVersion: 1,
  id: 'legacy-1',
  campaign: { name: 'Spring webinar', type: 'webinar', state: 'draft', owner: 'Campaign manager', launch: '2026-04-01' },
  brief: { objective: 'Pipeline', audience: 'Ops leaders' },
  steps: [
    { id: 'brief', name: 'Brief intake', layer: 'strategy', raci: { responsible: ['Marketing ops'], accountable: 'Demand gen lead', consulted: ['Sales'], informed: [], backup: 'Marketing director' } },
    { id: 'launch', name: 'Launch approval', layer: 'execution', raci: { responsible: ['Campaign manager'], accountable: '', informed: ['Sales'] }, dependsOn: ['brief'] },
  ],
  blockers: [{ id: 'b1', title: 'No audience list', assignee: 'Marketing ops', severity: 'high', status: 'open', raisedAt: '2026-03-01T09:00:00Z' }],
  checklist: [],
  milestones: [],
});

test('a version 1 plan migrates intact to the current version', () => {
  const result = parsePlan(v1());
  assert.deepEqual(result.problems, []);
  assert.ok(result.ok);
  const plan = result.value;
  assert.equal(plan.schemaVersion, 3);
  assert.equal(plan.campaign.launchDate, '2026-04-01');
  assert.ok(!('launch' in plan.campaign));
  assert.deepEqual(plan.steps[0]!.raci.accountable, ['Demand gen lead']);
  assert.deepEqual(plan.steps[1]!.raci, { responsible: ['Campaign manager'], accountable: [], consulted: [], informed: ['Sales'] });
  assert.equal(plan.blockers[0]!.owner, 'Marketing ops');
  assert.deepEqual(plan.roles, ['Marketing ops', 'Demand gen lead', 'Sales', 'Marketing director', 'Campaign manager']);
  assert.deepEqual(plan.approvals, []);
  assert.deepEqual(plan.brief, { objective: 'Pipeline', audience: 'Ops leaders' });
});

test('migrating never changes its input', () => {
  const input = v1();
  const before = JSON.stringify(input);
  migratePlan(input);
  assert.equal(JSON.stringify(input), before);
});

test('a missing, malformed or future version is one clear problem at schemaVersion', () => {
  const { schemaVersion: _drop, ...unversioned } = v1();
  const cases: [unknown, string][] = [
    [unversioned, 'missing_version'],
    [{ ...v1(), schemaVersion: '1' }, 'invalid_version'],
    [{ ...v1(), schemaVersion: 1.5 }, 'invalid_version'],
    [{ ...v1(), schemaVersion: 99 }, 'unsupported_version'],
  ];
  for (const [input, code] of cases) {
    const result = parsePlan(input);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => [p.path, p.code]), [['schemaVersion', code]]);
  }
});

test('problems in a version 1 plan are reported with current paths', () => {
  const input = v1();
  input.steps[0]!.raci.accountable = 'Demand gen lead';
  (input.steps[1] as Record<string, unknown>).layer = 'sales';
  const result = parsePlan(input);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map((p) => p.path), ['steps[1].layer']);
});

/** A version 2 plan with two standard gates (one of them no longer a gate) and one plain item. */
const v2 = () => ({
  ...(parsePlan(v1()) as { value: Record<string, unknown> }).value,
  schemaVersion: 2,
  checklist: [
    { id: 'qa', label: 'Landing page QA', layer: 'operations', gate: true, gateId: 'landing-page-qa' },
    { id: 'legal', label: 'Legal review', layer: 'execution', gate: false, gateId: 'legal-brand-review' },
    { id: 'note', label: 'Book the room', layer: 'execution', gate: false },
  ],
});

test('a version 2 plan loads as version 3 and keeps the standard gates it carries as gates', () => {
  const result = parsePlan(v2());
  assert.deepEqual(result.problems, []);
  assert.ok(result.ok);
  assert.equal(result.value.schemaVersion, 3);
  assert.deepEqual(result.value.standardGates, ['landing-page-qa']);
  assert.equal(result.value.correctiveActions, undefined);
  const { checklist: _drop, ...withoutGates } = v2();
  const bare = parsePlan({ ...withoutGates, checklist: [] });
  assert.ok(bare.ok);
  assert.ok(!('standardGates' in bare.value), 'no gates carried, none kept');
});

test('version 3 fields are checked: corrective actions need owner, due and status; approvalId must name an approval', () => {
  const plan = { ...(parsePlan(v2()) as { value: Record<string, unknown> }).value };
  const bad = parsePlan({
    ...plan,
    correctiveActions: [{ id: 'ca-1', action: 'Add a second approver', status: 'open' }],
    checklist: [{ id: 'msg', label: 'Message approved', layer: 'strategy', gate: true, gateId: 'message-approved', approvalId: 'apr-9' }],
  });
  assert.ok(!bad.ok);
  assert.deepEqual(bad.problems.map((p) => `${p.path}: ${p.message}`), [
    'correctiveActions[0].owner: is required (expected string)',
    'correctiveActions[0].due: is required (expected string)',
    'checklist[0].approvalId: no approval has id "apr-9"',
  ]);
});
