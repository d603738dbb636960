import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADAPTERS, adapterForUrl, detectPage } from './index.js';
import { EXAMPLE_URLS, FOREIGN_URLS } from './example-urls.js';

describe('page detection', () => {
  for (const [platform, examples] of Object.entries(EXAMPLE_URLS)) {
    for (const { url, kind, keys } of examples) {
      it(`${platform}: ${url} is a ${kind} page${keys ? ` of ${keys.join(', ')}` : ''}`, () => {
        const detection = detectPage(new URL(url));
        assert.ok(detection, 'detected');
        assert.equal(detection.platform, platform);
        assert.equal(detection.kind, kind);
        assert.deepEqual(detection.campaignKeys, keys ?? []);
      });
    }
  }

  it('each example URL is claimed by exactly one adapter: its own', () => {
    for (const [platform, examples] of Object.entries(EXAMPLE_URLS)) {
      for (const { url } of examples) {
        const claimedBy = ADAPTERS.filter((a) => a.detect(new URL(url)) !== null).map((a) => a.id);
        assert.deepEqual(claimedBy, [platform], url);
        assert.equal(adapterForUrl(new URL(url))?.id, platform, url);
      }
    }
  });

  it('each adapter owns the hosts of its own examples and no other', () => {
    for (const adapter of ADAPTERS) {
      for (const [platform, examples] of Object.entries(EXAMPLE_URLS)) {
        for (const { url } of examples) assert.equal(adapter.matchesHost(new URL(url).hostname), platform === adapter.id, `${adapter.id} on ${url}`);
      }
    }
  });

  it('pages off every platform app are claimed by none', () => {
    for (const url of FOREIGN_URLS) {
      assert.equal(detectPage(new URL(url)), null, url);
      assert.equal(adapterForUrl(new URL(url)), null, url);
    }
  });

  it('keeps the ids a key was built from, normalised', () => {
    assert.deepEqual(detectPage(new URL(EXAMPLE_URLS.hubspot[1]!.url))?.ids, { portalId: '51657317', campaignGuid: '22eb0e01-1471-41ba-8e6a-abd2ba62c37d' });
    assert.deepEqual(detectPage(new URL(EXAMPLE_URLS.salesforce[1]!.url))?.ids, { org: 'acme', campaignId: '7015g000000ABCdAAO' });
    assert.deepEqual(detectPage(new URL(EXAMPLE_URLS['google-ads'][0]!.url))?.ids, { ocid: '7791173504', campaignId: '23266040344' });
    assert.deepEqual(detectPage(new URL(EXAMPLE_URLS.meta[2]!.url))?.ids, { accountId: '1179508710370218', campaignIds: '120250129011790337,120250129011790338' });
    assert.deepEqual(detectPage(new URL(EXAMPLE_URLS.linkedin[0]!.url))?.ids, { accountId: '507131805', campaignGroupIds: '615557454' });
    assert.deepEqual(detectPage(new URL(EXAMPLE_URLS.linkedin[2]!.url))?.ids, { accountId: '507131805', campaignId: '358146626' });
  });

  it('Meta: act_123 and 123 give the same key; a repeated selection counts once; malformed ids are dropped', () => {
    const a = detectPage(new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=act_42&selected_campaign_ids=7,7,x,8'));
    const b = detectPage(new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=42&selected_campaign_ids=7&selected_campaign_ids=8'));
    assert.deepEqual(a?.campaignKeys, ['meta:42:7', 'meta:42:8']);
    assert.deepEqual(b?.campaignKeys, a?.campaignKeys);
  });

  it('Meta: a selection without an ad account is not a campaign page', () => {
    assert.equal(detectPage(new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?selected_campaign_ids=7'))?.kind, 'other');
  });

  it('Google Ads: ocid is kept as a session id, never taken for the customer id', () => {
    const ids = detectPage(new URL('https://ads.google.com/aw/campaigns?ocid=7791173504&__c=1234567890'))?.ids;
    assert.deepEqual(ids, { ocid: '7791173504' });
  });

  it('each campaign page says which level it shows, in the UI\'s words', () => {
    const level = (url: string) => detectPage(new URL(url))?.level;
    assert.equal(level(EXAMPLE_URLS.linkedin[0]!.url), 'campaign');
    assert.equal(level(EXAMPLE_URLS.linkedin[2]!.url), 'ad-set');
    for (const [platform, examples] of Object.entries(EXAMPLE_URLS)) {
      for (const { url, kind } of examples) assert.equal(level(url) !== undefined, kind === 'campaign', `${platform} ${url}`);
    }
  });

  it('LinkedIn: several groups in the filter are several campaigns; malformed ids are dropped', () => {
    const d = detectPage(new URL('https://www.linkedin.com/campaignmanager/accounts/5/campaigns?campaignGroupIds=%5B1,x,2,1%5D'));
    assert.deepEqual(d?.campaignKeys, ['linkedin:5:group:1', 'linkedin:5:group:2']);
  });

  it('Salesforce: a sandbox needs its --, production refuses it, other partitions take either', () => {
    const org = (host: string) => detectPage(new URL(`https://${host}/lightning/page/home`))?.platform ?? null;
    assert.equal(org('acme--uat.sandbox.lightning.force.com'), 'salesforce');
    assert.equal(org('acme.sandbox.lightning.force.com'), null);
    assert.equal(org('acme--uat.lightning.force.com'), null);
    assert.equal(org('acme--p1.patch.lightning.force.com'), 'salesforce');
    assert.equal(org('acme.demo.lightning.force.com'), 'salesforce');
  });

  it('HubSpot: the hash route counts only on the old campaigns path', () => {
    assert.equal(detectPage(new URL('https://app.hubspot.com/marketing/51657317/campaigns#/details/22eb0e01-1471-41ba-8e6a-abd2ba62c37d'))?.kind, 'list');
  });
});

describe('fixture pages', () => {
  it('each fixture page is claimed by its own adapter only', async () => {
    for (const adapter of ADAPTERS) {
      const { fixturePages } = (await import(`./${adapter.id}/fixtures.js`)) as { fixturePages: { url: string; html: string }[] };
      assert.ok(fixturePages.length >= 3, adapter.id);
      for (const { url, html } of fixturePages) {
        assert.deepEqual(ADAPTERS.filter((a) => a.detect(new URL(url)) !== null).map((a) => a.id), [adapter.id], url);
        assert.match(html, /^<!doctype html>/);
      }
      const kinds = new Set(fixturePages.map(({ url }) => detectPage(new URL(url))!.kind));
      assert.deepEqual([...kinds].sort(), ['campaign', 'list', 'other'], `${adapter.id} has a campaign, a list and another page`);
    }
  });
});
