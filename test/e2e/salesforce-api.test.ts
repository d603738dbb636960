import { ExtensionBrowser } from './support/extension-browser.js';
import { salesforceApiSuite } from './support/suites/salesforce-api.js';

salesforceApiSuite(ExtensionBrowser.launch);
