import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePlan } from '../plan/parse.js';
import { CAMPAIGN_TYPES, GATES, MILESTONE_KINDS } from '../plan/vocabulary.js';
import { DEFAULT_RACI } from '../raci/default-raci.js';
import { evaluate } from '../readiness/evaluate.js';
import { createPlanFromTemplate, templatePlanId, templateProblems } from './create.js';
import { TEMPLATES } from './catalog.js';

const options = { name: 'Q3 EMEA webinar', launchDate: '2026-09-15' };

test('each campaign type has a template of its own, in vocabulary order, but "other", which gets the generic plan', () => {
  assert.deepEqual(TEMPLATES.map((t) => t.type), CAMPAIGN_TYPES.filter((type) => type !== 'other'));
  for (const t of TEMPLATES) assert.ok(t.title && t.description);
});

test('every template (and the generic one) produces a plan that parsePlan accepts', () => {
  for (const type of CAMPAIGN_TYPES) {
    const result = parsePlan(createPlanFromTemplate(type, options));
    assert.deepEqual(result.problems, [], type);
    assert.equal(result.ok, true);
  }
});

test('any valid name and launch date gives a valid plan', () => {
  const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const name = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0);
  fc.assert(
    fc.property(fc.constantFrom(...CAMPAIGN_TYPES), name, date, (type, n, launchDate) => {
      const result = parsePlan(createPlanFromTemplate(type, { name: n, launchDate }));
      assert.deepEqual(result.problems, []);
    }),
    { numRuns: 150 },
  );
});

test('the output is reproducible: same arguments, same plan and id', () => {
  const a = createPlanFromTemplate('webinar', options);
  const b = createPlanFromTemplate('webinar', options);
  assert.deepEqual(a, b);
  assert.equal(a.id, templatePlanId('webinar', options.name, options.launchDate));
  assert.match(a.id, /^q3-emea-webinar-2026-09-15-[0-9a-f]{8}$/);
});

test('the id differs when name, type or launch date differ, and a given id is kept', () => {
  const ids = new Set([
    createPlanFromTemplate('webinar', options).id,
    createPlanFromTemplate('event', options).id,
    createPlanFromTemplate('webinar', { ...options, launchDate: '2026-09-16' }).id,
    createPlanFromTemplate('webinar', { ...options, name: 'Q3 EMEA webinar!' }).id,
  ]);
  assert.equal(ids.size, 4);
  assert.equal(createPlanFromTemplate('webinar', { ...options, id: 'my-plan' }).id, 'my-plan');
  // A name with no latin letters still yields a valid id.
  assert.equal(parsePlan(createPlanFromTemplate('event', { ...options, name: '東京イベント' })).ok, true);
});

test('the default RACI steps are kept as the table says, with type-specific steps beside them', () => {
  const plan = createPlanFromTemplate('webinar', options);
  for (const row of DEFAULT_RACI) {
    const step = plan.steps.find((s) => s.id === row.id);
    assert.ok(step, row.id);
    assert.deepEqual(step.raci, { responsible: row.responsible, accountable: [row.accountable], consulted: row.consulted, informed: row.informed, backup: row.backup });
  }
  for (const id of ['content-review', 'speaker-approval', 'landing-page-qa', 'reminder-sequence', 'analytics-validation']) {
    assert.ok(plan.steps.some((s) => s.id === id), id);
  }
});

test('every step has one Accountable, a Responsible, a backup who is not the Accountable, and few Consulted', () => {
  for (const { type } of TEMPLATES) {
    const plan = createPlanFromTemplate(type, options);
    const holdsRorA = new Map<string, number>();
    for (const step of plan.steps) {
      assert.equal(step.raci.accountable.length, 1, `${type} ${step.id}`);
      assert.ok(step.raci.responsible.length >= 1);
      assert.ok(step.raci.backup && step.raci.backup !== step.raci.accountable[0]);
      assert.ok(step.raci.consulted.length <= 3);
      for (const role of new Set([...step.raci.responsible, ...step.raci.accountable])) holdsRorA.set(role, (holdsRorA.get(role) ?? 0) + 1);
      const listed = new Set([...step.raci.responsible, ...step.raci.accountable, ...step.raci.consulted, ...step.raci.informed]);
      assert.ok(new Set([...step.raci.responsible, ...step.raci.accountable]).size / listed.size <= 0.5, `${type} ${step.id}: most roles own it`);
    }
    for (const [role, n] of holdsRorA) assert.ok(n / plan.steps.length <= 0.6, `${type}: ${role} holds R or A on ${n} of ${plan.steps.length} steps`);
  }
});

