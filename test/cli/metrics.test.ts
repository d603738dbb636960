import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMetrics } from '../../packages/core/src/metrics/compute.js';
import { makeApproval, makeBlocker, makeMilestone, makePlan } from '../../packages/core/src/testing/factories.js';
import { buildCore, cliSandbox } from './support/sandbox.js';

const { preflight, write } = cliSandbox('preflight-metrics-');
const NOW = '2026-09-10T12:00:00Z';

const launched = (id: string, brief: string, launch: string, reviewHours: number) =>
  makePlan({
    id,
    milestones: [makeMilestone({ id: 'b', kind: 'brief-approved', planned: brief, actual: brief }), makeMilestone({ id: 'l', kind: 'campaign-launched', planned: launch, actual: launch })],
    approvals: [makeApproval({ requestedAt: '2026-08-03T09:00:00Z', decidedAt: new Date(Date.parse('2026-08-03T09:00:00Z') + reviewHours * 3_600_000).toISOString(), decision: 'approved' })],
    blockers: [makeBlocker({ category: 'poor-tooling', raisedAt: '2026-09-05T09:00:00Z', status: 'resolved', resolvedAt: '2026-09-08T09:00:00Z' })],
  });

before(() => {
  buildCore();
  // Brief to launch: 10 and 30 days; reviews decided in 4 and 20 hours.
  write('a.json', launched('a', '2026-07-01', '2026-07-11', 4));
  write('b.json', launched('b', '2026-07-01', '2026-07-31', 20));
  write('invalid.json', { ...makePlan(), campaign: { name: 'x', type: 'podcast', state: 'draft' } });
});

describe('preflight metrics', () => {
  test('prints each figure over every plan given, with the trend by sprint and by plan', () => {
    const r = preflight('metrics', 'a.json', 'b.json', '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Metrics over 2 plans, as of 2026-09-10T12:00:00Z\n/);
    assert.match(r.stdout, /\n {2}Brief to launch: 20 days \(p90 30 days\) — over 2 launched plans\n/);
    assert.match(r.stdout, /\n {2}Review cycle time: 12 h \(p90 20 h\) — over 2 decided reviews\n/);
    assert.match(r.stdout, /\n {2}Blocker resolution: 3 days \(p90 3 days\) — over 2 resolved blockers\n/);
    assert.match(r.stdout, /\n {2}Most active killer: Poor tooling — 2 open or recent blockers\n/);
    assert.match(r.stdout, /\n {2}Execution rate: no programs planned in these plans\n/);
    assert.match(r.stdout, /\nBy plan, earliest launch first \(2\)\n {2}- .* \(a\), launch 2026-07-11: brief to launch 10 days, reviews 4 h,/);
  });

  test('--format json gives the core’s figures as data', () => {
    const r = preflight('metrics', 'a.json', 'b.json', '--now', NOW, '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const data = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual(data, JSON.parse(JSON.stringify({ now: NOW, ...computeMetrics([launched('a', '2026-07-01', '2026-07-11', 4), launched('b', '2026-07-01', '2026-07-31', 20)], { now: NOW }) })));
    assert.deepEqual(data.approvalCycleHours, { median: 12, p90: 20, count: 2 });
  });

  test('--format csv gives one long table: scope, metric, value, unit, count', () => {
    const r = preflight('metrics', 'a.json', 'b.json', '--now', NOW, '--format', 'csv');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'Scope,Metric,Value,Unit,Count');
    assert.ok(lines.includes('all,brief-to-launch,20,days,'));
    assert.ok(lines.includes('all,approval-cycle-p90,20,hours,'));
    assert.ok(lines.includes('all,most-active-killer:poor-tooling,2,blockers,'));
    assert.ok(lines.includes('plan a,brief-to-launch,10,days,'));
    assert.ok(lines.some((l) => /^sprint 34 \(2026-08-31\),blockers-raised,2,blockers,$/.test(l)), r.stdout);
  });

  test('--config changes the sprints the figures are counted in', () => {
    write('fortnights.json', { sprint: { lengthDays: 14 } });
    const weekly = JSON.parse(preflight('metrics', 'a.json', '--now', NOW, '--format', 'json').stdout) as { sprints: unknown[] };
    const fortnightly = JSON.parse(preflight('metrics', 'a.json', '--now', NOW, '--format', 'json', '--config', 'fortnights.json').stdout) as { sprints: unknown[] };
    assert.ok(fortnightly.sprints.length < weekly.sprints.length, `${fortnightly.sprints.length} vs ${weekly.sprints.length}`);
  });

  test('no file, a bad format or --now, or an invalid plan exit 2 with the reason', () => {
    assert.match(preflight('metrics').stderr, /metrics: give at least one plan file/);
    const format = preflight('metrics', 'a.json', '--format', 'xml');
    assert.equal(format.status, 2);
    assert.match(format.stderr, /--format: "xml" must be text, json or csv/);
    assert.match(preflight('metrics', 'a.json', '--now', 'yesterday').stderr, /--now: "yesterday" must be an ISO 8601 date-time/);
    const invalid = preflight('metrics', 'a.json', 'invalid.json', '--now', NOW);
    assert.equal(invalid.status, 2);
    assert.match(invalid.stderr, /invalid\.json:campaign\.type/);
    assert.equal(invalid.stdout, '');
  });
});
