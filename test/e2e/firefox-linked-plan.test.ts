import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { linkedPlanSuite } from './support/suites/linked-plan.js';

linkedPlanSuite(FirefoxExtensionBrowser.launch);
