// The content script on LinkedIn's pages: that platform's URL detection and the shared session.
// Built by content-build.ts, not as a WXT content script entrypoint (see there).
import { linkedinDetector } from '../../src/platforms/linkedin/detect.js';
import { startContent } from '../../src/content/start.js';

startContent(linkedinDetector);
