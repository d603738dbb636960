import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { panelFoldSuite } from './support/suites/panel-fold.js';

panelFoldSuite(FirefoxExtensionBrowser.launch);
