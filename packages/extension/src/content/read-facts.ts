import { adapterFor } from '../platforms/index.js';
import { pageApiFacts } from '../facts/api-facts.js';
import { withApiFacts } from '../facts/merge.js';
import type { CampaignRead, Detection } from '../platforms/types.js';

/**
 * The facts of the campaign(s) in view, read by the platform's adapter, with the API the page
 * itself may ask over them (Salesforce's, on the org's own origin; the page's facts stand if it
 * fails). An API the background asks (HubSpot's) is laid over them there.
 */
export async function readFacts(detection: Detection, doc: Document): Promise<CampaignRead[]> {
  const api = pageApiFacts(detection);
  const page = adapterFor(detection.platform).extract(doc, detection);
  return withApiFacts(page, await api);
}
