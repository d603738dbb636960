import { ExtensionBrowser } from './support/extension-browser.js';
import { hostPageSuite } from './support/suites/host-page.js';

hostPageSuite(ExtensionBrowser.launch);
