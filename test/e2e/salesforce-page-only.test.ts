import { ExtensionBrowser } from './support/extension-browser.js';
import { salesforcePageOnlySuite } from './support/suites/salesforce-page-only.js';

salesforcePageOnlySuite(ExtensionBrowser.launch);
