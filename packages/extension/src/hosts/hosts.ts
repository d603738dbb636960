import type { PlatformId } from '@preflight/core';
import { PLATFORM_TITLES } from '../platforms/titles.js';

/** A platform as the user knows it, and the hosts its app runs on, as match patterns. */
export interface PlatformHosts {
  title: string;
  origins: readonly string[];
}

/**
 * Each platform's hosts: the host permissions, and what the user is asked to allow when access to a
 * platform has been taken away. HubSpot serves its app from one host per data centre (`app`,
 * `app-eu1`, `app-na2`, `app-na3`, `app-ap1`, and more to come); a match pattern cannot say
 * `app-*.hubspot.com`, so the permission is the HubSpot domain and the page script's globs
 * (HUBSPOT_APP_GLOBS) keep the script to the app hosts. Salesforce's `*.lightning.force.com` covers
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

/** HubSpot's app hosts, every data centre's: the only HubSpot pages the page script goes into. */
export const HUBSPOT_APP_GLOBS: readonly string[] = ['https://app.hubspot.com/*', 'https://app-*.hubspot.com/*'];

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A match pattern (`https://*.host/path*`) or glob (`https://app-*.host/*`) as a regular expression
 * over a whole URL: a star in the host stays within the host, a star in the path matches anything.
 */
function patternRegExp(pattern: string): RegExp {
  const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const hostSource = host!.startsWith('*.') ? `([^/]+\\.)?${escapeRegExp(host!.slice(2))}` : host!.split('*').map(escapeRegExp).join('[^/]*');
  return new RegExp(`^https://${hostSource}${path!.split('*').map(escapeRegExp).join('.*')}$`);
}

const PAGE_SCRIPT_PATTERNS = Object.entries(CONTENT_MATCHES).map(([platform, patterns]) => ({
  platform: platform as PlatformId,
  matches: patterns.map(patternRegExp),
  globs: platform === 'hubspot' ? HUBSPOT_APP_GLOBS.map(patternRegExp) : [],
}));

/** The platform whose page script may go into a page at this URL (CONTENT_MATCHES, and HubSpot's app hosts), or null. */
export function pageScriptPlatform(url: string): PlatformId | null {
  const bare = url.replace(/#.*$/, '');
  for (const { platform, matches, globs } of PAGE_SCRIPT_PATTERNS) {
    if (matches.some((m) => m.test(bare)) && (!globs.length || globs.some((g) => g.test(bare)))) return platform;
  }
  return null;
}
