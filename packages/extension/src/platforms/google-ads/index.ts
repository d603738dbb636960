import type { PlatformAdapter } from '../types.js';
import { googleAdsDetector } from './detect.js';
import { extractGoogleAds } from './extract.js';
import { factsAsRead } from '../read.js';

export const googleAdsAdapter: PlatformAdapter = { ...googleAdsDetector, read: extractGoogleAds, facts: factsAsRead };
