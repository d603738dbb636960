import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { optionsSuite } from './support/suites/options.js';

optionsSuite(FirefoxExtensionBrowser.launch);
