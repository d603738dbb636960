import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Killer } from '../plan/vocabulary.js';
import { computeMetrics } from './compute.js';

const now = '2026-09-10T12:00:00Z';

test('no plans give counts of zero and nulls, never NaN', () => {
  const m = computeMetrics([], { now });
  assert.equal(m.plans, 0);
  assert.deepEqual(m.briefToLaunchDays, { median: null, p90: null, count: 0 });
  assert.deepEqual(m.blockerResolutionDays, { median: null, p90: null, count: 0 });
  assert.deepEqual(m.blockersPerSprint, { mean: null, sprints: 0 });
  assert.deepEqual(m.sprints, []);
  assert.deepEqual(m.perPlan, []);
  assert.deepEqual(m.approvalCycleHours, { median: null, p90: null, count: 0 });
  assert.deepEqual(m.milestonesOnTime, { share: null, onTime: 0, due: 0 });
  assert.deepEqual(m.unresolvedBlockersPerSprint, []);
  assert.deepEqual(m.rework, { rate: null, reopened: 0, total: 0 });
  assert.deepEqual(m.execution, { rate: null, delivered: 0, planned: 0 });
  assert.deepEqual(m.reportingDefects, { rate: null, defects: 0, reportsChecked: 0 });
  assert.equal(m.mostActiveKiller.killer, null);
  const numbers = (v: unknown): number[] => (typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbers) : []);
  assert.ok(numbers(m).every(Number.isFinite));
});

test('time from brief to launch is the median and 90th percentile over plans with both actual dates', () => {
  const plan = (id: string, brief: string, launch?: string) =>
    makePlan({
      id,
      milestones: [
        makeMilestone({ id: 'b', kind: 'brief-approved', planned: brief, actual: brief }),
        makeMilestone({ id: 'l', kind: 'campaign-launched', planned: '2026-09-01', ...(launch ? { actual: launch } : {}) }),
      ],
    });
  const m = computeMetrics([plan('a', '2026-08-01', '2026-08-31'), plan('b', '2026-08-01', '2026-08-11'), plan('c', '2026-08-01')], { now });
  assert.deepEqual(m.briefToLaunchDays, { median: 20, p90: 30, count: 2 });
});

test('approval cycle time gives the median and the 90th percentile in hours', () => {
  const approvals = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h, i) =>
    makeApproval({ id: `a${i}`, requestedAt: '2026-08-01T00:00:00Z', decidedAt: `2026-08-01T${String(h).padStart(2, '0')}:00:00Z`, decision: 'approved' }),
  );
  approvals.push(makeApproval({ id: 'pending' }));
  const m = computeMetrics([makePlan({ approvals })], { now });
  assert.deepEqual(m.approvalCycleHours, { median: 5.5, p90: 9, count: 10 });
});

test('milestones count as on time when done by the planned date; past-due undone ones count as late', () => {
  const milestones = [
    makeMilestone({ id: 'm1', planned: '2026-08-01', actual: '2026-08-01' }),
    makeMilestone({ id: 'm2', planned: '2026-08-01', actual: '2026-08-03' }),
    makeMilestone({ id: 'm3', planned: '2026-09-01' }),
    makeMilestone({ id: 'm4', planned: '2026-10-01' }), // not due yet: not counted
  ];
  const m = computeMetrics([makePlan({ milestones })], { now });
  assert.equal(m.milestonesOnTime.onTime, 1);
  assert.equal(m.milestonesOnTime.due, 3);
  assert.equal(m.milestonesOnTime.share, 1 / 3);
});

test('a blocker log of any length is counted without running out of stack', () => {
  const blockers = Array.from({ length: 150_000 }, (_, i) =>
    makeBlocker({ id: `b${i}`, raisedAt: '2026-08-04T09:00:00Z', ...(i % 2 ? { status: 'resolved' as const, resolvedAt: '2026-08-20T09:00:00Z' } : {}) }),
  );
  const m = computeMetrics([makePlan({ blockers })], { now });
  assert.deepEqual(m.unresolvedBlockersPerSprint, [
    { sprint: 30, start: '2026-08-03', unresolved: 150_000 },
    { sprint: 31, start: '2026-08-10', unresolved: 150_000 },
    { sprint: 32, start: '2026-08-17', unresolved: 75_000 },
    { sprint: 33, start: '2026-08-24', unresolved: 75_000 },
    { sprint: 34, start: '2026-08-31', unresolved: 75_000 },
    { sprint: 35, start: '2026-09-07', unresolved: 75_000 },
  ]);
});

