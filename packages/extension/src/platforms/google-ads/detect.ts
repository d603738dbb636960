import type { Detection, PlatformDetector } from '../types.js';
import { DIGITS, otherPage, pathSegments } from '../page.js';
import { PLATFORM_TITLES } from '../titles.js';

export const isGoogleAdsHost = (host: string) => host === 'ads.google.com';

export const googleAdsKey = (campaignId: string) => `google-ads:${campaignId}`;

/**
 * The app lives under `/aw/`; it has no campaign page of its own: a `campaignId` in the query puts
 * any `/aw/*` view (overview, ad groups, ads, keywords, search terms) in that campaign's context.
 * Campaign ids are unique across accounts, so the key does not need the customer. `ocid` is kept as
 * it is: it is a session-scoped id, not the customer id (which the URL does not reliably carry).
 */
export function detectGoogleAds(url: URL): Detection | null {
  if (url.protocol !== 'https:' || !isGoogleAdsHost(url.hostname)) return null;
  const path = pathSegments(url.pathname);
  if (path[0] !== 'aw') return null;
  const ocid = url.searchParams.get('ocid') ?? '';
  const ids: Record<string, string> = DIGITS.test(ocid) ? { ocid } : {};
  const campaignId = url.searchParams.get('campaignId') ?? '';
  if (DIGITS.test(campaignId) && !/^0+$/.test(campaignId)) {
    return { platform: 'google-ads', kind: 'campaign', campaignKeys: [googleAdsKey(campaignId)], ids: { ...ids, campaignId }, level: 'campaign' };
  }
  if (path[1] === 'campaigns' && path.length === 2) return { platform: 'google-ads', kind: 'list', campaignKeys: [], ids };
  return otherPage('google-ads');
}

export const googleAdsDetector: PlatformDetector = {
  id: 'google-ads',
  title: PLATFORM_TITLES['google-ads'],
  matchesHost: isGoogleAdsHost,
  detect: detectGoogleAds,
};
