import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '@preflight/core';
import { scoreFindings } from '../../../core/src/readiness/score.js';
import { makeBlocker, makeDoneItem, makeFinding, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import { failingCount, lowestScore, overallState, summarisePlan, type TabVerdict } from './verdict.js';

test("a plan's summary lists its open gates and open blockers, not done gates, plain items or resolved blockers", () => {
  const plan = makePlan({
    checklist: [
      makeItem({ id: 'open-gate', label: 'Landing page QA' }),
      makeDoneItem({ id: 'done-gate' }),
      makeItem({ id: 'plain', gate: false, gateId: undefined }),
    ],
    blockers: [makeBlocker({ id: 'open' }), makeBlocker({ id: 'closed', status: 'resolved', resolvedAt: '2026-08-27T10:00:00Z' })],
  });
  const summary = summarisePlan(plan);
  assert.deepEqual(summary.openGates, [{ id: 'open-gate', label: 'Landing page QA', owner: 'Marketing ops', due: '2026-08-28' }]);
  assert.deepEqual(summary.openBlockers.map((b) => b.id), ['open']);
});

test("the summary's owners carry the person who holds the role", () => {
  const plan = makePlan({ checklist: [makeItem()], blockers: [makeBlocker()], people: [{ role: 'Marketing ops', name: 'Dana Kim' }] });
  const summary = summarisePlan(plan);
  assert.deepEqual([summary.openGates[0]!.owner, summary.openBlockers[0]!.owner], ['Marketing ops · Dana Kim', 'Marketing ops · Dana Kim']);
});

const tab = (campaigns: Finding[][], error?: string): TabVerdict => ({
  platform: 'hubspot',
  platformTitle: 'HubSpot',
  url: 'https://app.hubspot.com/',
  campaigns: campaigns.map((findings, i) => ({ campaignKey: `c${i}`, readiness: scoreFindings(findings) })),
  checkedAt: '2026-08-28T12:00:00Z',
  ...(error ? { error } : {}),
});

test('a tab is as bad as its worst campaign; notes are not failures; the lowest score is shown', () => {
  const verdict = tab([[makeFinding('info', 0)], [makeFinding('warning', 5), makeFinding('info', 0)], [makeFinding('blocker', 30)]]);
  assert.equal(overallState(verdict), 'blocked');
  assert.equal(failingCount(verdict), 2);
  assert.equal(lowestScore(verdict), 70);
  assert.equal(overallState(tab([[makeFinding('info', 0)]])), 'ready');
});

test('a page with no campaign, or one that could not be read, is at risk with no score', () => {
  assert.equal(overallState(tab([])), 'at-risk');
  assert.equal(lowestScore(tab([])), undefined);
  assert.equal(overallState(tab([[]], 'selector missing')), 'at-risk');
});
