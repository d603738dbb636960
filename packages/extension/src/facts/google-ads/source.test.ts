import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectPage } from '../../platforms/index.js';
import type { FactsProblem } from '../source.js';
import { campaignQuery, GoogleAdsFactsSource } from './source.js';

const recorded = JSON.parse(readFileSync(new URL('recorded/search-campaign.json', import.meta.url), 'utf8')) as { results: { campaign: Record<string, unknown>; campaignBudget: Record<string, unknown> }[] };
const detection = detectPage(new URL('https://ads.google.com/aw/adgroups?campaignId=23266040344&ocid=7791173504'))!;
const answering = (body: unknown) => new GoogleAdsFactsSource(async () => body);
const withRow = (change: (row: (typeof recorded.results)[0]) => object) => ({ ...recorded, results: [change(recorded.results[0]!)] });

test('a v23 search row as facts: dates from start_date_time, the daily budget in micros with the customer’s currency, URL options, auto-tagging', async () => {
  let asked = '';
  const reads = await new GoogleAdsFactsSource(async (query) => ((asked = query), recorded)).read(detection);
  assert.equal(asked, campaignQuery('23266040344'));
  assert.match(asked, /campaign\.start_date_time, campaign\.end_date_time/);
  assert.ok(Array.isArray(reads));
  const { facts, unread } = reads[0]!;
  assert.equal(facts.campaignKey, detection.campaignKeys[0]);
  assert.deepEqual(facts.status, { value: 'ENABLED', source: 'api:google-ads:campaign.status', confidence: 1, level: 'campaign', via: 'api' });
  assert.equal(facts.startDate?.value, '2026-09-01');
  assert.equal(facts.endDate, undefined, 'no end date: runs indefinitely');
  assert.deepEqual(facts.budget?.value, { amount: '50000000', unit: 'micros', period: 'daily', currency: 'USD' });
  assert.deepEqual(facts.trackingUrls?.value, ['utm_source=google&utm_medium=cpc&utm_campaign=2026q3_na_cpc_brand']);
  assert.equal(facts.autoTagging?.value, true);
  assert.deepEqual(unread, ['owner']);
});

test('a total budget is a total; an end date is read from end_date_time', async () => {
  const body = withRow((r) => ({ ...r, campaign: { ...r.campaign, endDateTime: '2026-09-30 23:59:59' }, campaignBudget: { resourceName: 'customers/7791173504/campaignBudgets/1', totalAmountMicros: '1500000000', period: 'CUSTOM_PERIOD' } }));
  const reads = await answering(body).read(detection);
  assert.ok(Array.isArray(reads));
  assert.deepEqual(reads[0]!.facts.budget?.value, { amount: '1500000000', unit: 'micros', period: 'total', currency: 'USD' });
  assert.equal(reads[0]!.facts.endDate?.value, '2026-09-30');
});

test('a pre-v23 row, a number where int64 is a string, another campaign or a failed request is a problem naming what and where', async () => {
  const v22 = withRow((r) => ({ ...r, campaign: { ...r.campaign, startDateTime: '2026-09-01' } }));
  assert.match(((await answering(v22).read(detection)) as FactsProblem).problem, /definition: results\.0\.campaign\.startDateTime: /);
  const number = withRow((r) => ({ ...r, campaignBudget: { ...r.campaignBudget, amountMicros: 50000000 } }));
  assert.match(((await answering(number).read(detection)) as FactsProblem).problem, /campaignBudget\.amountMicros/);
  assert.deepEqual(await answering({ results: [] }).read(detection), { problem: "Google Ads' API has no campaign 23266040344 for this customer." });
  assert.deepEqual(await new GoogleAdsFactsSource(() => Promise.reject(new Error('UNAUTHENTICATED'))).read(detection), { problem: "Google Ads' API could not be reached (UNAUTHENTICATED)." });
});
