import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../plan/schema.js';
import { evaluate } from '../readiness/evaluate.js';
import { makeBlocker, makeDoneItem, makeItem, makePlan } from '../testing/factories.js';
import { actionProblems, actionsOf, rescheduleProblems, rescheduleSummary, unrecordedActions } from './actions.js';
import { portfolioPatterns } from './patterns.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';

const NOW = '2026-08-28T12:00:00Z';
// Weekly sprints from 2026-01-05: 08-10, 08-17 and 08-24 start three consecutive sprints.
const raised = (id: string, at: string) => makeBlocker({ id, category: 'structural-bottleneck', raisedAt: at, due: '2026-09-30' });

describe('portfolioPatterns', () => {
  it('a killer category in consecutive sprints across campaigns recurs; within one campaign it is that plan’s own finding', () => {
    const a = makePlan({ id: 'a', blockers: [raised('b1', '2026-08-11T09:00:00Z'), raised('b2', '2026-08-25T09:00:00Z')] });
    const b = makePlan({ id: 'b', blockers: [raised('b1', '2026-08-18T09:00:00Z')] });
    assert.deepEqual(portfolioPatterns([a, b], NOW).map((p) => [p.kind, p.id, p.plans, p.message]), [
      ['killer', 'structural-bottleneck', ['a', 'b'], '"structural-bottleneck" blockers were raised in 3 consecutive sprints across 2 campaigns.'],
    ]);
    const gap = makePlan({ id: 'b', blockers: [raised('b1', '2026-08-04T09:00:00Z')] });
    assert.deepEqual(portfolioPatterns([a, gap], NOW), [], 'a sprint without it breaks the run');
    const alone = makePlan({ id: 'a', blockers: [raised('b1', '2026-08-11T09:00:00Z'), raised('b2', '2026-08-18T09:00:00Z'), raised('b3', '2026-08-25T09:00:00Z')] });
    assert.deepEqual(portfolioPatterns([alone, makePlan({ id: 'c' })], NOW), []);
  });

  it('the same gate late in two campaigns recurs; late in one, or on time, does not', () => {
    const late = (id: string, item = makeItem({ due: '2026-08-20' })) => makePlan({ id, checklist: [item] });
    assert.deepEqual(portfolioPatterns([late('a'), late('b', makeDoneItem({ due: '2026-08-20', doneAt: '2026-08-21T09:00:00Z' }))], NOW).map((p) => [p.kind, p.id, p.plans]), [['late-gate', 'landing-page-qa', ['a', 'b']]]);
    assert.deepEqual(portfolioPatterns([late('a'), late('b', makeDoneItem({ due: '2026-08-20', doneAt: '2026-08-20T23:00:00Z' }))], NOW), [], 'done on its due day is on time');
    assert.deepEqual(portfolioPatterns([late('a')], NOW), [], 'one plan has no portfolio');
  });
});

describe('corrective actions', () => {
  const withActions = (): Plan =>
    makePlan({
      correctiveActions: [
        { id: 'ca-1', action: 'Second approver for legal', owner: 'Legal', due: '2026-08-27', status: 'open', source: 'threshold.blocked-approvals' },
        { id: 'ca-2', action: 'Template: legal review a week earlier', owner: 'Ops lead', due: '2026-08-20', status: 'done', doneAt: '2026-08-19T09:00:00Z' },
        { id: 'ca-3', action: 'Check UTMs before spend', owner: 'Marketing ops', due: '2026-08-28', status: 'open' },
      ],
    });

  it('are listed open first, by due date, overdue once their due day has passed', () => {
    assert.deepEqual(actionsOf(withActions(), '2026-08-28').map((a) => [a.id, a.overdue]), [['ca-1', true], ['ca-3', false], ['ca-2', false]]);
  });

  it('action.overdue: an open action past its due day is a warning for its owner', () => {
    assert.deepEqual(evaluate(withActions(), { now: NOW }).findings.map((f) => [f.ruleId, f.owner, f.target, f.message]), [
      ['action.overdue', 'Legal', { kind: 'action', id: 'ca-1' }, 'Corrective action "Second approver for legal" was due 2026-08-27 and is still open.'],
    ]);
  });

  it('a crossed threshold no action names is still to record', () => {
    const plan = withActions();
    plan.reporting = { confidence: 90 };
    assert.deepEqual(unrecordedActions(plan, NOW, DEFAULT_CONFIG).map((a) => a.id), ['threshold.reporting-confidence']);
    plan.correctiveActions!.push({ id: 'ca-4', action: 'Fix source capture', owner: 'RevOps', due: '2026-09-04', status: 'open', source: 'threshold.reporting-confidence' });
    assert.deepEqual(unrecordedActions(plan, NOW, DEFAULT_CONFIG), []);
  });

  it('are recorded only with who records them, what changes, a role of the plan as owner and a due date', () => {
    const plan = withActions();
    const ok = { by: plan.roles[0]!, action: 'Second approver', owner: plan.roles[1]!, due: '2026-09-04', source: 'threshold.blocked-approvals' };
    assert.deepEqual(actionProblems(plan, ok), {});
    assert.deepEqual(actionProblems(plan, { by: '', action: '', owner: '', due: '', source: '' }), {
      by: 'choose who you are',
      action: 'say what the team will change',
      owner: 'name who will get it done',
      due: 'set the date it is due',
    });
    const bad = actionProblems(plan, { ...ok, owner: 'Nobody here', due: '2026-02-30', action: 'x'.repeat(500) });
    assert.equal(bad.owner, '"Nobody here" is not one of the plan\'s roles');
    assert.match(bad.due!, /date/);
    assert.match(bad.action!, /at most \d+ characters/);
  });

  it('move their due date only to another date, with the reason recorded', () => {
    const action = withActions().correctiveActions![0]!;
    assert.deepEqual(rescheduleProblems(action, { by: 'Legal', due: '2026-09-10', reason: 'Legal is at an offsite' }), {});
    assert.deepEqual(rescheduleProblems(action, { by: '', due: '', reason: '' }), { by: 'choose who you are', due: 'set the new date it is due', reason: 'say why the date moves' });
    assert.equal(rescheduleProblems(action, { by: 'Legal', due: action.due, reason: 'no change' }).due, 'is the date it is already due; choose another');
    assert.match(rescheduleProblems(action, { by: 'Legal', due: '2026-09-10', reason: 'y'.repeat(2000) }).reason!, /with the log's words$/);
    assert.equal(rescheduleSummary(action, '2026-09-10', 'Legal is at an offsite'), 'Moved the corrective action "Second approver for legal" from 2026-08-27 to 2026-09-10: Legal is at an offsite');
  });
});
