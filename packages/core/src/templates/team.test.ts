import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan } from '../plan/parse.js';
import { makeBlocker, makeLaunchApproval } from '../testing/factories.js';
import { createPlanFromTemplate } from './create.js';
import { parseTeamTemplate, planFromTeamTemplate, templateFromPlan } from './team.js';

/** A webinar plan the team tuned: legal consulted on launch, an extra gate, a blocker and an approval of its own. */
function tunedPlan() {
  const plan = createPlanFromTemplate('webinar', { name: '2026q4_emea_event_webinar', launchDate: '2026-12-15' });
  plan.steps.find((s) => s.id === 'launch-approval')!.raci.consulted = ['Legal'];
  plan.checklist.push({ id: 'gate-speaker-dry-run', label: 'Speaker dry run', layer: 'execution', owner: 'Demand gen lead', due: '2026-12-12', gate: true });
  plan.checklist[0]!.doneAt = '2026-11-20T09:00:00Z';
  plan.blockers.push(makeBlocker({ raisedAt: '2026-11-01T09:00:00Z' }));
  plan.approvals.push(makeLaunchApproval({ requestedAt: '2026-12-10T09:00:00Z', decidedAt: '2026-12-11T09:00:00Z' }));
  return plan;
}

describe('team templates', () => {
  it('save the RACI, the gates and the timing as days from launch, and nothing of the one campaign', () => {
    const template = templateFromPlan(tunedPlan(), { id: 'emea-webinar', title: 'EMEA webinar' });
    assert.equal(template.type, 'webinar');
    assert.deepEqual(template.steps.find((s) => s.id === 'launch-approval')!.raci.consulted, ['Legal']);
    assert.deepEqual([template.steps[0]!.start, template.steps[0]!.due], [-42, -28]);
    assert.deepEqual(template.checklist.at(-1), { id: 'gate-speaker-dry-run', label: 'Speaker dry run', layer: 'execution', owner: 'Demand gen lead', due: -3, gate: true });
    assert.ok(!('doneAt' in template.checklist[0]!));
    assert.equal(template.standardGates?.length, 8);
    assert.ok(!('blockers' in template) && !('approvals' in template) && !('brief' in template));
  });

  it('make new plans dated from their own launch, valid, with the team’s gates and RACI', () => {
    const template = templateFromPlan(tunedPlan(), { id: 'emea-webinar' });
    const plan = planFromTeamTemplate(template, { name: '2027q1_emea_event_webinar', launchDate: '2027-03-10' });
    const parsed = parsePlan(plan);
    assert.deepEqual(parsed.problems, []);
    assert.equal(plan.campaign.state, 'draft');
    assert.equal(plan.steps[0]!.due, '2027-02-10');
    assert.equal(plan.checklist.find((i) => i.id === 'gate-speaker-dry-run')!.due, '2027-03-07');
    assert.deepEqual(plan.steps.find((s) => s.id === 'launch-approval')!.raci.consulted, ['Legal']);
    assert.deepEqual([plan.blockers, plan.approvals], [[], []]);
    // Saved again, the new plan gives the same template back.
    assert.deepEqual(templateFromPlan(plan, { id: 'emea-webinar', title: template.title }), template);
  });

  it('parseTeamTemplate takes a saved template and refuses a broken one with paths', () => {
    const template = templateFromPlan(tunedPlan(), { id: 'emea-webinar' });
    assert.ok(parseTeamTemplate(JSON.parse(JSON.stringify(template))).ok);
    const bad = parseTeamTemplate({ ...template, version: 2, steps: [{ ...template.steps[0]!, due: 1.5 }] });
    assert.ok(!bad.ok);
    assert.deepEqual(bad.problems.map((p) => p.path), ['version', 'steps[0].due']);
    const dangling = parseTeamTemplate({ ...template, steps: [{ ...template.steps[1]!, dependsOn: ['nowhere'] }] });
    assert.ok(!dangling.ok);
    assert.deepEqual(dangling.problems.map((p) => `${p.path}: ${p.message}`), ['steps[0].dependsOn[0]: no step has id "nowhere" (in the plan it makes)']);
  });

  it('a plan without a launch date cannot be saved as offsets', () => {
    const plan = tunedPlan();
    delete plan.campaign.launchDate;
    assert.throws(() => templateFromPlan(plan, { id: 'x' }), /no launch date/);
  });
});
