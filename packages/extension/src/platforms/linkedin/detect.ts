import type { Detection, PlatformDetector } from '../types.js';
import { DIGITS, otherPage, pathSegments } from '../page.js';
import { PLATFORM_TITLES } from '../titles.js';

export const isLinkedInHost = (host: string) => host === 'www.linkedin.com';

export const linkedinKey = (accountId: string, campaignId: string) => `linkedin:${accountId}:${campaignId}`;

/**
 * `/campaignmanager/accounts/{accountId}/campaigns[/{campaignId}[/…]]`. Campaign
 * groups (what the UI sometimes calls campaigns) have their own path and are not campaigns.
 * Only Campaign Manager's paths count on the shared `www.linkedin.com`.
 */
export function detectLinkedIn(url: URL): Detection | null {
  if (url.protocol !== 'https:' || !isLinkedInHost(url.hostname)) return null;
  const path = pathSegments(url.pathname);
  if (path[0] !== 'campaignmanager') return null;
  const accountId = path[1] === 'accounts' && DIGITS.test(path[2] ?? '') ? path[2]! : null;
  if (accountId === null || path[3] !== 'campaigns') return otherPage('linkedin');
  if (path.length === 4) return { platform: 'linkedin', kind: 'list', campaignKeys: [], ids: { accountId } };
  const campaignId = path[4]!;
  if (!DIGITS.test(campaignId)) return otherPage('linkedin');
  return { platform: 'linkedin', kind: 'campaign', campaignKeys: [linkedinKey(accountId, campaignId)], ids: { accountId, campaignId } };
}

export const linkedinDetector: PlatformDetector = {
  id: 'linkedin',
  title: PLATFORM_TITLES.linkedin,
  matchesHost: isLinkedInHost,
  detect: detectLinkedIn,
};
