import type { Detection, PlatformDetector } from './types.js';
import { hubspotDetector } from './hubspot/detect.js';
import { salesforceDetector } from './salesforce/detect.js';
import { googleAdsDetector } from './google-ads/detect.js';
import { metaDetector } from './meta/detect.js';
import { linkedinDetector } from './linkedin/detect.js';

/**
 * URL detection for every platform, apart from page reading: the background routes each tab with
 * it, and a page gets its platform's reader only once it shows a campaign.
 */
export const DETECTORS: readonly PlatformDetector[] = [hubspotDetector, salesforceDetector, googleAdsDetector, metaDetector, linkedinDetector];

/** The platform whose app this URL belongs to, with what the URL shows; null off every platform's app. */
export function detectorForUrl(url: URL): { detector: PlatformDetector; detection: Detection } | null {
  for (const detector of DETECTORS) {
    const detection = detector.detect(url);
    if (detection !== null) return { detector, detection };
  }
  return null;
}

/** What the URL shows (campaign, list, other app page), or null off every platform's app. */
export function detectPage(url: URL): Detection | null {
  return detectorForUrl(url)?.detection ?? null;
}
