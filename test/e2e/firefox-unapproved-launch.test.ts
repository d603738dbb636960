import { FirefoxExtensionBrowser } from './support/firefox-browser.js';
import { unapprovedLaunchSuite } from './support/suites/unapproved-launch.js';

// Firefox opens the toolbar popup only on user input, and a popup opened in a tab reads that tab: panel and badge only.
unapprovedLaunchSuite(FirefoxExtensionBrowser.launch);
