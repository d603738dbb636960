import { ExtensionBrowser } from './support/extension-browser.js';
import { spaNavigationSuite } from './support/suites/spa-navigation.js';

spaNavigationSuite(ExtensionBrowser.launch);
