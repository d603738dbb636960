// The campaign chunk on Salesforce's pages: its page reading (the page, then its org's API) and the panel.
// Built by content-build.ts and injected by the background once a campaign page has settled.
import { extractSalesforce } from '../../src/platforms/salesforce/extract.js';
import { salesforcePageApiFacts } from '../../src/facts/api-facts.js';
import { pageReader } from '../../src/content/read-facts.js';

export * from '../../src/content/chunk.js';
export const readFacts = pageReader(extractSalesforce, salesforcePageApiFacts);
