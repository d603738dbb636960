import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { browserForFile, waitFor, waitForPanel, type ExtensionHarness, type Launch } from '../extension-browser.js';
import { CAMPAIGN_A, CAMPAIGN_B, campaignBody, campaignKey, campaignUrl, OWN_PAGES } from '../pages.js';
import { navigateInApp } from './spa-navigation.js';

/** The folded pill's largest box: about a badge, not the unfolded panel's 360 px bar. */
const PILL_MAX = { width: 240, height: 48 };

const TOGGLE = 'preflight-overlay >>> button.toggle';

/** The panel's box on the page (the pill's, when folded). */
async function panelBox(page: Page): Promise<{ width: number; height: number; right: number; bottom: number }> {
  const box = await (await page.$('preflight-overlay >>> .panel'))!.boundingBox();
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  return { width: box!.width, height: box!.height, right: viewport.width - box!.x - box!.width, bottom: viewport.height - box!.y - box!.height };
}

/** Waits until the user's choice is kept, as it is long before a person reloads or moves on. */
function waitForSavedChoice(browser: ExtensionHarness, folded: boolean): Promise<unknown> {
  return waitFor(
    `the panel's folded choice (${folded}) to be saved`,
    async () => (await browser.extensionContext()).evaluate(async () => (await chrome.storage.local.get('panel-folded'))['panel-folded']),
    (saved) => saved === folded,
  );
}

/** The panel stays the way the user left it: folded to a pill, or unfolded, across loads, in-app navigations and tabs. */
export function panelFoldSuite(launch: Launch): void {
  const browser = browserForFile(launch, OWN_PAGES);

  test('folded on one campaign page, the panel is a badge-sized pill in the same corner and stays folded after a reload and an in-app navigation; unfolded, it stays unfolded', async () => {
    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    const first = await waitForPanel(page, (p) => p !== null);
    assert.equal(first!.expanded, true, 'unfolded on first use');
    const open = await panelBox(page);

    await page.click(TOGGLE);
    await waitForPanel(page, (p) => p?.expanded === false, 'the panel to fold');
    const pill = await panelBox(page);
    assert.ok(pill.width <= PILL_MAX.width && pill.height <= PILL_MAX.height, `the pill is ${pill.width}×${pill.height} px`);
    assert.ok(pill.height >= 24, 'the pill is at least a 24 px target');
    assert.ok(Math.abs(pill.right - open.right) < 1 && Math.abs(pill.bottom - open.bottom) < 1, 'the pill sits in the corner the panel did');
    await waitForSavedChoice(browser(), true);

    await page.reload({ waitUntil: 'load' });
    const reloaded = await waitForPanel(page, (p) => p !== null, 'the panel after the reload');
    assert.equal(reloaded!.expanded, false, 'folded after a reload, from its first draw');
    const again = await panelBox(page);
    assert.ok(again.width <= PILL_MAX.width && again.height <= PILL_MAX.height, `the pill after the reload is ${again.width}×${again.height} px`);

    await navigateInApp(page, campaignUrl(CAMPAIGN_B), campaignBody('Q3 webinar copy'));
    const moved = await waitForPanel(page, (p) => p?.keys[0] === campaignKey(CAMPAIGN_B), 'campaign B in the panel');
    assert.equal(moved!.expanded, false, 'folded after an in-app navigation');

    await page.click(TOGGLE);
    await waitForPanel(page, (p) => p?.expanded === true, 'the panel to unfold');
    await waitForSavedChoice(browser(), false);
    await navigateInApp(page, campaignUrl(CAMPAIGN_A), campaignBody('2026q3_emea_email_product-launch'));
    const back = await waitForPanel(page, (p) => p?.keys[0] === campaignKey(CAMPAIGN_A), 'campaign A in the panel');
    assert.equal(back!.expanded, true, 'unfolded after an in-app navigation');
    await page.reload({ waitUntil: 'load' });
    const unfolded = await waitForPanel(page, (p) => p !== null, 'the panel after the second reload');
    assert.equal(unfolded!.expanded, true, 'unfolded after a reload');
  });

  test('a fold in one tab applies to the panel open in another tab, and to a tab opened afterwards', async () => {
    const first = await browser().open(campaignUrl(CAMPAIGN_A));
    await waitForPanel(first, (p) => p?.expanded === true);
    const second = await browser().open(campaignUrl(CAMPAIGN_B));
    await waitForPanel(second, (p) => p?.expanded === true);

    await second.click(TOGGLE);
    await waitForPanel(first, (p) => p?.expanded === false, 'the other tab to fold');
    const third = await browser().open(campaignUrl(CAMPAIGN_A));
    const opened = await waitForPanel(third, (p) => p !== null);
    assert.equal(opened!.expanded, false, 'a tab opened afterwards starts folded');

    // Unfold again, so the profile ends as it began.
    await third.click(TOGGLE);
    await waitForPanel(first, (p) => p?.expanded === true, 'the other tab to unfold');
  });
}
