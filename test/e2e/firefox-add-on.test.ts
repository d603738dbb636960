import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { HOST_MATCHES } from '../../packages/extension/src/hosts/hosts.js';
import { waitForPanel } from './support/extension-browser.js';
import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { CAMPAIGN_A, campaignUrl, OWN_PAGES } from './support/pages.js';

let browser: FirefoxExtensionBrowser;
before(async () => {
  browser = await FirefoxExtensionBrowser.launch(OWN_PAGES);
});
after(() => browser?.close());

test('Firefox grants the MV3 host permissions on install: every platform host, and no other permission than storage and scripting', async () => {
  // Firefox shows MV3 host permissions at install and grants them (since Firefox 127); a user can still
  // take them back in the add-ons manager, and then the content script does not run on that host.
  const context = await browser.extensionContext();
  const granted = await context.evaluate(() => chrome.permissions.getAll());
  // The content scripts' matches are listed again, by origin.
  assert.deepEqual([...new Set(granted.origins)].sort(), [...HOST_MATCHES].sort());
  assert.deepEqual([...(granted.permissions ?? [])].sort(), ['scripting', 'storage']);
  assert.equal(await context.evaluate((origins) => chrome.permissions.contains({ origins }), [...HOST_MATCHES]), true);
});

test('the page reaches only the fixture hosts: the platform host is tunnelled, every other host refused', async () => {
  const page = await browser.open(campaignUrl(CAMPAIGN_A));
  assert.equal(page.url(), campaignUrl(CAMPAIGN_A));
  await waitForPanel(page, (p) => p !== null);
  assert.ok(browser.hostsAsked.includes('app.hubspot.com:443'));
  // A host the proxy does not know fails to load, as a real but unreachable one would.
  const other = await browser.browser.newPage();
  await assert.rejects(other.goto('https://example.com/', { waitUntil: 'load' }));
  assert.ok(browser.hostsAsked.includes('example.com:443'));
});
