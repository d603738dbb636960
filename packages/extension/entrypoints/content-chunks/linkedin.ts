// The campaign chunk on LinkedIn's pages: its page reading and the panel.
// Built by content-build.ts and injected by the background once a campaign page has settled.
import { extractLinkedIn } from '../../src/platforms/linkedin/extract.js';
import { pageReader } from '../../src/content/read-facts.js';

export * from '../../src/content/chunk.js';
export const readFacts = pageReader(extractLinkedIn);
