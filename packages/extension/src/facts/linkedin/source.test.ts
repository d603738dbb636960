import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectPage } from '../../platforms/index.js';
import type { FactsProblem } from '../source.js';
import type { ReadFact } from '../../platforms/types.js';

const levelOf = (f: object | undefined) => (f as ReadFact<unknown> | undefined)?.level;
import { LinkedInFactsSource } from './source.js';

const recorded = (name: string) => JSON.parse(readFileSync(new URL(`recorded/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const groupPage = detectPage(new URL('https://www.linkedin.com/campaignmanager/accounts/507131805/campaigns?campaignGroupIds=%5B615557454%5D'))!;
const adSetPage = detectPage(new URL('https://www.linkedin.com/campaignmanager/accounts/507131805/campaigns/381920145'))!;

test('on a group page (the UI’s campaign) the adCampaignGroup as facts at campaign level: a total budget with no end, DRAFT', async () => {
  const asked: string[] = [];
  const reads = await new LinkedInFactsSource(async (path) => (asked.push(path), recorded('ad-campaign-group.json'))).read(groupPage);
  assert.deepEqual(asked, ['/rest/adAccounts/507131805/adCampaignGroups/615557454']);
  assert.ok(Array.isArray(reads));
  const { facts, unread } = reads[0]!;
  assert.equal(facts.campaignKey, groupPage.campaignKeys[0]);
  assert.deepEqual(facts.status, { value: 'DRAFT', source: 'api:linkedin:adCampaignGroup.status', confidence: 1, level: 'campaign', via: 'api' });
  assert.equal(facts.startDate?.value, '2026-09-01');
  assert.equal(facts.endDate, undefined);
  assert.deepEqual(facts.budget?.value, { amount: '10000', unit: 'major', period: 'total', currency: 'USD' });
  assert.deepEqual(unread, ['owner', 'trackingUrls']);
});

test('on an ad set page the adCampaign at ad-set level: a daily budget, the exclusive end’s last day', async () => {
  const reads = await new LinkedInFactsSource(async () => recorded('ad-campaign.json')).read(adSetPage);
  assert.ok(Array.isArray(reads));
  const { facts } = reads[0]!;
  assert.equal(facts.status?.value, 'ACTIVE');
  assert.equal(levelOf(facts.status), 'ad-set');
  assert.equal(facts.endDate?.value, '2026-09-30');
  assert.deepEqual(facts.budget?.value, { amount: '150.00', unit: 'major', period: 'daily', currency: 'USD' });
});

test('a status outside the schema, an amount as a number, the wrong record or a failed request is a problem naming what and where', async () => {
  const group = recorded('ad-campaign-group.json');
  const load = (body: unknown) => new LinkedInFactsSource(async () => body).read(groupPage);
  assert.match(((await load({ ...group, status: 'RUNNING' })) as FactsProblem).problem, /adCampaignGroups\/615557454 with something its 202601 schema does not allow: status: /);
  assert.match(((await load({ ...group, totalBudget: { amount: 10000, currencyCode: 'USD' } })) as FactsProblem).problem, /totalBudget\.amount: /);
  assert.deepEqual(await load({ ...group, id: 1 }), { problem: "LinkedIn's Marketing API answered with 1 when asked for 615557454." });
  assert.deepEqual(await new LinkedInFactsSource(() => Promise.reject(new Error('401 REVOKED_ACCESS_TOKEN'))).read(groupPage), { problem: "LinkedIn's Marketing API could not be reached (401 REVOKED_ACCESS_TOKEN)." });
});
