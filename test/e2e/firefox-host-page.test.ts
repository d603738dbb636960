import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { hostPageSuite } from './support/suites/host-page.js';

hostPageSuite(FirefoxExtensionBrowser.launch);
