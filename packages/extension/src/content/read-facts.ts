import type { CampaignRead, Detection } from '../platforms/types.js';

/** What a page gave: the facts read off it. */
export interface PageFacts {
  reads: CampaignRead[];
}

export type ReadFacts = (detection: Detection, doc: Document) => Promise<PageFacts>;

/**
 * How one platform's page script reads the campaign(s) in view: its adapter's page reading. An API
 * the page cannot be trusted without (Salesforce's org API) is asked by the background, as the
 * page would ask it (facts/api-facts.ts).
 */
export function pageReader(extract: (doc: Document, detection: Detection) => CampaignRead[]): ReadFacts {
  return async (detection, doc) => ({ reads: extract(doc, detection) });
}
