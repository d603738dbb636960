import type { PlatformId } from '@preflight/core';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { PLATFORM_TITLES } from '../platforms/titles.js';
import { isHubSpotHost } from '../platforms/hubspot/detect.js';

/** A platform as the user knows it, and the hosts its app runs on, as match patterns. */
export interface PlatformHosts {
  title: string;
  origins: readonly string[];
}

/**
 * Each platform's hosts: the host permissions, and what the user is asked to allow when access to a
 * platform has been taken away. HubSpot serves its app from one host per data centre (`app`,
 * `app-eu1`, `app-na2`, `app-na3`, `app-ap1`, and more to come); a match pattern cannot say
 * `app-*.hubspot.com`, so the permission is the HubSpot domain and pageScriptPlatform keeps the
 * page script to the app hosts. Salesforce's `*.lightning.force.com` covers
 * production, My Domain, sandbox, Developer Edition, scratch and Trailhead orgs alike.
 */
export const PLATFORM_HOSTS: Readonly<Record<PlatformId, PlatformHosts>> = {
  hubspot: { title: PLATFORM_TITLES.hubspot, origins: ['https://*.hubspot.com/*'] },
  salesforce: { title: PLATFORM_TITLES.salesforce, origins: ['https://*.lightning.force.com/*'] },
  'google-ads': { title: PLATFORM_TITLES['google-ads'], origins: ['https://ads.google.com/*'] },
  meta: { title: PLATFORM_TITLES.meta, origins: ['https://adsmanager.facebook.com/*', 'https://business.facebook.com/*', 'https://www.facebook.com/*'] },
  linkedin: { title: PLATFORM_TITLES.linkedin, origins: ['https://www.linkedin.com/*'] },
};

/**
 * HubSpot's API host: an optional permission, asked for only when the user turns the HubSpot API on
 * in the options (the background then fetches campaign facts from it with the user's token).
 */
export const HUBSPOT_API_ORIGIN = 'https://api.hubapi.com/*';

/** The platform hosts, as match patterns: the host permissions. */
export const HOST_MATCHES: readonly string[] = Object.values(PLATFORM_HOSTS).flatMap((p) => p.origins);

/**
 * Where each platform's page script may go (src/background/page-tabs.ts injects it into campaign pages there). On the shared Facebook and LinkedIn hosts only the ads
 * apps' paths: those apps are entered with a full page load, and everything else there is none of ours.
 */
export const CONTENT_MATCHES: Readonly<Record<PlatformId, readonly string[]>> = {
  hubspot: PLATFORM_HOSTS.hubspot.origins,
  salesforce: PLATFORM_HOSTS.salesforce.origins,
  'google-ads': PLATFORM_HOSTS['google-ads'].origins,
  meta: ['https://adsmanager.facebook.com/*', 'https://business.facebook.com/adsmanager/*', 'https://www.facebook.com/adsmanager/*'],
  linkedin: ['https://www.linkedin.com/campaignmanager/*'],
};

const PAGE_SCRIPT_PATTERNS = Object.entries(CONTENT_MATCHES).map(([platform, patterns]) => ({ platform: platform as PlatformId, patterns: patterns.map((p) => new MatchPattern(p)) }));

/**
 * The platform whose page script may go into a page at this URL, or null: CONTENT_MATCHES, and on
 * the HubSpot domain its app hosts alone (every data centre's, which no match pattern can say).
 */
export function pageScriptPlatform(url: string): PlatformId | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const { platform, patterns } of PAGE_SCRIPT_PATTERNS) {
    if (patterns.some((p) => p.includes(parsed.href)) && (platform !== 'hubspot' || isHubSpotHost(parsed.hostname))) return platform;
  }
  return null;
}
