import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { RULES, ruleById } from '../rules/catalog.js';
import { makeBlocker, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { findingsByTarget } from './by-target.js';
import { evaluate } from './evaluate.js';

const NOW = '2026-08-28T12:00:00Z';
const withRules = (rules: RulesConfig['rules']): RulesConfig => ({ ...DEFAULT_CONFIG, rules });

describe('evaluate', () => {
  it('a healthy plan is ready with a full score', () => {
    assert.deepEqual(evaluate(makePlan(), { now: NOW }), { state: 'ready', score: 100, findings: [] });
  });

  it('a warning makes the plan at risk and costs its points', () => {
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-27' })] });
    assert.deepEqual(evaluate(plan, { now: NOW }), {
      state: 'at-risk',
      score: 95,
      findings: [
        {
          ruleId: 'blocker.overdue',
          severity: 'warning',
          message: 'Blocker "Field mapping for lead source is broken" was due 2026-08-27 and is still open.',
          target: { kind: 'blocker', id: 'blk-1' },
          owner: 'Marketing ops',
          fix: 'Resolve it, or agree a new due date with the Accountable and record why it slipped.',
          points: 5,
        },
      ],
    });
  });

  it('an open gate that is due blocks the plan', () => {
    const result = evaluate(makePlan({ checklist: [makeItem({ due: '2026-08-28' })] }), { now: NOW });
    assert.equal(result.state, 'blocked');
    assert.equal(result.score, 80);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.severity, f.points]), [['gate.open-due', 'blocker', 20]]);
  });

  it('info findings cost nothing and leave the plan ready', () => {
    const result = evaluate(makePlan({ milestones: [makeMilestone({ actual: '2026-08-03' })] }), { now: NOW });
    assert.deepEqual([result.state, result.score, result.findings.map((f) => f.ruleId)], ['ready', 100, ['milestone.slipped']]);
  });

  it('sorts by severity, then rule id, then target', () => {
    const plan = makePlan({
      brief: {},
      blockers: [makeBlocker({ id: 'b', due: '2026-08-01' }), makeBlocker({ id: 'a', due: '2026-08-01', owner: undefined })],
      milestones: [makeMilestone({ actual: '2026-08-03' })],
    });
    plan.steps[1]!.raci.backup = undefined;
    const result = evaluate(plan, { now: NOW });
    assert.deepEqual(result.findings.map((f) => `${f.severity} ${f.ruleId} ${f.target.kind}:${f.target.id}`), [
      'blocker brief.complete brief:plan-1',
      'warning blocker.overdue blocker:a',
      'warning blocker.overdue blocker:b',
      'warning blocker.owner-due blocker:a',
      'warning raci.backup step:creative-production',
      'info milestone.slipped milestone:ms-1',
    ]);
    assert.equal(result.score, 100 - 20 - 4 * 5);
  });

  it('never scores below zero', () => {
    const plan = makePlan({ checklist: Array.from({ length: 6 }, (_, i) => makeItem({ id: `gate-${i}`, due: '2026-08-01' })) });
    assert.deepEqual([evaluate(plan, { now: NOW }).score, evaluate(plan, { now: NOW }).state], [0, 'blocked']);
  });

  it('config can change a rule’s severity, turn it off, and reprice severities', () => {
    const plan = makePlan({ checklist: [makeItem({ due: '2026-08-01' })] });
    const downgraded = evaluate(plan, { now: NOW, config: withRules({ 'gate.open-due': { severity: 'warning' } }) });
    assert.deepEqual([downgraded.state, downgraded.score, downgraded.findings[0]!.severity], ['at-risk', 95, 'warning']);
    assert.deepEqual(evaluate(plan, { now: NOW, config: withRules({ 'gate.open-due': { enabled: false } }) }), { state: 'ready', score: 100, findings: [] });
    assert.equal(evaluate(plan, { now: NOW, config: { ...DEFAULT_CONFIG, scoring: { blocker: 35, warning: 5, info: 0 } } }).score, 65);
  });

  it('a crossed threshold keeps the plan at risk even when its finding is priced as info', () => {
    const plan = makePlan({ reporting: { confidence: 90 } });
    const result = evaluate(plan, { now: NOW, config: withRules({ 'threshold.reporting-confidence': { severity: 'info' } }) });
    assert.deepEqual([result.state, result.score, result.findings.map((f) => f.ruleId)], ['at-risk', 100, ['threshold.reporting-confidence']]);
  });

  it('refuses a `now` that is not an instant, naming it', () => {
    assert.throws(() => evaluate(makePlan(), { now: 'yesterday' }), { name: 'RangeError', message: /now: "yesterday"/ });
  });
});

describe('the rule catalog', () => {
  it('covers every rule of the domain with a unique id', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of [
      'lifecycle.skipped-definition', 'brief.complete',
      'raci.one-accountable', 'raci.responsible', 'raci.backup', 'raci.consulted-limit', 'raci.everyone-owns-step', 'raci.everyone-owns-role', 'raci.informed-only',
      'blocker.owner-due', 'blocker.overdue', 'blocker.recurring-category', 'blocker.open-critical',
      'approval.sla-breach', 'gate.open-due', 'checklist.evidence', 'checklist.done-by', 'checklist.gate-owner',
      'milestone.hypothesis', 'milestone.late', 'milestone.slipped', 'milestone.chain-order',
      'threshold.blocked-approvals', 'threshold.launch-delay', 'threshold.reporting-confidence',
    ]) {
      assert.ok(ruleById(id), id);
    }
    assert.equal(ruleById('no.such-rule'), undefined);
  });

  it('gives every rule a title, a severity and a one-sentence rationale', () => {
    for (const rule of RULES) {
      assert.ok(rule.title.length > 0, rule.id);
      assert.ok(['blocker', 'warning', 'info'].includes(rule.severity), rule.id);
      assert.match(rule.rationale, /^[A-Z].*\.$/, rule.id);
      assert.equal(rule.rationale.split(/\.\s+[A-Z]/).length, 1, `${rule.id}: one sentence`);
    }
  });
});

describe('findingsByTarget', () => {
  it('groups findings under `${kind}:${id}` keeping their order', () => {
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-01', owner: undefined })] });
    const { findings } = evaluate(plan, { now: NOW });
    const groups = findingsByTarget(findings);
    assert.deepEqual([...groups.keys()], ['blocker:blk-1']);
    assert.deepEqual(groups.get('blocker:blk-1')!.map((f) => f.ruleId), ['blocker.overdue', 'blocker.owner-due']);
  });
});
