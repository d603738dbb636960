// The page script on Google Ads's campaign pages: its page reading and the panel.
// Built by content-build.ts; injected by the background once a tab shows one of its campaigns.
import { readGoogleAdsPage } from '../../src/platforms/google-ads/extract.js';
import { startPageScript } from '../../src/content/page-script.js';

startPageScript(readGoogleAdsPage);
