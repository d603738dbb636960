import type { Detection, PlatformDetector } from './types.js';
import { hubspotDetector } from './hubspot/detect.js';
import { salesforceDetector } from './salesforce/detect.js';
import { googleAdsDetector } from './google-ads/detect.js';
import { metaDetector } from './meta/detect.js';
import { linkedinDetector } from './linkedin/detect.js';

/**
 * URL detection for every platform, apart from page reading: the content script loads this at
 * once on every matching page and the readers only once a campaign page is in view.
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
