import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BADGE_RGBA, ExtensionBrowser, readPopup, waitForPanel } from './support/extension-browser.js';
import { CAMPAIGN_B, campaignUrl, OWN_PAGES } from './support/pages.js';

let browser: ExtensionBrowser;
before(async () => {
  browser = await ExtensionBrowser.launch(OWN_PAGES);
});
afterEach(() => browser?.closePages());
after(() => browser?.close());

// Nothing is read off a HubSpot page, so its campaign is at risk until it is.

test('after the service worker is stopped and started again, the badge and the popup still give the tab its verdict', async () => {
  const page = await browser.open(campaignUrl(CAMPAIGN_B));
  const panel = await waitForPanel(page, (p) => p !== null);
  const failing = String(panel!.severities.filter((s) => s !== 'info').length);
  const tabId = await browser.tabId(page);
  const before = await browser.waitForBadge(tabId, (b) => b.text === failing);
  assert.deepEqual(before.colour, BADGE_RGBA['at-risk']);

  await browser.stopWorker();

  // The popup wakes the worker; its answer comes from session storage, not from memory.
  const popup = await browser.openPopup();
  const view = (await readPopup(popup))!;
  await popup.close();
  assert.equal(view.verdict, 'at-risk');
  assert.match(view.text, new RegExp(`${failing} failing`));

  const after = await browser.badge(tabId);
  assert.deepEqual(after, before);
});
