import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportPlansJson } from '@preflight/core/exchange';
import { makePlan } from '../../../core/src/testing/factories.js';
import { describeClaims, importPlans, linkProblem, readLinkForm } from './plan-links.js';
import { checkLink } from '../storage/link-check.js';

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

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const NOW = Date.parse('2026-09-01T09:00:00Z');
const VIEWER = `${b64({ alg: 'HS256' })}.${b64({ plan: 'team-1', role: 'viewer', name: 'Vera', exp: NOW / 1000 + 86_400 })}.c2ln`;
const KEY = 'hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d';

test('the link form: a share link, when given, links to the team plan instead of the chosen imported plan; its problems are at the share field', () => {
  const plans = { p1: makePlan({ id: 'p1' }) };
  const team = readLinkForm({ key: KEY, planId: 'p1', share: `sync=wss%3A%2F%2Fteam.example.com&plan=team-1&token=${VIEWER}` }, plans, NOW);
  assert.ok(team.ok);
  assert.deepEqual(team.link, { kind: 'team', url: 'wss://team.example.com', planId: 'team-1', token: VIEWER });
  assert.equal(describeClaims(team.claims!, 'team-1'), 'Plan team-1: a viewer’s (read-only) link for Vera, expires 2026-09-02 09:00 UTC');
  assert.deepEqual(readLinkForm({ key: KEY, planId: 'p1', share: ' ' }, plans, NOW), { ok: true, link: { kind: 'local', planId: 'p1' } });
  const expired = readLinkForm({ key: KEY, planId: 'p1', share: `sync=wss%3A%2F%2Fteam.example.com&plan=team-1&token=${VIEWER}` }, plans, NOW + 2 * 86_400_000);
  assert.ok(!expired.ok && expired.problem.field === 'share' && /expired/.test(expired.problem.message));
  const key = readLinkForm({ key: 'nope', planId: '', share: 'garbage' }, plans, NOW);
  assert.ok(!key.ok && key.problem.field === 'key', 'the key is checked first, as the form reads');
});

test('saved links are read again as input: v1 plan ids migrate to local links; a team link must still be a valid share link, expired or not', () => {
  assert.deepEqual(checkLink({ kind: 'local', planId: 'p1' }), { kind: 'local', planId: 'p1' });
  const team = { kind: 'team', url: 'wss://team.example.com', planId: 'team-1', token: VIEWER };
  assert.deepEqual(checkLink(team), team);
  assert.equal(checkLink({ ...team, url: 'ws://team.example.com' }), null);
  assert.equal(checkLink({ ...team, token: 'x' }), null);
  for (const bad of [null, 'p1', { kind: 'local' }, { kind: 'other', planId: 'p1' }]) assert.equal(checkLink(bad), null);
});
