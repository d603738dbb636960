// The page script on Salesforce's campaign pages: its page reading and the panel.
// Built by content-build.ts; injected by the background once a tab shows one of its campaigns.
import { readSalesforcePage } from '../../src/platforms/salesforce/extract.js';
import { startPageScript } from '../../src/content/page-script.js';

startPageScript(readSalesforcePage);