test('unresolved blockers are counted at the end of each sprint up to now', () => {
  // Weekly sprints from 2026-01-05: sprint 31 starts 2026-08-10, sprint 33 on 2026-08-24, sprint 35 on 2026-09-07.
  const blockers = [
    makeBlocker({ id: 'b1', raisedAt: '2026-08-11T09:00:00Z' }),
    makeBlocker({ id: 'b2', raisedAt: '2026-08-12T09:00:00Z', status: 'resolved', resolvedAt: '2026-08-26T09:00:00Z' }),
    makeBlocker({ id: 'b3', raisedAt: '2026-09-01T09:00:00Z', status: 'resolved', resolvedAt: '2026-09-02T09:00:00Z' }),
  ];
  const m = computeMetrics([makePlan({ blockers })], { now });
  assert.deepEqual(m.unresolvedBlockersPerSprint, [
    { sprint: 31, start: '2026-08-10', unresolved: 2 },
    { sprint: 32, start: '2026-08-17', unresolved: 2 },
    { sprint: 33, start: '2026-08-24', unresolved: 1 },
    { sprint: 34, start: '2026-08-31', unresolved: 1 },
    { sprint: 35, start: '2026-09-07', unresolved: 1 },
  ]);
  assert.deepEqual(m.blockerResolutionDays, { median: 7.5, p90: 14, count: 2 });
});

test('rework, execution and reporting defect rates are ratios of the recorded counts', () => {
  const plans = [
    makePlan({ id: 'p1', checklist: [makeItem({ id: 'i1', reopened: 2 }), makeItem({ id: 'i2' })], blockers: [makeBlocker({ reopened: 1 })], programs: { planned: 4, delivered: 3 }, reporting: { reportsChecked: 10, defects: 1 } }),
    makePlan({ id: 'p2', checklist: [makeItem({ id: 'i3' })], programs: { planned: 4, delivered: 4 }, reporting: { reportsChecked: 10, defects: 0 } }),
  ];
  const m = computeMetrics(plans, { now });
  assert.deepEqual(m.rework, { rate: 0.5, reopened: 2, total: 4 });
  assert.deepEqual(m.execution, { rate: 7 / 8, delivered: 7, planned: 8 });
  assert.deepEqual(m.reportingDefects, { rate: 0.05, defects: 1, reportsChecked: 20 });
});

test('the most active killer counts open and recently raised blockers, ties going to the first killer listed', () => {
  const blockers = [
    makeBlocker({ id: 'b1', category: 'poor-tooling' }),
    makeBlocker({ id: 'b2', category: 'misalignment', raisedAt: '2026-09-05T09:00:00Z', status: 'resolved', resolvedAt: '2026-09-06T09:00:00Z' }),
    // Resolved long ago: no longer active.
    makeBlocker({ id: 'b3', category: 'unclear-ownership', raisedAt: '2026-05-01T09:00:00Z', status: 'resolved', resolvedAt: '2026-05-02T09:00:00Z' }),
    makeBlocker({ id: 'b4', category: 'unclear-ownership', raisedAt: '2026-05-01T09:00:00Z', status: 'resolved', resolvedAt: '2026-05-02T09:00:00Z' }),
  ];
  const m = computeMetrics([makePlan({ blockers })], { now });
  assert.equal(m.mostActiveKiller.killer, 'misalignment');
  assert.deepEqual(m.mostActiveKiller.counts, { misalignment: 1, 'structural-bottleneck': 0, 'unclear-ownership': 0, 'poor-tooling': 1, 'feedback-loop-failure': 0 });
  blockers.push(makeBlocker({ id: 'b5', category: 'poor-tooling' }));
  assert.equal(computeMetrics([makePlan({ blockers })], { now }).mostActiveKiller.killer, 'poor-tooling');
});

