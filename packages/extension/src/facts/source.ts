import type { CampaignRead, Detection } from '../platforms/types.js';

/** Why an API could not give a campaign's facts, said where the user sees it. */
export interface FactsProblem {
  problem: string;
  /** Set when the API asked to be left alone for a while (a 429's Retry-After, in seconds). */
  retryAfterSeconds?: number;
  /**
   * Set when the API is simply not open here (not served to the org, or not to this user): no
   * fault to fix, so the page's facts stand with a quiet note instead of a warning.
   */
  unavailable?: true;
}

/**
 * Where a campaign's facts come from when the page cannot be trusted: a platform's API. One
 * interface for the extension's background and, later, a server-side connector: given what the URL
 * says, it gives the facts (each with its level and `via: 'api'`) or a problem naming what is wrong
 * and where. It never reads a session cookie or a page's token; credentials are its own.
 */
export interface FactsSource {
  platform: Detection['platform'];
  read(detection: Detection): Promise<CampaignRead[] | FactsProblem>;
}

/** How a source reaches its API: `fetch`, or a recorded response in tests. */
export type Fetcher = (url: string, init: { headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; headers: { get(name: string): string | null }; json(): Promise<unknown> }>;

/** Where a zod issue is, as a path a person can read: `properties.hs_start_date`. */
export const issuePath = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : 'the response');
