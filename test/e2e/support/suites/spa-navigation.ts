import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_CONFIG } from '@preflight/core';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { browserForFile, readPanel, waitForPanel, type Launch } from '../extension-browser.js';
import { CAMPAIGN_A, CAMPAIGN_B, campaignBody, campaignKey, campaignUrl, listBody, listUrl, OWN_PAGES } from '../pages.js';

/** What the app itself does on a client-side route change: new URL, new view, no page load. */
export async function navigateInApp(page: Page, url: string, body: string): Promise<void> {
  await page.evaluate(
    (u, html) => {
      history.pushState({}, '', u);
      document.body.innerHTML = html;
    },
    url,
    body,
  );
}

/** In-app navigation in a single-page app: the panel and badge follow the page in view. */
export function spaNavigationSuite(launch: Launch): void {
  const browser = browserForFile(launch, OWN_PAGES);

  test('list → campaign A → campaign B → list: the panel and badge follow every in-app navigation', async () => {
    const page = await browser().open(listUrl);
    const tabId = await browser().tabId(page);
    // Give the script time to have acted, then check it did not: a list shows no panel.
    await browser().waitForBadge(tabId, (b) => b.text === '');
    assert.equal(await readPanel(page), null);

    await navigateInApp(page, campaignUrl(CAMPAIGN_A), campaignBody('2026q3_emea_email_product-launch'));
    const panelA = await waitForPanel(page, (p) => p?.keys[0] === campaignKey(CAMPAIGN_A), 'campaign A in the panel');
    const badgeA = await browser().waitForBadge(tabId, (b) => b.text !== '');
    const failingA = panelA!.severities.filter((s) => s !== 'info').length;
    assert.equal(badgeA.text, String(failingA));

    await navigateInApp(page, campaignUrl(CAMPAIGN_B), campaignBody('Q3 webinar copy'));
    const panelB = await waitForPanel(page, (p) => p?.keys[0] === campaignKey(CAMPAIGN_B), 'campaign B in the panel');
    assert.deepEqual(panelB!.keys, [campaignKey(CAMPAIGN_B)], 'only campaign B is described');
    const badgeB = await browser().waitForBadge(tabId, (b) => b.text === String(panelB!.severities.filter((s) => s !== 'info').length));
    assert.notEqual(badgeB.text, '');

    await navigateInApp(page, listUrl, listBody);
    await waitForPanel(page, (p) => p === null, 'the panel to go');
    await browser().waitForBadge(tabId, (b) => b.text === '');
    await page.close();
  });

  test('a full load of a campaign page shows its panel and badge; a page without a campaign shows neither', async () => {
    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    const tabId = await browser().tabId(page);
    const panel = await waitForPanel(page, (p) => p !== null);
    await browser().waitForBadge(tabId, (b) => b.text === String(panel!.severities.filter((s) => s !== 'info').length));

    await page.goto(OWN_PAGES[3]!.url, { waitUntil: 'load' });
    await browser().waitForBadge(tabId, (b) => b.text === '');
    assert.equal(await readPanel(page), null);
    await page.close();
  });

  test('only a campaign page gets the page script: not a list, and not a campaign page of a platform turned off in the options', async () => {
    const context = await browser().extensionContext();
    const injected = (tabId: number) => context.evaluate(async (key) => (await chrome.storage.session.get(key))[key] === true, `page-script-${tabId}`);
    const campaign = await browser().open(campaignUrl(CAMPAIGN_A));
    await waitForPanel(campaign, (p) => p !== null);
    assert.equal(await injected(await browser().tabId(campaign)), true, 'a campaign page gets it');
    await campaign.close();

    const list = await browser().open(listUrl);
    const listTab = await browser().tabId(list);
    await navigateInApp(list, `${listUrl}?view=2`, listBody);
    // Nothing to wait for when nothing happens: a moment for the background, then the page as it is.
    await sleep(1500);
    assert.equal(await injected(listTab), false, 'a list gets nothing');
    await list.close();

    const hubspotOff = { ...DEFAULT_CONFIG, platform: { ...DEFAULT_CONFIG.platform, enabled: DEFAULT_CONFIG.platform.enabled.filter((p) => p !== 'hubspot') } };
    await context.evaluate(async (config) => chrome.storage.local.set({ config }), hubspotOff);
    try {
      const off = await browser().open(campaignUrl(CAMPAIGN_B));
      const offTab = await browser().tabId(off);
      await sleep(1500);
      assert.equal(await injected(offTab), false, 'a campaign page of a platform turned off gets nothing');
      assert.equal(await readPanel(off), null);
      assert.equal((await browser().badge(offTab)).text, '');
      // Turned on again, the next navigation in the same tab gets the page script and its panel.
      await context.evaluate(async () => chrome.storage.local.remove('config'));
      await navigateInApp(off, campaignUrl(CAMPAIGN_A), campaignBody('2026q3_emea_email_product-launch'));
      await waitForPanel(off, (p) => p?.keys[0] === campaignKey(CAMPAIGN_A), 'campaign A once HubSpot is on again');
      assert.equal(await injected(offTab), true);
    } finally {
      await context.evaluate(async () => chrome.storage.local.remove('config'));
    }
  });
}
