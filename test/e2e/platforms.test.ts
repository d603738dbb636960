import { ExtensionBrowser } from './support/extension-browser.js';
import { platformSuite } from './support/suites/platforms.js';

platformSuite(ExtensionBrowser.launch);
