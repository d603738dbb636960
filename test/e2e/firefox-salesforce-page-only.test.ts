import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { salesforcePageOnlySuite } from './support/suites/salesforce-page-only.js';

salesforcePageOnlySuite(FirefoxExtensionBrowser.launch);
