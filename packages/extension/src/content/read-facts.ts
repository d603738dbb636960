import { withApiFacts } from '../facts/merge.js';
import type { FactsProblem } from '../facts/source.js';
import type { CampaignRead, Detection } from '../platforms/types.js';

export type ReadFacts = (detection: Detection, doc: Document) => Promise<CampaignRead[]>;

/**
 * How one platform's page script reads the campaign(s) in view: its adapter's page reading, with the API
 * the page itself may ask laid over it (Salesforce's, on the org's own origin; the page's facts
 * stand if it fails). An API the background asks (HubSpot's) is laid over them there.
 */
export function pageReader(
  extract: (doc: Document, detection: Detection) => CampaignRead[],
  pageApi?: (detection: Detection) => Promise<CampaignRead[] | FactsProblem>,
): ReadFacts {
  return async (detection, doc) => {
    const api = pageApi?.(detection) ?? null;
    const page = extract(doc, detection);
    return withApiFacts(page, await api);
  };
}
