// The page script on LinkedIn's campaign pages: its page reading and the panel.
// Built by content-build.ts; injected by the background once a tab shows one of its campaigns.
import { readLinkedInPage } from '../../src/platforms/linkedin/extract.js';
import { startPageScript } from '../../src/content/page-script.js';

startPageScript(readLinkedInPage);
