import { ExtensionBrowser } from './support/extension-browser.js';
import { teamPlanSuite } from './support/suites/team-plan.js';

teamPlanSuite(ExtensionBrowser.launch, { stopBackground: (browser) => (browser as ExtensionBrowser).stopWorker() });
