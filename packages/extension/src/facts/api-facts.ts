import type { CampaignRead, Detection } from '../platforms/types.js';
import { API_FACT_NAMES, recordUrl, SalesforceFactsSource } from './salesforce/source.js';
import type { FactsProblem, Fetcher } from './source.js';
import { isObject } from '@preflight/core/schema';

/**
 * What a page's own request to its platform's API got, as it got it: the background reads it.
 * `failed` when no answer came (the network, a refusal before any status).
 */
export type RecordedAnswer = { status: number; ok: boolean; body: string } | { failed: string };

/** Below this a fact was read with doubt: a numeric date whose day and month could be either way round (dates.ts). */
const DOUBTFUL = 0.9;

/** Whether the page leaves a fact the API gives unread, or read with doubt: the page cannot be trusted for it, so the API is asked. */
const pageFallsShort = (read: CampaignRead) =>
  API_FACT_NAMES.some((name) => read.unread.includes(name) || ((read.facts[name] as { confidence?: number } | undefined)?.confidence ?? 1) < DOUBTFUL);

/**
 * The request a campaign page's own platform API is asked, as the page itself would ask it: the
 * URL of Salesforce's User Interface API record on the org's own origin, where the page cannot be
 * trusted (a record page that leaves one of the API's facts unread, or read with doubt, such as a
 * date like 9/10/2026 on a page in a locale's order). A page that shows them all is not asked
 * about: its record fields are what the API would say. Undefined when not asked (another platform,
 * a page that shows it all); null when the page names no single campaign.
 */
export function pageApiRequest(detection: Detection, pageUrl: string, page: CampaignRead[]): string | null | undefined {
  if (detection.platform !== 'salesforce') return undefined;
  const id = detection.ids.campaignId;
  if (!id || detection.campaignKeys.length !== 1) return null;
  return page.some(pageFallsShort) ? recordUrl(new URL(pageUrl).origin, id) : undefined;
}

/**
 * Asks `url` as the page asks its own API: run in the page's own world (scripting.executeScript,
 * world MAIN), with the page's `fetch`, so the browser sends the org's session as it does for
 * Lightning's requests (same origin) and no cookie or token is read. The decision to ask stays
 * here in the background and the page scripts carry no network code; the host page pays about
 * what a request from the page script's world cost it. It can use nothing but its argument; what
 * it returns is the page's to shape, and is checked (recordedAnswer).
 */
export async function askAsThePage(url: string): Promise<RecordedAnswer> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    return { status: response.status, ok: response.ok, body: await response.text() };
  } catch (error) {
    return { failed: String(error) };
  }
}

/** The longest answer taken from a page's API: a Campaign record is a few kilobytes. */
const MAX_BODY = 1_000_000;

/** What came back from the page's world as an answer, or why it is none: the page's scripts could have changed what its `fetch` gives. */
export function recordedAnswer(value: unknown): RecordedAnswer {
  if (isObject(value) && typeof value.failed === 'string') return { failed: value.failed.slice(0, 200) };
  if (isObject(value) && typeof value.status === 'number' && typeof value.ok === 'boolean' && typeof value.body === 'string') {
    return value.body.length > MAX_BODY ? { failed: `the answer was ${value.body.length} characters long` } : { status: value.status, ok: value.ok, body: value.body };
  }
  return { failed: `the page gave back ${JSON.stringify(value)?.slice(0, 60) ?? String(value)}, not an answer` };
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
  if (detection.platform !== 'salesforce') return Promise.resolve(null);
  return new SalesforceFactsSource(new URL(pageUrl).origin, replay(answer)).read(detection);
}
