import type { RecordedAnswer } from '../facts/api-facts.js';
import type { CampaignRead, Detection } from '../platforms/types.js';

/** What a page gave: the facts read off it, and what its own request to its platform's API got, if it made one. */
export interface PageFacts {
  reads: CampaignRead[];
  /** Present when the page asks its platform's API itself (Salesforce's, on the org's own origin). */
  api?: RecordedAnswer | null;
}

/** `askApi` false: the page makes no request of its own (its API did not take this browser's session before). */
export type ReadFacts = (detection: Detection, doc: Document, askApi: boolean) => Promise<PageFacts>;

/**
 * How one platform's page script reads the campaign(s) in view: its adapter's page reading, then
 * the API request the page itself may make where the page falls short (its answer undefined when it
 * does not ask). The background reads the API's answer and lays it over the page's facts; an API it
 * asks itself (HubSpot's) too.
 */
export function pageReader(
  extract: (doc: Document, detection: Detection) => CampaignRead[],
  pageApi?: (detection: Detection, page: CampaignRead[]) => Promise<RecordedAnswer | null | undefined>,
): ReadFacts {
  return async (detection, doc, askApi) => {
    const reads = extract(doc, detection);
    const api = askApi ? await pageApi?.(detection, reads) : undefined;
    return api === undefined ? { reads } : { reads, api };
  };
}
