// The page script on Meta's campaign pages: its page reading and the panel.
// Built by content-build.ts; injected by the background once a tab shows one of its campaigns.
import { readMetaPage } from '../../src/platforms/meta/extract.js';
import { startPageScript } from '../../src/content/page-script.js';

startPageScript(readMetaPage);
