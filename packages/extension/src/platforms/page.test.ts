import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryParam } from './page.js';

test("a query parameter is found by string search as URL's searchParams finds a plain one", () => {
  const url = 'https://ads.google.com/aw/campaigns?ocid=7791173504&campaignId=23266040344#tab';
  assert.equal(queryParam(url, 'campaignId'), new URL(url).searchParams.get('campaignId'));
  assert.equal(queryParam(url, 'ocid'), '7791173504');
  assert.equal(queryParam('https://ads.google.com/aw/campaigns?xcampaignId=1&campaignId=2', 'campaignId'), '2', 'a longer name ending in it is another parameter');
  assert.equal(queryParam('https://ads.google.com/aw/campaigns?campaignId=', 'campaignId'), '');
  for (const url of ['https://ads.google.com/aw/campaigns', 'https://ads.google.com/aw/campaigns#?campaignId=1', 'https://ads.google.com/aw/campaigns?ocid=1']) assert.equal(queryParam(url, 'campaignId'), undefined, url);
});
