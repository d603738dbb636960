import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Plan } from '../plan/schema.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { makeDoneItem, makeItem, makePlan } from '../testing/factories.js';
import { checklistProgress, openLaunchGates } from './gates.js';
import { isSafeLink, itemFieldProblem } from './fields.js';

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
    assert.deepEqual(run('gate.open-due', plan).map((h) => h.target.id), ['sales'], 'its own due date still counts');
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

  it('itemFieldProblem says why a value cannot be stored, in the plan format\'s words', () => {
    assert.equal(itemFieldProblem('evidence', 'javascript:alert(1)'), 'must be an https:// or mailto: link');
    assert.equal(itemFieldProblem('evidence', 'https://qa.example.com/r/1'), undefined);
    assert.equal(itemFieldProblem('due', '2026-02-30'), 'must be a calendar date written YYYY-MM-DD');
    assert.equal(itemFieldProblem('due', '2026-02-28'), undefined);
    assert.equal(itemFieldProblem('owner', ''), 'must not be empty');
    assert.equal(itemFieldProblem('owner', '   '), 'must not be blank');
    assert.equal(itemFieldProblem('label', '<img src=x onerror=alert(1)>'), undefined, 'markup is text, stored as written');
  });
});
