import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { browserForFile, ExtensionBrowser, waitFor } from './support/extension-browser.js';
import { axeViolations, COLOR_SCHEMES, describeViolations, smallTargets } from './support/accessibility.js';
import { OWN_PAGES } from './support/pages.js';
import { hostAccessSuite, HUBSPOT_ORIGINS, waitForAccess } from './support/suites/host-access.js';

const browser = browserForFile(ExtensionBrowser.launch, OWN_PAGES) as () => ExtensionBrowser;
const containsAll = async (origins: string[]) => (await browser().worker()).evaluate((o) => chrome.permissions.contains({ origins: o }), origins);
const windowFocused = async () => (await browser().worker()).evaluate(async () => (await chrome.windows.getAll()).some((w) => w.focused));

async function assertAccessible(page: Page, what: string): Promise<void> {
  for (const scheme of COLOR_SCHEMES) {
    const violations = await axeViolations(page, scheme);
    assert.deepEqual(violations, [], `${what}, ${scheme}:\n${describeViolations(violations)}`);
    assert.deepEqual(await smallTargets(page), [], `${what}, ${scheme}: targets under 24 px`);
  }
}

// These come first: once "Allow access" has opened Chromium's permission prompt, the prompt keeps
// the browser window from being active, and the toolbar popup cannot be opened any more.

test('Chromium refuses permissions.remove for a host the manifest requires: only the user can withhold it', async () => {
  const options = await browser().openExtensionPage('options.html');
  const outcome = await options.evaluate((origins) => chrome.permissions.remove({ origins }).then(String, (e: Error) => e.message), HUBSPOT_ORIGINS);
  assert.equal(outcome, 'You cannot remove required permissions.');
  assert.equal(await containsAll(HUBSPOT_ORIGINS), true);
});

test('the notice in the popup and the settings page has no axe violations in light or dark, its button is at least 24 px and the first Tab stop of the settings page', async () => {
  const meta = ['https://adsmanager.facebook.com/*', 'https://www.facebook.com/*'];
  await browser().siteAccess('remove', [...HUBSPOT_ORIGINS, ...meta]);
  try {
    const popup = await browser().openPopup();
    const inPopup = (await waitForAccess(popup, (v) => v?.state === 'missing', 'the notice in the popup'))!;
    assert.match(inPopup.notice, /^Preflight can't read HubSpot or Meta Ads Manager pages\./);
    await assertAccessible(popup, 'popup with the notice');
    await popup.close();

    const options = await browser().openExtensionPage('options.html');
    await waitForAccess(options, (v) => v?.state === 'missing', 'the notice on the settings page');
    await assertAccessible(options, 'settings page with the notice');
    await options.keyboard.press('Tab');
    assert.equal(await options.evaluate(() => document.activeElement?.id), 'allow-access');
    assert.equal(await options.evaluate(() => document.activeElement?.getAttribute('aria-describedby')), 'host-access-notice');
  } finally {
    await browser().siteAccess('add', [...HUBSPOT_ORIGINS, ...meta]);
  }
  assert.equal(await containsAll([...HUBSPOT_ORIGINS, ...meta]), true);
});

hostAccessSuite(browser, {
  revoke: (b, origins) => b.siteAccess('remove', origins),
  async grantAfterClick(b, _page, origins) {
    // The click opened Chromium's permission prompt, a window of the browser's own that takes the
    // focus and that nothing in the DevTools protocol can answer. It grants nothing by itself; the
    // user allows the sites on the extensions page instead, and the page hears of it.
    await waitFor('the permission prompt to take the focus', windowFocused, (focused) => !focused);
    assert.equal(await containsAll(origins), false, 'the click alone grants nothing');
    await b.siteAccess('add', origins);
  },
  openPopup: (b) => b.openPopup(),
});
