import { sendMessage } from '../messaging/protocol.js';
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
 * The platform's API facts for the campaign(s) in view, from the content script: Salesforce's
 * User Interface API on the org's own origin (a same-origin request with the session the browser
 * sends), else whatever the background's source gives (HubSpot's API when the user turned it on).
 * Null when no API is on for the platform.
 */
export function apiFactsFor(detection: Detection): Promise<CampaignRead[] | FactsProblem | null> {
  if (detection.platform === 'salesforce') return new SalesforceFactsSource(location.origin, pageFetch).read(detection);
  return sendMessage('api-facts', { detection }).catch((error: unknown) => ({ problem: `Preflight could not ask the platform's API (${String(error)}).` }));
}
