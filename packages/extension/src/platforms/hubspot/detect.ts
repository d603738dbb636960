import type { Detection, PlatformDetector } from '../types.js';
import { DIGITS, otherPage, pathSegments } from '../page.js';
import { PLATFORM_TITLES } from '../titles.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `app.hubspot.com` and its data-centre hosts (`app-eu1`, `app-na2`, `app-na3`, `app-ap1`, any `app-<dc>`). */
export function isHubSpotHost(host: string): boolean {
  return host === 'app.hubspot.com' || /^app-[a-z0-9]+\.hubspot\.com$/.test(host);
}

export const hubspotKey = (portalId: string, guid: string) => `hubspot:${portalId}:${guid}`;

function campaignPage(portalId: string, guid: string): Detection {
  const campaignGuid = guid.toLowerCase();
  return { platform: 'hubspot', kind: 'campaign', campaignKeys: [hubspotKey(portalId, campaignGuid)], ids: { portalId, campaignGuid }, level: 'campaign' };
}

const listPage = (portalId: string): Detection => ({ platform: 'hubspot', kind: 'list', campaignKeys: [], ids: { portalId } });

/**
 * `/marketing/{portalId}/campaigns[/{guid}[/…]]`, saved views `/marketing/{portalId}/campaigns/views/{id}`
 * (lists), and the older hash-routed `/campaigns/{portalId}/#/details/{guid}` whose route lives in
 * the fragment (kept from HubSpot's old API docs; no current link uses it).
 */
export function detectHubSpot(url: URL): Detection | null {
  if (url.protocol !== 'https:' || !isHubSpotHost(url.hostname)) return null;
  const path = pathSegments(url.pathname);
  if (path[0] === 'marketing' && path[2] === 'campaigns' && DIGITS.test(path[1] ?? '')) {
    const portalId = path[1]!;
    if (path.length === 3) return listPage(portalId);
    if (path[3] === 'views' && path.length <= 5) return listPage(portalId);
    if (GUID.test(path[3]!)) return campaignPage(portalId, path[3]!);
    return otherPage('hubspot');
  }
  if (path[0] === 'campaigns' && path.length === 2 && DIGITS.test(path[1]!)) {
    const portalId = path[1]!;
    const route = pathSegments(url.hash.replace(/^#/, '').split('?')[0]!);
    if (route.length === 0) return listPage(portalId);
    if (route[0] === 'details' && GUID.test(route[1] ?? '')) return campaignPage(portalId, route[1]!);
    return otherPage('hubspot');
  }
  return otherPage('hubspot');
}

export const hubspotDetector: PlatformDetector = {
  id: 'hubspot',
  title: PLATFORM_TITLES.hubspot,
  matchesHost: isHubSpotHost,
  detect: detectHubSpot,
};
