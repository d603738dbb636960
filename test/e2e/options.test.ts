import { ExtensionBrowser } from './support/extension-browser.js';
import { optionsSuite } from './support/suites/options.js';

optionsSuite(ExtensionBrowser.launch);
