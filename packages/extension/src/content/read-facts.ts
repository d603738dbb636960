import type { RecordedAnswer } from '../facts/api-facts.js';
import type { CampaignRead, Detection } from '../platforms/types.js';

/** What a page gave: the facts read off it, and what its own request to its platform's API got, if it made one. */
export interface PageFacts {
  reads: CampaignRead[];
  /** Present when the page asks its platform's API itself (Salesforce's, on the org's own origin). */
  api?: RecordedAnswer | null;
}

export type ReadFacts = (detection: Detection, doc: Document) => Promise<PageFacts>;

/**
 * How one platform's page script reads the campaign(s) in view: its adapter's page reading, and the
 * API request the page itself may make (started first, so it runs while the page is read). The
 * background reads the API's answer and lays it over the page's facts; an API it asks itself
 * (HubSpot's) too.
 */
export function pageReader(extract: (doc: Document, detection: Detection) => CampaignRead[], pageApi?: (detection: Detection) => Promise<RecordedAnswer | null>): ReadFacts {
  return async (detection, doc) => {
    const api = pageApi?.(detection);
    const reads = extract(doc, detection);
    return api ? { reads, api: await api } : { reads };
  };
}
