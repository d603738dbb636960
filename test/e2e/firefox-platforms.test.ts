import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { platformSuite } from './support/suites/platforms.js';

platformSuite(FirefoxExtensionBrowser.launch);
