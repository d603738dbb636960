import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { makeApproval, makeMilestone, makePlan } from '../testing/factories.js';
import { evaluate } from './evaluate.js';
import { correctiveActions, launchDelayDays } from './thresholds.js';

const NOW = '2026-08-28T12:00:00Z';

describe('corrective actions', () => {
  it('a healthy plan crosses no threshold', () => {
    assert.deepEqual(correctiveActions(makePlan({ reporting: { confidence: 95 } }), NOW), []);
  });

  it("with no campaign owner, blocked approvals and a late launch go to the launch step's Accountable", () => {
    const plan = makePlan({
      approvals: [makeApproval({ id: 'late' }), makeApproval({ id: 'late-too', kind: 'legal' })],
      milestones: [makeMilestone({ id: 'launch', kind: 'campaign-launched', name: 'Launched', planned: '2026-08-20' })],
    });
    delete plan.campaign.owner;
    plan.campaign.launchDate = '2026-08-20';
    const owners = correctiveActions(plan, NOW).map((a) => [a.id, a.owner]);
    assert.deepEqual(owners, [
      ['threshold.blocked-approvals', 'Marketing director'],
      ['threshold.launch-delay', 'Marketing director'],
    ]);
  });

  it('two blocked approvals call for action by the campaign owner; one does not', () => {
    const late = makeApproval({ id: 'late' });
    const rejected = makeApproval({ id: 'rejected', kind: 'legal', decision: 'rejected', decidedAt: '2026-08-26T09:00:00Z' });
    assert.deepEqual(correctiveActions(makePlan({ approvals: [late, rejected] }), NOW), [
      {
        id: 'threshold.blocked-approvals',
        threshold: 'blockedApprovals',
        message: '2 approvals are blocked (past their SLA, rejected or sent back); 2 or more needs a corrective action.',
        owner: 'Campaign manager',
        value: 2,
        limit: 2,
      },
    ]);
    assert.deepEqual(correctiveActions(makePlan({ approvals: [late] }), NOW), []);
  });

  it('a launch more than three days late calls for action; exactly three does not', () => {
    const launched = (actual: string) => makePlan({ milestones: [makeMilestone({ id: 'ms-launch', name: 'Campaign launched', kind: 'campaign-launched', planned: '2026-09-01', actual })] });
    assert.deepEqual(correctiveActions(launched('2026-09-05'), '2026-09-10T00:00:00Z'), [
      { id: 'threshold.launch-delay', threshold: 'launchDelayDays', message: 'The launch is 4 days late against 2026-09-01; more than 3 needs a corrective action.', owner: 'Campaign manager', value: 4, limit: 3 },
    ]);
    assert.deepEqual(correctiveActions(launched('2026-09-04'), '2026-09-10T00:00:00Z'), []);
  });

  it('measures the delay from the planned launch milestone, or from a launch date passed without launch', () => {
    const replanned = makePlan({ milestones: [makeMilestone({ kind: 'campaign-launched', planned: '2026-09-08' })] });
    assert.equal(launchDelayDays(replanned, '2026-08-28'), 7);
    assert.equal(launchDelayDays(makePlan(), '2026-09-06'), 5);
    const live = makePlan();
    live.campaign.state = 'live';
    assert.equal(launchDelayDays(live, '2026-09-06'), 0, 'a live campaign launched; without a milestone its delay is unknown, not growing');
    const undated = makePlan();
    delete undated.campaign.launchDate;
    assert.equal(launchDelayDays(undated, '2026-09-06'), undefined);
  });

  it('reporting confidence below 95% calls for action by the review step’s Accountable', () => {
    assert.deepEqual(correctiveActions(makePlan({ reporting: { confidence: 92.5 } }), NOW), [
      { id: 'threshold.reporting-confidence', threshold: 'reportingConfidence', message: 'Reporting confidence is 92.5%, below 95%.', owner: 'Ops lead', value: 92.5, limit: 95 },
    ]);
  });

  it('thresholds are read from the config', () => {
    const config = { ...DEFAULT_CONFIG, thresholds: { blockedApprovals: 1, launchDelayDays: 0, reportingConfidence: 90 } };
    const plan = makePlan({ approvals: [makeApproval()], reporting: { confidence: 92 } });
    assert.deepEqual(correctiveActions(plan, '2026-09-02T00:00:00Z', config).map((a) => [a.id, a.value, a.limit]), [
      ['threshold.blocked-approvals', 1, 1],
      ['threshold.launch-delay', 1, 0],
    ]);
  });

  it('each crossing is also a warning finding on the campaign', () => {
    const { state, findings } = evaluate(makePlan({ reporting: { confidence: 80 } }), { now: NOW });
    assert.equal(state, 'at-risk');
    assert.deepEqual(findings, [
      {
        ruleId: 'threshold.reporting-confidence',
        severity: 'warning',
        message: 'Reporting confidence is 80%, below 95%.',
        target: { kind: 'campaign', id: 'plan-1' },
        owner: 'Ops lead',
        fix: 'Fix source capture and tracking until the reports reach the confidence threshold.',
        points: 5,
      },
    ]);
  });
});
