// The page script on Salesforce's campaign pages: its page reading (the page, then its org's API) and the panel.
// Built by content-build.ts; injected by the background once a tab shows one of its campaigns.
import { extractSalesforce } from '../../src/platforms/salesforce/extract.js';
import { salesforcePageAnswer } from '../../src/facts/api-facts.js';
import { pageReader } from '../../src/content/read-facts.js';
import { startPageScript } from '../../src/content/page-script.js';

startPageScript(pageReader(extractSalesforce, salesforcePageAnswer));
