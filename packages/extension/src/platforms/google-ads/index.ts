import type { PlatformAdapter } from '../types.js';
import { googleAdsDetector } from './detect.js';
import { extractGoogleAds } from './extract.js';

export const googleAdsAdapter: PlatformAdapter = { ...googleAdsDetector, extract: extractGoogleAds };
