import { ExtensionBrowser } from './support/extension-browser.js';
import { panelFoldSuite } from './support/suites/panel-fold.js';

panelFoldSuite(ExtensionBrowser.launch);
