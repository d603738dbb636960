import type { Detection, PlatformDetector } from '../types.js';
import { DIGITS, otherPage, pathSegments } from '../page.js';
import { PLATFORM_TITLES } from '../titles.js';

export const isGoogleAdsHost = (host: string) => host === 'ads.google.com';

export const googleAdsKey = (campaignId: string) => `google-ads:${campaignId}`;

/** A customer id as digits: `779-117-3504` and `7791173504` are the same account. */
function customerId(raw: string | null): string | null {
  const digits = raw?.replace(/-/g, '') ?? '';
  return DIGITS.test(digits) ? digits : null;
}

/**
 * The app lives under `/aw/`; it has no campaign page of its own: a `campaignId`
 * in the query puts any `/aw/*` view in that campaign's context.
 * Campaign ids are unique across accounts, so the key does not need the customer.
 */
export function detectGoogleAds(url: URL): Detection | null {
  if (url.protocol !== 'https:' || !isGoogleAdsHost(url.hostname)) return null;
  const path = pathSegments(url.pathname);
  if (path[0] !== 'aw') return null;
  const customer = customerId(url.searchParams.get('ocid'));
  const ids: Record<string, string> = customer === null ? {} : { customerId: customer };
  const campaignId = url.searchParams.get('campaignId') ?? '';
  if (DIGITS.test(campaignId) && !/^0+$/.test(campaignId)) {
    return { platform: 'google-ads', kind: 'campaign', campaignKeys: [googleAdsKey(campaignId)], ids: { ...ids, campaignId } };
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
