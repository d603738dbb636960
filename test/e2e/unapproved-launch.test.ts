import { ExtensionBrowser, type ExtensionHarness } from './support/extension-browser.js';
import { unapprovedLaunchSuite } from './support/suites/unapproved-launch.js';

unapprovedLaunchSuite(ExtensionBrowser.launch, (browser: ExtensionHarness) => (browser as ExtensionBrowser).openPopup());
