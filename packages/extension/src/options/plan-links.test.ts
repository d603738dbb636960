import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportPlansJson } from '@preflight/core';
import { makePlan } from '../../../core/src/testing/factories.js';
import { importPlans, linkProblem } from './plan-links.js';

test('a link needs a platform key and an imported plan; a problem names the field to change', () => {
  const plans = { p1: makePlan({ id: 'p1' }) };
  assert.equal(linkProblem('hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d', 'p1', plans), null);
  for (const key of ['myspace:1', 'hubspot: 1', `hubspot:${'1'.repeat(200)}`]) {
    const problem = linkProblem(key, 'p1', plans);
    assert.equal(problem?.field, 'key', key);
    assert.match(problem.message, /^Campaign key/);
  }
  const plan = linkProblem('meta:act_1:2', 'nope', plans);
  assert.equal(plan?.field, 'planId');
  assert.match(plan.message, /^Plan/);
});

test('an import adds the valid plans and reports each bad record by index and path', () => {
  const good = makePlan({ id: 'good' });
  const file = JSON.parse(exportPlansJson([good, makePlan({ id: 'bad' })], '2026-09-01T00:00:00Z'));
  file.plans[1].campaign.name = '';
  const saved = { old: makePlan({ id: 'old' }) };
  const outcome = importPlans(JSON.stringify(file), saved);
  assert.deepEqual(outcome.imported, ['good']);
  assert.deepEqual(Object.keys(outcome.plans).sort(), ['good', 'old']);
  assert.ok(outcome.problems.length > 0);
  for (const problem of outcome.problems) assert.match(problem, /^Record 1 \(plans\[1\]\.campaign\.name\): /);
  assert.deepEqual(Object.keys(saved), ['old']);
});

test('text that is not JSON is reported and changes nothing', () => {
  const saved = { old: makePlan({ id: 'old' }) };
  const outcome = importPlans('{ not json', saved);
  assert.deepEqual(outcome.imported, []);
  assert.deepEqual(outcome.plans, saved);
  assert.match(outcome.problems[0]!, /^File, \(root\): is not valid JSON/);
});
