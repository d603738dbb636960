import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPage } from '../detectors.js';
import { metaFacts } from './facts.js';

const one = detectPage(new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns/edit?act=1179508710370218&selected_campaign_ids=120250129011790337'))!;
const two = detectPage(new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1179508710370218&selected_campaign_ids=120250129011790337%2C120250129011790338'))!;
const panel = { level: 'ad-set' as const, found: { startDate: { value: '2026-09-10', source: 'input', confidence: 1 } } };

test("the editor's panel is the one selected campaign's, at the panel's level", () => {
  const [read] = metaFacts(panel, one);
  assert.deepEqual(read!.facts.startDate, { value: '2026-09-10', source: 'input', confidence: 1, level: 'ad-set', via: 'page' });
});

test('with several campaigns selected, the panel says nothing of either', () => {
  const reads = metaFacts(panel, two);
  assert.equal(reads.length, 2);
  for (const read of reads) assert.equal(read.facts.startDate, undefined);
});

test('with no panel on screen, nothing is read', () => {
  const [read] = metaFacts({}, one);
  assert.ok(read!.unread.includes('name') && read!.unread.includes('startDate'));
});
