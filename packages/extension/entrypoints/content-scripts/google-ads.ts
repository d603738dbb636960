// The content script on Google Ads pages: that platform's URL detection and the shared session.
// Built by content-build.ts, not as a WXT content script entrypoint (see there).
import { googleAdsDetector } from '../../src/platforms/google-ads/detect.js';
import { startContent } from '../../src/content/start.js';

startContent(googleAdsDetector);
