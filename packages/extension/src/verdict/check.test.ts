import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '@preflight/core';
import { makeLaunchApproval, makePlan } from '../../../core/src/testing/factories.js';
import { campaignRead } from '../platforms/read.js';
import { fact } from '../platforms/dom.js';
import { verdictFor } from './check.js';

const base = { platform: 'salesforce' as const, platformTitle: 'Salesforce', url: 'https://acme.lightning.force.com/', checkedAt: '2026-08-28T12:00:00Z' };
const KEY = 'salesforce:acme:7015g000000ABCdAAO';
const read = (status: string) => campaignRead('salesforce', KEY, { name: fact('2026q3_emea_email_product-launch', 'test', 1), status: fact(status, 'test', 1) }, 'campaign');
const rules = (status: string, plan = makePlan()) => verdictFor(base, [read(status)], DEFAULT_CONFIG, { plans: { [KEY]: plan }, teams: {} })!.campaigns[0]!;

test('a campaign live on the platform under a plan with no launch approval is blocked by the core’s rule', () => {
  const c = rules('In Progress');
  assert.ok(c.readiness.findings.some((f) => f.ruleId === 'platform.live-unapproved' && f.severity === 'blocker'));
  assert.equal(c.readiness.state, 'blocked');
  assert.equal(c.plan?.id, makePlan().id);
});

test('approved in the plan, or not live, it is not', () => {
  assert.ok(!rules('Planned').readiness.findings.some((f) => f.ruleId === 'platform.live-unapproved'));
  const approved = makePlan({ approvals: [makeLaunchApproval()] });
  assert.ok(!rules('In Progress', approved).readiness.findings.some((f) => f.ruleId === 'platform.live-unapproved'));
});

test('a fact the page did not show is named, and the core’s findings about it are set aside', () => {
  const c = rules('Planned');
  assert.deepEqual(c.unread, ['start date', 'end date', 'budget', 'owner', 'tracking URLs']);
  assert.ok(!c.readiness.findings.some((f) => f.target.kind === 'fact' && ['dates', 'budget', 'utm'].includes(f.target.id)));
  assert.deepEqual(c.read, [{ fact: 'name', level: 'campaign', via: 'page' }, { fact: 'status', level: 'campaign', via: 'page' }]);
});

test('a date whose day and month could be either way round is judged as read, and named with the reading taken', async () => {
  const { withDatesRead } = await import('../platforms/dates.js');
  const { panelMarkup } = await import('../overlay/markup.js');
  // As the page shows them, read by the background in the page's language.
  const dated = (start: string, end: string) =>
    withDatesRead(campaignRead('salesforce', KEY, { name: fact('2026q3_emea_email_product-launch', 'test', 1), startDate: fact(start, 'test', 1), endDate: fact(end, 'test', 1) }, 'campaign'), 'en-US');
  const verdict = (start: string, end: string) => verdictFor(base, [dated(start, end)], DEFAULT_CONFIG, { plans: {}, teams: {} })!;
  // Neither settles the other on an en-US page: month first, and said.
  const doubtful = verdict('9/10/2026', '10/9/2026');
  assert.deepEqual(doubtful.campaigns[0]!.doubtful, [{ fact: 'start date', date: '2026-09-10' }, { fact: 'end date', date: '2026-10-09' }]);
  assert.match(panelMarkup(doubtful), /<p class="doubt" data-doubtful="start date,end date">The day and month of start date and end date could be either way round on this page: read as 10 September 2026 and 9 October 2026\.<\/p>/);
  // A part over 12 settles both; a date that is no date is the core's to report, not a doubt.
  assert.equal(verdict('9/10/2026', '9/30/2026').campaigns[0]!.doubtful, undefined);
  assert.equal(verdict('soon', '9/30/2026').campaigns[0]!.doubtful, undefined);
  assert.doesNotMatch(panelMarkup(verdict('9/10/2026', '9/30/2026')), /class="doubt"/);
});
