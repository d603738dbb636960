import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { teamPlanSuite } from './support/suites/team-plan.js';

// The team server listens on loopback: the browser reaches it directly, while the platforms' host
// names still go through the fixture proxy (which refuses everything else).
teamPlanSuite((pages) => FirefoxExtensionBrowser.launch(pages, { 'network.proxy.no_proxies_on': '127.0.0.1' }));