test('dates are relative to launch and steps come in the order they are due', () => {
  const plan = createPlanFromTemplate('product-launch', { name: 'Launch', launchDate: '2026-03-10' });
  const brief = plan.steps.find((s) => s.id === 'brief-intake')!;
  assert.equal(brief.due, '2026-02-10'); // 28 days before launch, across February
  const dues = plan.steps.map((s) => s.due!);
  assert.deepEqual(dues, [...dues].sort());
  const launchApproval = plan.steps.find((s) => s.id === 'launch-approval')!;
  for (const step of plan.steps) if (step.due! < launchApproval.due! && step.id !== 'brief-intake') assert.ok(launchApproval.dependsOn!.includes(step.id), step.id);
});

test('the checklist holds the eight default gates with owners and due dates', () => {
  const plan = createPlanFromTemplate('paid-social', options);
  assert.deepEqual(plan.checklist.map((i) => i.gateId), [...GATES]);
  for (const item of plan.checklist) {
    assert.equal(item.gate, true);
    assert.ok(item.owner && plan.roles.includes(item.owner));
    assert.ok(item.due);
    assert.equal(item.doneAt, undefined);
  }
});

test('milestones follow the chain brief approved → first 50 leads, each with an owner and an event', () => {
  const plan = createPlanFromTemplate('email-nurture', options);
  assert.deepEqual(plan.milestones.map((m) => m.kind), MILESTONE_KINDS.filter((k) => k !== 'custom'));
  const planned = plan.milestones.map((m) => m.planned);
  assert.deepEqual(planned, [...planned].sort());
  assert.equal(plan.milestones.find((m) => m.kind === 'campaign-launched')!.planned, options.launchDate);
  for (const m of plan.milestones) assert.ok(m.owner && m.event && m.actual === undefined);
});

test('the brief is left for the team to answer, with the launch as deadline', () => {
  const plan = createPlanFromTemplate('event', { ...options, owner: 'Events lead' });
  assert.deepEqual(plan.brief, { objective: '', okr: '', audience: '', offer: '', systems: [], deadline: '2026-09-15', successMetric: '', successTarget: '' });
  assert.equal(plan.campaign.owner, 'Events lead');
  assert.equal(plan.campaign.state, 'draft');
  assert.ok(plan.roles.includes('Events lead'));
});

test('invalid options are all reported by field, and refused by createPlanFromTemplate', () => {
  assert.deepEqual(templateProblems('webinar', options), []);
  const problems = templateProblems('podcast', { name: '  ', launchDate: '2026-02-30', id: '-bad', owner: '' });
  assert.deepEqual(problems.map((p) => p.path), ['type', 'name', 'launchDate', 'id', 'owner']);
  assert.throws(() => createPlanFromTemplate('webinar', { name: 'x', launchDate: '15/09/2026' }), /launchDate/);
});

test('a launch date so near the ends of the calendar that plan dates would leave it is refused, not made into an invalid plan', () => {
  assert.deepEqual(templateProblems('webinar', { name: 'x', launchDate: '9999-12-31' }), [
    { path: 'launchDate', code: 'too_big', message: 'leaves plan dates up to 30 days after it, past 9999-12-31; choose an earlier launch date' },
  ]);
  assert.deepEqual(templateProblems('webinar', { name: 'x', launchDate: '0000-01-10' }), [
    { path: 'launchDate', code: 'too_small', message: 'leaves plan dates up to 42 days before it, before 0000-01-01; choose a later launch date' },
  ]);
  fc.assert(
    // Any day from 0000-01-01 to 9999-12-31 (fast-check leans towards both ends).
    fc.property(fc.constantFrom(...CAMPAIGN_TYPES), fc.integer({ min: -62_167_219_200_000, max: 253_402_214_400_000 }), (type, ms) => {
      const launchDate = new Date(Math.floor(ms / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
      if (templateProblems(type, { name: 'x', launchDate }).length) return;
      assert.deepEqual(parsePlan(createPlanFromTemplate(type, { name: 'x', launchDate })).problems, [], launchDate);
    }),
  );
});

test('judged well before launch, a new plan from any template named by the convention lacks only the brief answers', () => {
  for (const { type } of TEMPLATES) {
    const readiness = evaluate(createPlanFromTemplate(type, { ...options, name: '2026q3_emea_event_webinar' }), { now: '2026-07-01T09:00:00Z' });
    assert.deepEqual(readiness.findings.map((f) => f.ruleId), ['brief.complete'], type);
  }
  // A name outside the convention is the plan's own finding.
  assert.deepEqual(evaluate(createPlanFromTemplate('webinar', options), { now: '2026-07-01T09:00:00Z' }).findings.map((f) => f.ruleId), ['brief.complete', 'campaign.naming']);
});
