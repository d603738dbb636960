import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../plan/schema.js';
import { evaluate } from '../readiness/evaluate.js';
import { createPlanFromTemplate } from '../templates/create.js';
import { makeApproval, makeBlocker, makeDoneItem, makeItem, makePlan } from '../testing/factories.js';

const NOW = '2026-08-28T12:00:00Z';
const findings = (plan: Plan, ruleId: string) => evaluate(plan, { now: NOW }).findings.filter((f) => f.ruleId === ruleId).map((f) => [f.target.id, f.message]);

describe('gate.standard-removed', () => {
  const withGates = () => makePlan({ standardGates: ['legal-brand-review', 'landing-page-qa'], checklist: [makeItem({ id: 'legal', label: 'Legal and brand review', gateId: 'legal-brand-review', due: '2026-08-30' }), makeItem({ due: '2026-08-30' })] });

  it('keeps quiet while every standard gate is a gate', () => {
    assert.deepEqual(findings(withGates(), 'gate.standard-removed'), []);
  });

  it('names a standard gate deleted from the checklist', () => {
    const plan = withGates();
    plan.checklist.shift();
    assert.deepEqual(findings(plan, 'gate.standard-removed'), [['plan-1', 'The standard gate "Legal and brand review passed" was removed from the checklist.']]);
  });

  it('names a standard gate weakened to a plain item', () => {
    const plan = withGates();
    plan.checklist[0]!.gate = false;
    assert.deepEqual(findings(plan, 'gate.standard-removed'), [['legal', '"Legal and brand review" is a standard gate (Legal and brand review passed) but no longer holds the launch.']]);
  });

  it('a plan made from a template keeps all eight; a plan with no standard gates is held to none', () => {
    const plan = createPlanFromTemplate('webinar', { name: '2026q4_emea_event_webinar', launchDate: '2026-12-15' });
    assert.equal(plan.standardGates?.length, 8);
    assert.deepEqual(findings(plan, 'gate.standard-removed'), []);
    plan.checklist = plan.checklist.filter((i) => i.gateId !== 'tracking-validation');
    assert.deepEqual(findings(plan, 'gate.standard-removed').map(([, m]) => m), ['The standard gate "Tracking validation (UTMs, conversion events) — before spend increases" was removed from the checklist.']);
    assert.deepEqual(findings(makePlan(), 'gate.standard-removed'), []);
  });
});

describe('gate.message-approval', () => {
  const message = (overrides: Parameters<typeof makeDoneItem>[0] = {}, approvals = [makeApproval({ id: 'apr-msg', kind: 'other', stepId: undefined, decision: 'approved', decidedAt: '2026-08-20T09:00:00Z', decidedBy: 'Marketing director' })]) =>
    makePlan({ approvals, checklist: [makeDoneItem({ id: 'msg', label: 'Message and offer approved', layer: 'strategy', gateId: 'message-approved', ...overrides })] });

  it('a ticked message gate tied to an approved record passes', () => {
    assert.deepEqual(findings(message({ approvalId: 'apr-msg' }), 'gate.message-approval'), []);
  });

  it('a tick alone, or a record not approved, is a finding', () => {
    assert.deepEqual(findings(message(), 'gate.message-approval'), [['msg', '"Message and offer approved" is ticked without an approval record.']]);
    const pending = message({ approvalId: 'apr-msg' }, [makeApproval({ id: 'apr-msg', kind: 'other', stepId: undefined, decision: 'changes-requested', decidedAt: '2026-08-20T09:00:00Z' })]);
    assert.deepEqual(findings(pending, 'gate.message-approval'), [['msg', '"Message and offer approved" is ticked, but its approval apr-msg is changes-requested.']]);
  });

  it('an open message gate, or another gate ticked without a record, is not this rule’s business', () => {
    assert.deepEqual(findings(makePlan({ checklist: [makeItem({ gateId: 'message-approved', due: '2026-09-30' })] }), 'gate.message-approval'), []);
    assert.deepEqual(findings(makePlan({ checklist: [makeDoneItem()] }), 'gate.message-approval'), []);
  });
});

describe('blocker.category', () => {
  it('a blocker with no killer category is a warning, open or resolved; with one it passes', () => {
    const plan = makePlan({ blockers: [makeBlocker({ category: undefined, due: '2026-09-10' }), makeBlocker({ id: 'blk-2', category: undefined, status: 'resolved', resolvedAt: '2026-08-12T09:00:00Z' }), makeBlocker({ id: 'blk-3', due: '2026-09-10' })] });
    assert.deepEqual(findings(plan, 'blocker.category'), [
      ['blk-1', 'Blocker "Field mapping for lead source is broken" has no category.'],
      ['blk-2', 'Blocker "Field mapping for lead source is broken" has no category.'],
    ]);
  });
});
