import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserForFile } from './support/extension-browser.js';
import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { OWN_PAGES } from './support/pages.js';
import { hostAccessSuite, HUBSPOT_ORIGINS, waitForAccess } from './support/suites/host-access.js';

/**
 * Firefox asks the user before granting a permission; with this preference off it grants what the
 * extension may request without the prompt, which automation cannot answer. The request must still
 * come from a user's input: that check stays (see the first test).
 */
const NO_PROMPTS = { 'extensions.webextOptionalPermissionPrompts': false };

const browser = browserForFile((pages) => FirefoxExtensionBrowser.launch(pages, NO_PROMPTS), OWN_PAGES) as () => FirefoxExtensionBrowser;

test('Firefox lets MV3 host permissions be revoked, and asks for them again only from user input', async () => {
  const context = await browser().extensionContext();
  // What the add-ons manager's permission switch does: MV3 host permissions are the user's to take back.
  assert.equal(await context.evaluate((origins) => chrome.permissions.remove({ origins }), HUBSPOT_ORIGINS), true);
  assert.equal(await context.evaluate((origins) => chrome.permissions.contains({ origins }), HUBSPOT_ORIGINS), false);
  const outcome = await context.evaluate((origins) => chrome.permissions.request({ origins }).then(String, (e: Error) => e.message), HUBSPOT_ORIGINS);
  assert.equal(outcome, 'permissions.request may only be called from a user input handler');

  const options = await browser().openExtensionPage('options.html');
  await waitForAccess(options, (v) => v?.state === 'missing', 'the notice');
  await options.click('#allow-access');
  const after = (await waitForAccess(options, (v) => v?.state === 'ok', 'the notice to go'))!;
  assert.equal(after.problem, '');
  assert.equal(await context.evaluate((origins) => chrome.permissions.contains({ origins }), HUBSPOT_ORIGINS), true);
});

hostAccessSuite(browser, {
  async revoke(b, origins) {
    await (await b.extensionContext()).evaluate((o) => chrome.permissions.remove({ origins: o }), origins);
  },
  // The click's request is granted at once (no prompt): nothing else to do.
  grantAfterClick: async () => undefined,
  // Firefox opens an action's popup only on user input: the same page, in a tab.
  openPopup: (b) => b.openExtensionPage('popup.html'),
});
