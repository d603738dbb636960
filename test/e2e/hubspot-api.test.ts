import assert from 'node:assert/strict';
import { ExtensionBrowser, waitFor } from './support/extension-browser.js';
import { hubspotApiSuite } from './support/suites/hubspot-api.js';

hubspotApiSuite(ExtensionBrowser.launch, {
  async afterClick(browser, origin) {
    // The click opened Chromium's permission prompt: a window of the browser's own that takes the focus.
    const worker = await browser.worker();
    await waitFor('the permission prompt to take the focus', () => worker.evaluate(async () => (await chrome.windows.getAll()).some((w) => w.focused)), (focused) => !focused);
    assert.equal(await worker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin), false, 'the click alone grants nothing');
  },
  // The user allows api.hubapi.com under the extension's "Site access" in chrome://extensions.
  allowElsewhere: (browser, origin) => browser.siteAccess('add', [origin]),
});
