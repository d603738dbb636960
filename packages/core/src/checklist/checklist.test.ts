import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Plan } from '../plan/schema.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { evaluate } from '../readiness/evaluate.js';
import { makeDoneItem, makeItem, makeLaunchApproval, makeMilestone, makePlan } from '../testing/factories.js';
import { checklistProgress, openLaunchGates } from './gates.js';
import { isSafeLink } from './fields.js';
import { fieldProblem } from '../plan/fields.js';

const NOW = '2026-08-28T12:00:00Z';
const run = (id: string, plan: Plan) => ruleById(id)!.check(ruleContext(plan, NOW, DEFAULT_CONFIG));
const target = { kind: 'item', id: 'item-1' };

describe('checklist gates', () => {
  it('gate.open-due: an open gate on or after its due date is blocking, for its owner', () => {
    assert.deepEqual(run('gate.open-due', makePlan({ checklist: [makeItem({ due: '2026-08-28' })] })), [
      { target, message: 'Gate "Landing page QA" was due 2026-08-28 and is still open.', fix: 'Finish it and record who did it, when, and an https evidence link.', owner: 'Marketing ops' },
    ]);
  });

  it('gate.open-due: an undated gate falls due on the launch date', () => {
    const plan = makePlan({ checklist: [makeItem({ due: undefined })] });
    plan.campaign.launchDate = '2026-08-20';
    assert.equal(run('gate.open-due', plan)[0]!.message, 'Gate "Landing page QA" was due 2026-08-20 and is still open.');
  });

  it('gate.open-due: an undated post-launch gate does not fall due at launch, since it does not hold the launch', () => {
    const plan = makePlan({
      checklist: [
        makeItem({ id: 'crm', label: 'CRM source capture', gateId: 'crm-source-capture', due: undefined }),
        makeItem({ id: 'sales', label: 'Sales feedback', layer: 'strategy', gateId: 'sales-feedback', due: undefined }),
        makeItem({ id: 'report', label: 'Monthly reporting', gateId: 'monthly-reporting', due: undefined }),
      ],
    });
    plan.campaign.launchDate = '2026-08-20';
    assert.deepEqual(run('gate.open-due', plan), []);
    plan.checklist[1]!.due = '2026-08-27';
    assert.deepEqual(run('gate.open-due', plan), [], 'nor past its own date: a post-launch gate never blocks');
  });

  it('gate.post-launch-overdue: before launch a post-launch gate costs nothing, even past its date', () => {
    const plan = makePlan({ checklist: [makeItem({ label: 'Sales feedback', layer: 'strategy', gateId: 'sales-feedback', due: '2026-08-20' })] });
    assert.deepEqual(evaluate(plan, { now: NOW }).findings, []);
  });

  it('gate.post-launch-overdue: after launch, past its due day, it is a warning and never blocks', () => {
    const plan = makePlan({ checklist: [makeItem({ label: 'Sales feedback', layer: 'strategy', gateId: 'sales-feedback', due: '2026-08-27' })], approvals: [makeLaunchApproval()] });
    plan.campaign.state = 'live';
    const { state, findings } = evaluate(plan, { now: NOW });
    assert.equal(state, 'at-risk');
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, f.message]), [
      ['gate.post-launch-overdue', 'warning', 'Post-launch gate "Sales feedback" was due 2026-08-27 and is not done; the live campaign is not held by it.'],
    ]);
    plan.checklist[0]!.due = '2026-08-28';
    assert.deepEqual(run('gate.post-launch-overdue', plan), [], 'on its due day it is not overdue yet');
    plan.checklist[0]!.due = '2026-08-27';
    plan.campaign.state = 'draft';
    plan.milestones = [makeMilestone({ kind: 'campaign-launched', name: 'Launched', planned: '2026-08-20', actual: '2026-08-20' })];
    assert.equal(run('gate.post-launch-overdue', plan).length, 1, 'the launched milestone also says the campaign has launched');
  });

  it('gate.post-launch-overdue: monthly reporting recurs each month while the campaign is live', () => {
    const report = (doneAt?: string) => {
      const plan = makePlan({ checklist: [makeItem({ label: 'Monthly reporting', gateId: 'monthly-reporting', due: '2026-05-31', ...(doneAt ? { doneAt, doneBy: 'Analytics', evidence: 'https://bi.example.com/r/1' } : {}) })] });
      plan.campaign.state = 'live';
      return plan;
    };
    // Judged 2026-08-28: reports were owed 05-31, 06-30, 07-31 (clamped); 08-31 is still ahead.
    assert.deepEqual(run('gate.post-launch-overdue', report()).map((h) => h.message), ['Post-launch gate "Monthly reporting" was due 2026-07-31 and is not done; the live campaign is not held by it.']);
    assert.deepEqual(run('gate.post-launch-overdue', report('2026-07-15T09:00:00Z')).length, 1, "a late June report does not cover July");
    assert.deepEqual(run('gate.post-launch-overdue', report('2026-07-16T09:00:00Z')), [], 'a report nearer the July date than the June one counts for July');
    const ended = report('2026-06-29T09:00:00Z');
    ended.campaign.endDate = '2026-07-15';
    assert.deepEqual(run('gate.post-launch-overdue', ended), [], 'no report is owed after the campaign ends');
    const completed = report('2026-06-29T09:00:00Z');
    completed.campaign.state = 'completed';
    assert.deepEqual(run('gate.post-launch-overdue', completed), [], 'a completed campaign owes only the first report');
  });

  it('gate.open-due: not yet due, done, or not a gate passes', () => {
    assert.deepEqual(run('gate.open-due', makePlan({ checklist: [makeItem({ due: '2026-08-29' })] })), []);
    assert.deepEqual(run('gate.open-due', makePlan({ checklist: [makeDoneItem({ due: '2026-08-01' })] })), []);
    assert.deepEqual(run('gate.open-due', makePlan({ checklist: [makeItem({ gate: false, gateId: undefined, due: '2026-08-01' })] })), []);
  });

  it('checklist.gate-owner: an open gate without owner is a warning for the campaign owner', () => {
    assert.deepEqual(run('checklist.gate-owner', makePlan({ checklist: [makeItem({ owner: undefined, due: '2026-09-01' })] })), [
      { target, message: 'Gate "Landing page QA" has no owner.', fix: 'Name the role who gets this gate done.', owner: 'Campaign manager' },
    ]);
    assert.deepEqual(run('checklist.gate-owner', makePlan({ checklist: [makeDoneItem({ owner: undefined })] })), []);
  });

  it('checklist.evidence: a done gate needs an https evidence link', () => {
    assert.deepEqual(run('checklist.evidence', makePlan({ checklist: [makeDoneItem({ evidence: undefined })] })), [
      { target, message: 'Gate "Landing page QA" is done without evidence.', fix: 'Link the proof with an https:// URL.', owner: 'Marketing ops' },
    ]);
    assert.equal(run('checklist.evidence', makePlan({ checklist: [makeDoneItem({ evidence: 'mailto:qa@example.com' })] }))[0]!.message, 'The evidence for gate "Landing page QA" is not an https link.');
    assert.deepEqual(run('checklist.evidence', makePlan({ checklist: [makeDoneItem()] })), []);
    assert.deepEqual(run('checklist.evidence', makePlan({ checklist: [makeDoneItem({ gate: false, evidence: undefined })] })), [], 'only gates need evidence');
  });

  it('checklist.done-by: a done item records who did it', () => {
    assert.deepEqual(run('checklist.done-by', makePlan({ checklist: [makeDoneItem({ doneBy: undefined })] })), [
      { target, message: '"Landing page QA" is done but nobody is recorded as having done it.', fix: 'Record who did it.', owner: 'Marketing ops' },
    ]);
    assert.deepEqual(run('checklist.done-by', makePlan({ checklist: [makeDoneItem()] })), []);
  });

  it('checklistProgress counts done items and lists open gates in order', () => {
    const open = makeItem({ id: 'item-2', label: 'Tracking validation', gateId: 'tracking-validation' });
    const plan = makePlan({ checklist: [makeDoneItem(), open, makeItem({ id: 'item-3', gate: false, gateId: undefined })] });
    assert.deepEqual(checklistProgress(plan), { done: 1, total: 3, openGates: [open] });
  });

  it('openLaunchGates lists the open gates that hold the launch, not the done ones nor the post-launch gates', () => {
    const landing = makeItem({ id: 'item-2' });
    const unnamed = makeItem({ id: 'item-3', gateId: undefined, label: 'Consent wording checked' });
    const plan = makePlan({
      checklist: [makeDoneItem(), landing, makeItem({ id: 'item-4', gateId: 'sales-feedback' }), makeItem({ id: 'item-5', gate: false, gateId: undefined }), unnamed],
    });
    assert.deepEqual(openLaunchGates(plan), [landing, unnamed]);
  });
});

