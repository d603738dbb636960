import type { PlatformId } from '@preflight/core';
import { PLATFORM_HOSTS } from './hosts.js';

/** A platform whose pages Preflight may not read, and the host patterns still to allow. */
export interface MissingAccess {
  platform: PlatformId;
  title: string;
  origins: string[];
}

/** Asks the browser whether every one of these host patterns is granted (`permissions.contains`). */
export type ContainsOrigins = (origins: string[]) => Promise<boolean>;

/**
 * The platforms, of those given, with at least one host the user has not allowed (or has taken
 * back), in the given order. Each host is asked on its own, so the request names only what is missing.
 */
export async function missingHostAccess(platforms: readonly PlatformId[], contains: ContainsOrigins): Promise<MissingAccess[]> {
  const checked = await Promise.all(
    platforms.map(async (platform) => {
      const { title, origins } = PLATFORM_HOSTS[platform];
      const granted = await Promise.all(origins.map((origin) => contains([origin])));
      return { platform, title, origins: origins.filter((_, i) => !granted[i]) };
    }),
  );
  return checked.filter((m) => m.origins.length > 0);
}

/** "HubSpot", "HubSpot or Meta Ads Manager", "HubSpot, Google Ads or Meta Ads Manager". */
export function platformList(titles: readonly string[]): string {
  if (titles.length <= 1) return titles[0] ?? '';
  return `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}`;
}

/** The host pattern that covers a page: what `permissions.contains` is asked about it (patterns carry no port). */
export function originPatternOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' ? `https://${hostname}/*` : null;
  } catch {
    return null;
  }
}
