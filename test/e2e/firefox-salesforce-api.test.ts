import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { salesforceApiSuite } from './support/suites/salesforce-api.js';

salesforceApiSuite(FirefoxExtensionBrowser.launch);
