import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { hubspotApiSuite } from './support/suites/hubspot-api.js';

// Without the prompt automation cannot answer, Firefox grants the request the click makes at once
// (from user input only: firefox-host-access.test.ts checks that).
hubspotApiSuite((pages) => FirefoxExtensionBrowser.launch(pages, { 'extensions.webextOptionalPermissionPrompts': false }), { afterClick: async () => undefined });
