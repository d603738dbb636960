import { ExtensionBrowser } from './support/extension-browser.js';
import { linkedPlanSuite } from './support/suites/linked-plan.js';

linkedPlanSuite(ExtensionBrowser.launch);
