import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { spaNavigationSuite } from './support/suites/spa-navigation.js';

spaNavigationSuite(FirefoxExtensionBrowser.launch);
