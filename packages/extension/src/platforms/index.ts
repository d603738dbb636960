import type { Detection, PlatformAdapter } from './types.js';
import { hubspotAdapter } from './hubspot/index.js';
import { salesforceAdapter } from './salesforce/index.js';
import { googleAdsAdapter } from './google-ads/index.js';
import { metaAdapter } from './meta/index.js';
import { linkedinAdapter } from './linkedin/index.js';

export type { Detection, PageKind, PlatformAdapter } from './types.js';

/** One adapter per platform; their hosts do not overlap. */
export const ADAPTERS: readonly PlatformAdapter[] = [hubspotAdapter, salesforceAdapter, googleAdsAdapter, metaAdapter, linkedinAdapter];

/** The adapter whose app this URL belongs to, or null. */
export function adapterForUrl(url: URL): PlatformAdapter | null {
  for (const adapter of ADAPTERS) if (adapter.detect(url) !== null) return adapter;
  return null;
}

/** What the URL shows (campaign, list, other app page), or null off every platform's app. */
export function detectPage(url: URL): Detection | null {
  for (const adapter of ADAPTERS) {
    const detection = adapter.detect(url);
    if (detection !== null) return detection;
  }
  return null;
}
