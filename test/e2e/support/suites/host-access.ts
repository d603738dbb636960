import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { PLATFORM_HOSTS } from '../../../../packages/extension/src/hosts/hosts.js';
import { waitFor, type ExtensionHarness } from '../extension-browser.js';
import { CAMPAIGN_A, campaignUrl } from '../pages.js';

export const HUBSPOT_ORIGINS = [...PLATFORM_HOSTS.hubspot.origins];

/** How a browser takes host access away and gives it back, as its user would. */
export interface HostAccessDriver<B extends ExtensionHarness> {
  /** Takes access to these hosts away, outside the extension's own pages. */
  revoke(browser: B, origins: string[]): Promise<void>;
  /**
   * Gives access back after the user has clicked "Allow access" on `page` (the click has already
   * happened when this is called): answers the browser's prompt, or does what the prompt would.
   */
  grantAfterClick(browser: B, page: Page, origins: string[]): Promise<void>;
  /** The popup (however this browser can open it in a test). */
  openPopup(browser: B): Promise<Page>;
}

/** What a page of the extension says about host access. */
export interface AccessView {
  state: string;
  notice: string;
  button: string | null;
  regained: string;
  problem: string;
  inStatusRegion: boolean;
}

/** Kept as source text: the test runner's transpiler would add helpers the page does not have. */
const READ_ACCESS = `(() => {
  const box = document.querySelector('[data-host-access]');
  if (!box) return null;
  const text = (selector) => ((box.querySelector(selector) || {}).textContent || '').replace(/\\s+/g, ' ').trim();
  const notice = box.querySelector('#host-access-notice');
  const button = box.querySelector('button#allow-access');
  return {
    state: box.getAttribute('data-host-access') || '',
    notice: text('#host-access-notice'),
    button: button ? button.textContent.trim() : null,
    regained: text('#host-access-regained'),
    problem: text('#host-access-problem'),
    inStatusRegion: notice !== null && notice.closest('[role="status"]') !== null,
  };
})()`;

export function readAccess(page: Page): Promise<AccessView | null> {
  return page.evaluate(READ_ACCESS) as Promise<AccessView | null>;
}

export const waitForAccess = (page: Page, ok: (view: AccessView | null) => boolean, what: string) => waitFor(what, () => readAccess(page), ok);

/**
 * Host access taken away from one platform: the popup and the settings page name it and offer to
 * ask for it back, the badge of a tab on it is cleared; once access is back the notice goes, and a
 * reloaded tab is checked again. `browser` serves OWN_PAGES.
 */
export function hostAccessSuite<B extends ExtensionHarness>(browser: () => B, driver: HostAccessDriver<B>): void {
  test('a platform whose host access is taken away is named in the popup and the settings page, its tab loses its badge, and Allow access brings it back', async () => {
    const campaign = await browser().open(campaignUrl(CAMPAIGN_A));
    // Asked while the extension may still see the tab's URL.
    const tabId = await browser().tabId(campaign);
    await browser().waitForBadge(tabId, (b) => b.text !== '');

    await driver.revoke(browser(), HUBSPOT_ORIGINS);
    await browser().waitForBadge(tabId, (b) => b.text === '');

    await campaign.bringToFront();
    const popup = await driver.openPopup(browser());
    const inPopup = (await waitForAccess(popup, (v) => v?.state === 'missing', 'the notice in the popup'))!;
    assert.match(inPopup.notice, /^Preflight can't read HubSpot pages\./);
    assert.match(inPopup.notice, /Access to \*\.hubspot\.com is turned off/);
    assert.equal(inPopup.button, 'Allow access');
    assert.ok(inPopup.inStatusRegion, 'the notice is in a status region');
    assert.doesNotMatch(inPopup.notice, /Salesforce|Google Ads|Meta|LinkedIn/, 'only the platform without access is named');
    await popup.close();

    const options = await browser().openExtensionPage('options.html');
    const inOptions = (await waitForAccess(options, (v) => v?.state === 'missing', 'the notice on the settings page'))!;
    assert.equal(inOptions.notice, inPopup.notice);
    // At the top: the first thing after the heading, and the first stop in Tab order.
    assert.equal(await options.evaluate(() => document.querySelector('h1')?.nextElementSibling?.getAttribute('data-host-access')), 'missing');
    assert.equal(await options.evaluate(() => document.querySelector('button, input, select, textarea')?.id), 'allow-access');

    await options.click('#allow-access');
    await driver.grantAfterClick(browser(), options, HUBSPOT_ORIGINS);
    // No popup after this point: Chromium's prompt, still open, keeps the window from being active.
    const after = (await waitForAccess(options, (v) => v?.state === 'ok', 'the notice to go'))!;
    assert.equal(after.notice, '');
    assert.equal(after.button, null);
    assert.equal(after.problem, '', 'the click asked for access without an error');
    assert.equal(after.regained, 'Access allowed. Reload open HubSpot tabs to check them.');
    // A browser's own prompt, if still open, goes with the page that asked.
    await options.close();

    // As the notice says: the tab is checked again once reloaded.
    await campaign.bringToFront();
    await campaign.reload({ waitUntil: 'load' });
    await browser().waitForBadge(tabId, (b) => b.text !== '');
  });

  test('another platform taken away while the settings page is open is named there at once', async () => {
    const options = await browser().openExtensionPage('options.html');
    await waitForAccess(options, (v) => v?.state === 'ok', 'every platform allowed');
    const linkedin = [...PLATFORM_HOSTS.linkedin.origins];
    await driver.revoke(browser(), linkedin);
    const view = (await waitForAccess(options, (v) => v?.state === 'missing', 'the notice'))!;
    assert.match(view.notice, /^Preflight can't read LinkedIn Campaign Manager pages\./);
    await options.bringToFront();
    await options.click('#allow-access');
    await driver.grantAfterClick(browser(), options, linkedin);
    await waitForAccess(options, (v) => v?.state === 'ok', 'the notice to go');
  });
}