describe('checklist item fields', () => {
  it('isSafeLink accepts https and mailto only', () => {
    assert.equal(isSafeLink('https://qa.example.com/r/1'), true);
    assert.equal(isSafeLink('mailto:qa@example.com'), true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'http://qa.example.com', 'data:text/html,x', 'https://a b', '', undefined]) {
      assert.equal(isSafeLink(bad), false, String(bad));
    }
  });

  it('fieldProblem says why a value cannot be stored in a field, in the plan format\'s words', () => {
    assert.equal(fieldProblem('item', 'evidence', 'javascript:alert(1)'), 'must be an https:// or mailto: link');
    assert.equal(fieldProblem('item', 'evidence', 'https://qa.example.com/r/1'), undefined);
    assert.equal(fieldProblem('item', 'due', '2026-02-30'), 'must be a calendar date written YYYY-MM-DD');
    assert.equal(fieldProblem('item', 'due', '2026-02-28'), undefined);
    assert.equal(fieldProblem('item', 'owner', ''), 'must not be empty');
    assert.notEqual(fieldProblem('blocker', 'severity', 'urgent'), undefined);
    assert.equal(fieldProblem('blocker', 'severity', 'high'), undefined);
    assert.equal(fieldProblem('blocker', 'title', '   '), 'must not be blank');
    assert.equal(fieldProblem('blocker', 'due', '2026-13-01'), 'must be a calendar date written YYYY-MM-DD');
    assert.equal(fieldProblem('item', 'owner', '   '), 'must not be blank');
    assert.equal(fieldProblem('item', 'label', '<img src=x onerror=alert(1)>'), undefined, 'markup is text, stored as written');
  });
});