test('recently raised means raised within the last sprint length up to now, both ends included', () => {
  // now is 2026-09-10T12:00Z and a sprint is 7 days: the window opens at 2026-09-03T12:00Z.
  const resolved = (category: Killer, raisedAt: string) => makeBlocker({ id: category, category, raisedAt, status: 'resolved', resolvedAt: '2026-09-10T11:00:00Z' });
  const blockers = [
    resolved('misalignment', '2026-09-03T11:59:59.999Z'),
    resolved('structural-bottleneck', '2026-09-03T12:00:00Z'),
    resolved('unclear-ownership', '2026-09-03T12:00:00.001Z'),
    // Open blockers count whenever raised, but not one raised after now.
    makeBlocker({ id: 'at-now', category: 'poor-tooling', raisedAt: now }),
    makeBlocker({ id: 'after-now', category: 'feedback-loop-failure', raisedAt: '2026-09-10T12:00:00.001Z' }),
  ];
  assert.deepEqual(computeMetrics([makePlan({ blockers })], { now }).mostActiveKiller.counts, {
    misalignment: 0, 'structural-bottleneck': 1, 'unclear-ownership': 1, 'poor-tooling': 1, 'feedback-loop-failure': 0,
  });
  // The same instant written with another offset is the same edge.
  const offset = computeMetrics([makePlan({ blockers: [resolved('misalignment', '2026-09-03T14:00:00+02:00')] })], { now });
  assert.equal(offset.mostActiveKiller.counts.misalignment, 1);
});

test('asked for a past date, a blocker resolved after that date was still open then, as in the per-sprint counts', () => {
  // Raised in May, resolved on 2026-09-05: open on 2026-09-01 although its status now says resolved.
  const blocker = makeBlocker({ category: 'poor-tooling', raisedAt: '2026-05-01T09:00:00Z', status: 'resolved', resolvedAt: '2026-09-05T09:00:00Z' });
  const asOf = (at: string) => computeMetrics([makePlan({ blockers: [blocker] })], { now: at });
  const past = asOf('2026-09-01T09:00:00Z');
  assert.equal(past.mostActiveKiller.killer, 'poor-tooling');
  assert.equal(past.unresolvedBlockersPerSprint.at(-1)?.unresolved, 1);
  // At the resolution instant it is still counted, as in the per-sprint counts; after it, neither counts it.
  const atResolution = asOf('2026-09-05T09:00:00Z');
  assert.equal(atResolution.mostActiveKiller.killer, 'poor-tooling');
  assert.equal(atResolution.unresolvedBlockersPerSprint.at(-1)?.unresolved, 1);
  const after = asOf('2026-09-05T09:00:00.001Z');
  assert.equal(after.mostActiveKiller.killer, null);
  assert.equal(after.unresolvedBlockersPerSprint.at(-1)?.unresolved, 0);
});

test('the recent window follows the configured sprint length', () => {
  const config = { ...DEFAULT_CONFIG, sprint: { ...DEFAULT_CONFIG.sprint, lengthDays: 7 } };
  const raised = (raisedAt: string) => [makePlan({ blockers: [makeBlocker({ category: 'misalignment', raisedAt, status: 'resolved', resolvedAt: '2026-09-10T11:00:00Z' })] })];
  assert.equal(computeMetrics(raised('2026-09-03T11:59:59.999Z'), { now, config }).mostActiveKiller.killer, null);
  assert.equal(computeMetrics(raised('2026-09-03T12:00:00Z'), { now, config }).mostActiveKiller.killer, 'misalignment');
});

test('the figures do not depend on the order of plans', () => {
  const plans = [
    makePlan({ id: 'p1', blockers: [makeBlocker({ category: 'misalignment' })], approvals: [makeApproval({ decidedAt: '2026-08-26T09:00:00Z', decision: 'approved' })] }),
    makePlan({ id: 'p2', blockers: [makeBlocker({ category: 'poor-tooling', raisedAt: '2026-08-20T09:00:00Z' })], milestones: [makeMilestone({ actual: '2026-08-05' })] }),
    makePlan({ id: 'p3', approvals: [makeApproval({ decidedAt: '2026-08-29T09:00:00Z', decision: 'rejected' })] }),
  ];
  fc.assert(fc.property(fc.shuffledSubarray(plans, { minLength: 3, maxLength: 3 }), (shuffled) => assert.deepEqual(computeMetrics(shuffled, { now }), computeMetrics(plans, { now }))));
});

