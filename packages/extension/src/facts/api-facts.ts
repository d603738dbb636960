import type { CampaignRead, Detection } from '../platforms/types.js';
import { SalesforceFactsSource } from './salesforce/source.js';
import type { FactsProblem, Fetcher } from './source.js';

/**
 * A request as the page itself makes it: Firefox runs a content script's own `fetch` with the
 * extension's privileges, its `content.fetch` as the page; Chrome's content script fetch is the page's.
 */
const pageFetch: Fetcher = (url, init) => {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return (content?.fetch ? content.fetch.bind(content) : fetch)(url, { ...init, credentials: 'same-origin' });
};

/**
 * The API facts Salesforce's page script asks for itself: the User Interface API on the org's
 * own origin (a same-origin request with the session the browser sends). The other platforms' API
 * (HubSpot's, when the user turned it on) is asked by the background.
 */
export function salesforcePageApiFacts(detection: Detection): Promise<CampaignRead[] | FactsProblem> {
  return new SalesforceFactsSource(location.origin, pageFetch).read(detection);
}
