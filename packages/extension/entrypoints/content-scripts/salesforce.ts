// The page script on Salesforce's campaign pages: its page reading and the panel (its org's API,
// where the page falls short, is asked by the background). Built by content-build.ts; injected by
// the background once a tab shows one of its campaigns.
import { extractSalesforce } from '../../src/platforms/salesforce/extract.js';
import { pageReader } from '../../src/content/read-facts.js';
import { startPageScript } from '../../src/content/page-script.js';

startPageScript(pageReader(extractSalesforce));
