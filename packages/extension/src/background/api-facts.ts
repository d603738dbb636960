import { browser } from 'wxt/browser';
import { HubSpotFactsSource } from '../facts/hubspot/source.js';
import { tokenProblem } from '../facts/hubspot/token.js';
import type { FactsProblem, Fetcher } from '../facts/source.js';
import { HUBSPOT_API_ORIGIN } from '../hosts/hosts.js';
import { hubspotAnswerItem, hubspotApiItem } from '../storage/items.js';
import type { CampaignRead, Detection } from '../platforms/types.js';

/** Longer than any answer HubSpot gives; a request left hanging would keep the panel from showing. */
const API_TIMEOUT_MS = 8000;

const fetcher: Fetcher = (url, init) => fetch(url, { ...init, credentials: 'omit', signal: AbortSignal.timeout(API_TIMEOUT_MS) });

/**
 * Campaign facts from the platform's API for a tab, when the user turned it on in the options: null
 * when it is off (or the platform has none), else the facts or a problem the panel says. The last
 * answer is kept for the options page, and after a 429 HubSpot is not asked again before its
 * Retry-After has passed (the same problem is given meanwhile). `now` is the time of the request.
 */
export async function apiFacts(detection: Detection, now: number): Promise<CampaignRead[] | FactsProblem | null> {
  if (detection.platform !== 'hubspot' || detection.kind !== 'campaign') return null;
  const saved = await hubspotApiItem.getValue();
  if (!saved || typeof saved.token !== 'string' || tokenProblem(saved.token)) return null;
  const last = await hubspotAnswerItem.getValue();
  if (last?.problem && last.retryAt && Date.parse(last.retryAt) > now) return { problem: last.problem };
  const campaignKey = detection.campaignKeys[0] ?? '';
  const answer = (await browser.permissions.contains({ origins: [HUBSPOT_API_ORIGIN] }))
    ? await new HubSpotFactsSource(saved.token, fetcher).read(detection)
    : { problem: "Preflight may not reach api.hubapi.com: allow it under HubSpot API in Preflight's options." };
  const problem = 'problem' in answer ? answer : undefined;
  await hubspotAnswerItem.setValue({
    at: new Date(now).toISOString(),
    campaignKey,
    ...(problem ? { problem: problem.problem } : {}),
    ...(problem?.retryAfterSeconds ? { retryAt: new Date(now + problem.retryAfterSeconds * 1000).toISOString() } : {}),
  });
  return answer;
}
