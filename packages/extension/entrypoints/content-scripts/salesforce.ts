// The content script on Salesforce's pages: that platform's URL detection and the shared session.
// Built by content-build.ts, not as a WXT content script entrypoint (see there).
import { salesforceDetector } from '../../src/platforms/salesforce/detect.js';
import { startContent } from '../../src/content/start.js';

startContent(salesforceDetector);
