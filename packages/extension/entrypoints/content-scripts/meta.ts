// The content script on Meta's pages: that platform's URL detection and the shared session.
// Built by content-build.ts, not as a WXT content script entrypoint (see there).
import { metaDetector } from '../../src/platforms/meta/detect.js';
import { startContent } from '../../src/content/start.js';

startContent(metaDetector);
