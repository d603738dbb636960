import type { Detection, PlatformDetector } from '../types.js';
import { DIGITS, otherPage, pathSegments } from '../page.js';
import { PLATFORM_TITLES } from '../titles.js';

const HOSTS = new Set(['adsmanager.facebook.com', 'business.facebook.com', 'www.facebook.com']);

export const isMetaHost = (host: string) => HOSTS.has(host);

export const metaKey = (accountId: string, campaignId: string) => `meta:${accountId}:${campaignId}`;

/** `act_123` (the API's form) and `123` (the URL's) are the same ad account. */
export function metaAccountId(raw: string | null): string | null {
  const digits = (raw ?? '').replace(/^act_/i, '');
  return DIGITS.test(digits) ? digits : null;
}

/** `selected_campaign_ids=1,2` (possibly repeated): every well-formed id once, in order. */
function selectedCampaigns(url: URL): string[] {
  const ids = url.searchParams.getAll('selected_campaign_ids').flatMap((v) => v.split(',')).map((s) => s.trim());
  return [...new Set(ids.filter((id) => DIGITS.test(id)))];
}

/** The manage views that list the account's campaigns, ad sets or ads. */
const LISTS = new Set(['campaigns', 'adsets', 'ads']);

/**
 * Ads Manager under `/adsmanager/` on any of its hosts; only the app's paths count on the shared
 * `www.facebook.com`. A campaign selection puts the manage views (campaigns, ad sets, ads) and the
 * editor (`…/edit`, `…/edit/standalone`) in those campaigns' context. A page with only ad sets or
 * ads selected does not say their campaign, so it is not a campaign page.
 */
export function detectMeta(url: URL): Detection | null {
  if (url.protocol !== 'https:' || !isMetaHost(url.hostname)) return null;
  const path = pathSegments(url.pathname);
  if (path[0] !== 'adsmanager') return url.hostname === 'adsmanager.facebook.com' ? otherPage('meta') : null;
  if (path[1] !== 'manage') return otherPage('meta');
  const accountId = metaAccountId(url.searchParams.get('act'));
  if (accountId === null) return otherPage('meta');
  const selected = selectedCampaigns(url);
  if (selected.length > 0) {
    return {
      platform: 'meta',
      kind: 'campaign',
      campaignKeys: selected.map((id) => metaKey(accountId, id)),
      ids: { accountId, campaignIds: selected.join(',') },
      level: 'campaign',
    };
  }
  if (LISTS.has(path[2] ?? '') && path.length === 3) return { platform: 'meta', kind: 'list', campaignKeys: [], ids: { accountId } };
  return otherPage('meta');
}

export const metaDetector: PlatformDetector = {
  id: 'meta',
  title: PLATFORM_TITLES.meta,
  matchesHost: isMetaHost,
  detect: detectMeta,
};
