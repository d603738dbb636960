import type { Detection, PlatformDetector } from '../types.js';
import { DIGITS, otherPage, pathSegments } from '../page.js';
import { PLATFORM_TITLES } from '../titles.js';

export const isLinkedInHost = (host: string) => host === 'www.linkedin.com';

/** An API campaign (the UI's "ad set"): `linkedin:{account}:{campaign}`. */
export const linkedinKey = (accountId: string, campaignId: string) => `linkedin:${accountId}:${campaignId}`;

/** An API campaign group (the UI's "campaign" since October 2025): `linkedin:{account}:group:{group}`. */
export const linkedinGroupKey = (accountId: string, groupId: string) => `linkedin:${accountId}:group:${groupId}`;

/** `campaignGroupIds=[615557454]` (URL-encoded, possibly several): every well-formed id once, in order. */
function selectedGroups(url: URL): string[] {
  const ids = url.searchParams
    .getAll('campaignGroupIds')
    .flatMap((v) => v.replace(/^\[|\]$/g, '').split(','))
    .map((s) => s.trim());
  return [...new Set(ids.filter((id) => DIGITS.test(id)))];
}

/**
 * Campaign Manager under `/campaignmanager/accounts/{accountId}/`. What the UI calls a campaign is
 * the API's campaign group, opened as a filter: `campaigns?campaignGroupIds=[{group}]` (also
 * `campaign-groups?campaignGroupIds=[…]`). What the UI calls an ad set is the API's campaign,
 * `campaigns/{campaign}[/creatives|/details…]`. Only Campaign Manager's paths count on the shared
 * `www.linkedin.com`.
 */
export function detectLinkedIn(url: URL): Detection | null {
  if (url.protocol !== 'https:' || !isLinkedInHost(url.hostname)) return null;
  const path = pathSegments(url.pathname);
  if (path[0] !== 'campaignmanager') return null;
  const accountId = path[1] === 'accounts' && DIGITS.test(path[2] ?? '') ? path[2]! : null;
  if (accountId === null || (path[3] !== 'campaigns' && path[3] !== 'campaign-groups')) return otherPage('linkedin');
  if (path.length === 4) {
    const groups = selectedGroups(url);
    if (groups.length === 0) return { platform: 'linkedin', kind: 'list', campaignKeys: [], ids: { accountId } };
    return { platform: 'linkedin', kind: 'campaign', campaignKeys: groups.map((g) => linkedinGroupKey(accountId, g)), ids: { accountId, campaignGroupIds: groups.join(',') }, level: 'campaign' };
  }
  const campaignId = path[4]!;
  if (path[3] !== 'campaigns' || !DIGITS.test(campaignId)) return otherPage('linkedin');
  return { platform: 'linkedin', kind: 'campaign', campaignKeys: [linkedinKey(accountId, campaignId)], ids: { accountId, campaignId }, level: 'ad-set' };
}

export const linkedinDetector: PlatformDetector = {
  id: 'linkedin',
  title: PLATFORM_TITLES.linkedin,
  matchesHost: isLinkedInHost,
  detect: detectLinkedIn,
};
