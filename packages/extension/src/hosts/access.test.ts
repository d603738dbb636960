import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLATFORMS } from '@preflight/core';
import { missingHostAccess, originPatternOf, platformList } from './access.js';
import { HOST_MATCHES, pageScriptPlatform, PLATFORM_HOSTS } from './hosts.js';

/** What `permissions.contains` answers when exactly these host patterns are granted, asked one at a time. */
const grantedOnly = (granted: readonly string[]) => async (origins: string[]) => origins.every((o) => granted.includes(o));

test('with every host granted, no platform is missing', async () => {
  assert.deepEqual(await missingHostAccess(PLATFORMS, grantedOnly(HOST_MATCHES)), []);
});

test('a platform with any host taken back is missing, with only the hosts still to allow, in the order asked', async () => {
  const granted = HOST_MATCHES.filter((o) => o !== 'https://*.hubspot.com/*' && o !== 'https://www.facebook.com/*' && o !== 'https://adsmanager.facebook.com/*');
  assert.deepEqual(await missingHostAccess(PLATFORMS, grantedOnly(granted)), [
    { platform: 'hubspot', title: 'HubSpot', origins: ['https://*.hubspot.com/*'] },
    { platform: 'meta', title: 'Meta Ads Manager', origins: ['https://adsmanager.facebook.com/*', 'https://www.facebook.com/*'] },
  ]);
});

test('only the platforms asked about are reported: one turned off in the rules is not', async () => {
  assert.deepEqual(await missingHostAccess(['salesforce', 'linkedin'], grantedOnly([])), [
    { platform: 'salesforce', title: 'Salesforce', origins: ['https://*.lightning.force.com/*'] },
    { platform: 'linkedin', title: 'LinkedIn Campaign Manager', origins: ['https://www.linkedin.com/*'] },
  ]);
});

test('the host permissions are every platform host, each platform with a title', () => {
  assert.deepEqual(Object.keys(PLATFORM_HOSTS).sort(), [...PLATFORMS].sort());
  for (const { title, origins } of Object.values(PLATFORM_HOSTS)) {
    assert.ok(title && origins.length);
    for (const origin of origins) assert.match(origin, /^https:\/\/[a-z0-9.*-]+\/\*$/);
  }
  assert.equal(new Set(HOST_MATCHES).size, HOST_MATCHES.length);
});

test("HubSpot's page script goes into every data centre's app host and nowhere else on the domain", () => {
  const runsOn = (url: string) => pageScriptPlatform(url) === 'hubspot';
  for (const host of ['app', 'app-eu1', 'app-na1', 'app-na2', 'app-na3', 'app-ap1', 'app-xx9']) assert.ok(runsOn(`https://${host}.hubspot.com/marketing/1/campaigns`), host);
  for (const host of ['www', 'knowledge', 'apps', 'api']) assert.ok(!runsOn(`https://${host}.hubspot.com/marketing/1/campaigns`), host);
});

test('platforms are named as a sentence does', () => {
  assert.equal(platformList([]), '');
  assert.equal(platformList(['HubSpot']), 'HubSpot');
  assert.equal(platformList(['HubSpot', 'Meta Ads Manager']), 'HubSpot or Meta Ads Manager');
  assert.equal(platformList(['HubSpot', 'Google Ads', 'Meta Ads Manager']), 'HubSpot, Google Ads or Meta Ads Manager');
});

test("a page's host pattern is what permissions.contains is asked; only https pages have one", () => {
  assert.equal(originPatternOf('https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view'), 'https://acme.lightning.force.com/*');
  assert.equal(originPatternOf('https://app.hubspot.com:8443/x'), 'https://app.hubspot.com/*');
  assert.equal(originPatternOf('http://app.hubspot.com/'), null);
  assert.equal(originPatternOf('not a url'), null);
});
