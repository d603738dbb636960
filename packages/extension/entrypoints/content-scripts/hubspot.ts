// The page script on HubSpot's campaign pages: its page reading and the panel.
// Built by content-build.ts; injected by the background once a tab shows one of its campaigns.
import { readHubSpotPage } from '../../src/platforms/hubspot/extract.js';
import { startPageScript } from '../../src/content/page-script.js';

startPageScript(readHubSpotPage);