test('the trend across sprints counts, per sprint, blockers raised, resolved and open, reviews decided and milestones due', () => {
  // Weekly sprints from 2026-01-05: sprint 34 starts 2026-08-31, sprint 35 on 2026-09-07 (now is in it).
  const plan = makePlan({
    blockers: [
      makeBlocker({ id: 'b1', raisedAt: '2026-09-01T09:00:00Z', status: 'resolved', resolvedAt: '2026-09-08T09:00:00Z' }),
      makeBlocker({ id: 'b2', raisedAt: '2026-09-02T09:00:00Z' }),
      makeBlocker({ id: 'later', raisedAt: '2026-09-11T09:00:00Z' }),
    ],
    approvals: [
      makeApproval({ id: 'a1', requestedAt: '2026-08-24T09:00:00Z', decidedAt: '2026-08-25T09:00:00Z', decision: 'approved' }),
      makeApproval({ id: 'a2', requestedAt: '2026-08-24T09:00:00Z', decidedAt: '2026-08-26T21:00:00Z', decision: 'approved' }),
      makeApproval({ id: 'a3', requestedAt: '2026-09-07T09:00:00Z', decidedAt: '2026-09-07T15:00:00Z', decision: 'rejected' }),
    ],
    milestones: [
      makeMilestone({ id: 'm1', planned: '2026-09-01', actual: '2026-09-01' }),
      makeMilestone({ id: 'm2', planned: '2026-09-02', actual: '2026-09-04' }),
      makeMilestone({ id: 'm3', planned: '2026-09-08' }),
      makeMilestone({ id: 'm4', planned: '2026-09-30' }),
    ],
  });
  const m = computeMetrics([plan], { now });
  assert.deepEqual(m.sprints, [
    { sprint: 33, start: '2026-08-24', unresolved: 0, raised: 0, resolved: 0, approvalsDecided: 2, approvalCycleHours: 42, milestonesDue: 0, milestonesOnTime: 0 },
    { sprint: 34, start: '2026-08-31', unresolved: 2, raised: 2, resolved: 0, approvalsDecided: 0, approvalCycleHours: null, milestonesDue: 2, milestonesOnTime: 1 },
    { sprint: 35, start: '2026-09-07', unresolved: 1, raised: 0, resolved: 1, approvalsDecided: 1, approvalCycleHours: 6, milestonesDue: 1, milestonesOnTime: 0 },
  ]);
  // The open-blocker counts start with the first blocker; the mean is over every sprint of the trend.
  assert.deepEqual(m.unresolvedBlockersPerSprint.map((s) => s.sprint), [34, 35]);
  assert.deepEqual(m.blockersPerSprint, { mean: 0.67, sprints: 3 });
});

test('the trend across plans gives each plan its own figures, earliest launch first', () => {
  const launched = (id: string, brief: string, launch: string) =>
    makePlan({
      id,
      milestones: [makeMilestone({ id: 'b', kind: 'brief-approved', planned: brief, actual: brief }), makeMilestone({ id: 'l', kind: 'campaign-launched', planned: launch, actual: launch })],
      approvals: [makeApproval({ requestedAt: '2026-08-01T00:00:00Z', decidedAt: '2026-08-01T10:00:00Z', decision: 'approved' })],
      checklist: [makeItem({ id: 'i1', reopened: 1 }), makeItem({ id: 'i2' })],
      programs: { planned: 2, delivered: 1 },
    });
  const notLaunched = makePlan({ id: 'a-draft', campaign: { ...makePlan().campaign, launchDate: undefined } });
  const m = computeMetrics([notLaunched, launched('late', '2026-08-10', '2026-08-30'), launched('early', '2026-07-01', '2026-07-11')], { now });
  assert.deepEqual(m.perPlan.map((p) => p.planId), ['early', 'late', 'a-draft']);
  assert.deepEqual(m.perPlan[0], {
    planId: 'early', campaign: m.perPlan[0]!.campaign, launch: '2026-07-11', briefToLaunchDays: 10, approvalCycleHours: 10, milestonesOnTime: 1,
    blockersRaised: 0, blockerResolutionDays: null, rework: 0.5, execution: 0.5,
  });
  assert.equal(m.perPlan[2]!.launch, null);
  assert.equal(m.perPlan[2]!.briefToLaunchDays, null);
});
