import type { CampaignRead, Detection } from '../platforms/types.js';
import { API_FACT_NAMES, recordUrl, SalesforceFactsSource } from './salesforce/source.js';
import type { FactsProblem, Fetcher } from './source.js';

/**
 * What a page's own request to its platform's API got, as it got it: the background reads it.
 * `failed` when no answer came (the network, a refusal before any status).
 */
export type RecordedAnswer = { status: number; ok: boolean; body: string } | { failed: string };

/**
 * A request as the page itself makes it: Firefox runs a content script's own `fetch` with the
 * extension's privileges, its `content.fetch` as the page; Chrome's content script fetch is the page's.
 */
const pageFetch = (url: string, init: RequestInit) => {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return (content?.fetch ? content.fetch.bind(content) : fetch)(url, { ...init, credentials: 'same-origin' });
};

/** Below this a fact was read with doubt: a numeric date whose day and month could be either way round (dates.ts). */
const DOUBTFUL = 0.9;

/** Whether the page leaves a fact the API gives unread, or read with doubt: the page cannot be trusted for it, so the API is asked. */
const pageFallsShort = (read: CampaignRead) =>
  API_FACT_NAMES.some((name) => read.unread.includes(name) || ((read.facts[name] as { confidence?: number } | undefined)?.confidence ?? 1) < DOUBTFUL);

/** Whether a platform's page script asks its platform's API itself: Salesforce's, on the org's own origin. */
export const asksOwnApi = (platform: Detection['platform']) => platform === 'salesforce';

/** Whether the page leaves one of the API's facts unread or doubtful in any of its campaigns: what makes its page script ask. */
export const pageLeavesApiFacts = (page: CampaignRead[]) => page.some(pageFallsShort);

/** How long the org's API is waited for: its record usually comes in well under a second. */
const API_WAIT_MS = 10_000;

/**
 * Salesforce's page script asks the User Interface API on the org's own origin itself (a
 * same-origin request with the session the browser sends, from the page script's own world, where
 * the page's scripts cannot see or change it) where the page cannot be trusted: a record page that
 * leaves one of the API's facts unread, or read with doubt (a date like 9/10/2026 on a page in a
 * locale's order that its other date does not settle). A page that shows them all is not asked
 * about: its record fields are what the API would say, and the request costs the page about as
 * much as reading it does. The answer goes as it came to the background, which reads and checks
 * it (pageApiFacts): the host page only starts the request and reads the body's text. A request
 * with no answer within `waitMs` is given up, and the page's facts stand. Undefined when not
 * asked; null when the page names no single campaign.
 */
export async function salesforcePageAnswer(detection: Detection, page: CampaignRead[], waitMs = API_WAIT_MS): Promise<RecordedAnswer | null | undefined> {
  const id = detection.ids.campaignId;
  if (!id || detection.campaignKeys.length !== 1) return null;
  if (!pageLeavesApiFacts(page)) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<RecordedAnswer>((resolve) => (timer = setTimeout(() => resolve({ failed: `no answer within ${waitMs / 1000} s` }), waitMs)));
  const asked = (async (): Promise<RecordedAnswer> => {
    try {
      const response = await pageFetch(recordUrl(location.origin, id), { headers: { accept: 'application/json' } });
      return { status: response.status, ok: response.ok, body: await response.text() };
    } catch (error) {
      return { failed: String(error) };
    }
  })();
  try {
    return await Promise.race([asked, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** A recorded answer given back as the response the source asks for. */
const replay =
  (answer: RecordedAnswer | null): Fetcher =>
  () => {
    if (!answer) return Promise.reject(new Error('the page made no request'));
    if ('failed' in answer) return Promise.reject(new Error(answer.failed));
    return Promise.resolve({ ok: answer.ok, status: answer.status, headers: { get: () => null }, json: async () => JSON.parse(answer.body) as unknown });
  };

/**
 * The campaign facts in the answer a page got from its platform's API (Salesforce's, from its
 * org), or the problem the panel says; read by the background.
 */
export function pageApiFacts(detection: Detection, pageUrl: string, answer: RecordedAnswer | null): Promise<CampaignRead[] | FactsProblem | null> {
  if (!asksOwnApi(detection.platform)) return Promise.resolve(null);
  return new SalesforceFactsSource(new URL(pageUrl).origin, replay(answer)).read(detection);
}
