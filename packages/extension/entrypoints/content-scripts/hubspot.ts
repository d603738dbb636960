// The content script on HubSpot's pages: that platform's URL detection and the shared session.
// Built by content-build.ts, not as a WXT content script entrypoint (see there).
import { hubspotDetector } from '../../src/platforms/hubspot/detect.js';
import { startContent } from '../../src/content/start.js';

startContent(hubspotDetector);
