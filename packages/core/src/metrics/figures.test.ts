import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeApproval, makeBlocker, makePlan } from '../testing/factories.js';
import { computeMetrics } from './compute.js';
import { metricFigures, metricsCsv } from './figures.js';

const now = '2026-09-10T12:00:00Z';

test('each headline figure in words, with what it is over, and what is missing when there is nothing yet', () => {
  const plan = makePlan({
    approvals: [1.5, 30].map((h, i) => makeApproval({ id: `a${i}`, requestedAt: '2026-09-01T00:00:00Z', decidedAt: new Date(Date.parse('2026-09-01T00:00:00Z') + h * 3_600_000).toISOString(), decision: 'approved' })),
    blockers: [makeBlocker({ category: 'unclear-ownership', raisedAt: '2026-09-08T09:00:00Z' })],
    programs: { planned: 3, delivered: 2 },
  });
  const byId = Object.fromEntries(metricFigures(computeMetrics([plan], { now })).map((f) => [f.id, f]));
  assert.deepEqual([byId['approval-cycle']!.value, byId['approval-cycle']!.p90, byId['approval-cycle']!.basis], ['15.8 h', '30 h', 'over 2 decided reviews']);
  assert.deepEqual([byId.execution!.value, byId.execution!.basis], ['67%', '2 of 3 planned programs delivered']);
  assert.deepEqual([byId['most-active-killer']!.value, byId['most-active-killer']!.basis], ['Unclear ownership', '1 open or recent blocker']);
  assert.deepEqual([byId['brief-to-launch']!.value, byId['brief-to-launch']!.number, byId['brief-to-launch']!.basis], ['—', null, 'no plan has an approved brief and a launch yet']);
  assert.deepEqual([byId['blockers-per-sprint']!.value, byId['blockers-per-sprint']!.basis], ['0.5', 'raised on average over 2 sprints; 1 open now']);
});

test('the CSV is one long table: headline figures with their 90th percentiles, then each sprint, then each plan', () => {
  const m = computeMetrics([makePlan({ blockers: [makeBlocker({ raisedAt: '2026-09-08T09:00:00Z' })] })], { now });
  const rows = metricsCsv(m).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.equal(rows[0], 'Scope,Metric,Value,Unit,Count');
  assert.ok(rows.includes('all,brief-to-launch,,days,'));
  assert.ok(rows.includes('all,brief-to-launch-p90,,days,'));
  assert.ok(rows.includes('all,most-active-killer:poor-tooling,1,blockers,'));
  assert.ok(rows.includes('sprint 35 (2026-09-07),approval-cycle,,hours,0'), 'no review decided: an empty value over 0');
  assert.ok(rows.includes('sprint 35 (2026-09-07),blockers-raised,1,blockers,'));
  assert.ok(rows.includes('plan plan-1,blockers-raised,1,blockers,'));
  assert.equal(rows.length, 1 + 12 + 5 + 7);
});
