import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectPage } from '../../platforms/index.js';
import type { FactsProblem } from '../source.js';
import type { ReadFact } from '../../platforms/types.js';

const levelOf = (f: object | undefined) => (f as ReadFact<unknown> | undefined)?.level;
import { MetaFactsSource } from './source.js';

const recorded = (name: string) => JSON.parse(readFileSync(new URL(`recorded/${name}`, import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
const detection = detectPage(new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1179508710370218&selected_campaign_ids=120250129011790337'))!;
const answering = (body: unknown) => new MetaFactsSource(async () => body);

test('budgets on the ad sets (no campaign budget): summed in minor units at ad-set level; the schedule from the ad sets; UTMs from the ads’ creatives', async () => {
  let asked: string[] = [];
  const reads = await new MetaFactsSource(async (id, act) => ((asked = [id, act]), recorded('campaign-abo.json'))).read(detection);
  assert.deepEqual(asked, ['120250129011790337', '1179508710370218']);
  assert.ok(Array.isArray(reads));
  const { facts, unread } = reads[0]!;
  assert.equal(facts.status?.value, 'PAUSED');
  assert.deepEqual(facts.budget, { value: { amount: '5000', unit: 'minor', period: 'daily', currency: 'EUR' }, source: 'api:meta:adset.daily_budget (sum)', confidence: 1, level: 'ad-set', via: 'api' });
  // The campaign's own start_time wins; the end is the latest ad set's.
  assert.deepEqual([facts.startDate?.value, levelOf(facts.startDate)], ['2026-09-01', 'campaign']);
  assert.deepEqual([facts.endDate?.value, levelOf(facts.endDate)], ['2026-10-15', 'ad-set']);
  assert.deepEqual(facts.trackingUrls?.value, ['utm_source=facebook&utm_medium=Paid-Social&utm_campaign={{campaign.name}}']);
  assert.equal(levelOf(facts.trackingUrls), 'ad');
  assert.deepEqual(unread, ['owner']);
});

test('a campaign budget (CBO) in a zero-decimal currency stays in minor units with its currency; an ad set with no end leaves no end; differing url_tags are each kept', async () => {
  const cbo = detectPage(new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1179508710370218&selected_campaign_ids=120250129011790338'))!;
  const reads = await answering(recorded('campaign-cbo-zero-decimal.json')).read(cbo);
  assert.ok(Array.isArray(reads));
  const { facts } = reads[0]!;
  assert.equal(facts.status?.value, 'ACTIVE');
  assert.deepEqual(facts.budget?.value, { amount: '5000', unit: 'minor', period: 'daily', currency: 'JPY' });
  assert.equal(levelOf(facts.budget), 'campaign');
  assert.equal(facts.startDate?.value, '2026-10-01');
  assert.equal(facts.endDate, undefined);
  assert.equal(facts.trackingUrls?.value.length, 2);
});

test('ad sets whose budgets differ in period give no budget (unread); a number where Meta gives a string, the wrong campaign or a failed request is a problem', async () => {
  const abo = recorded('campaign-abo.json');
  const mixed = { ...abo, adsets: { data: [{ id: '1', daily_budget: '3000' }, { id: '2', lifetime_budget: '90000' }] } };
  const reads = await answering(mixed).read(detection);
  assert.ok(Array.isArray(reads));
  assert.deepEqual(reads[0]!.unread, ['budget', 'owner']);
  const numeric = { ...abo, campaign: { ...abo.campaign, daily_budget: 5000 } };
  assert.match(((await answering(numeric).read(detection)) as FactsProblem).problem, /campaign 120250129011790337 .*: campaign\.daily_budget: /);
  const other = { ...abo, campaign: { ...abo.campaign, id: '999' } };
  assert.deepEqual(await answering(other).read(detection), { problem: "Meta's Marketing API answered with campaign 999 when asked for 120250129011790337." });
  assert.deepEqual(await new MetaFactsSource(() => Promise.reject(new Error('(#190) Invalid OAuth access token'))).read(detection), { problem: "Meta's Marketing API could not be reached ((#190) Invalid OAuth access token)." });
});
