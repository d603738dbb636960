import type { PlatformAdapter } from '../types.js';
import { detectGoogleAds, isGoogleAdsHost } from './detect.js';
import { extractGoogleAds } from './extract.js';

export const googleAdsAdapter: PlatformAdapter = {
  id: 'google-ads',
  title: 'Google Ads',
  matchesHost: isGoogleAdsHost,
  detect: detectGoogleAds,
  extract: extractGoogleAds,
};
