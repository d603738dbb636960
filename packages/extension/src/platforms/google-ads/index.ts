import type { PlatformAdapter } from '../types.js';
import { googleAdsDetector } from './detect.js';
import { readGoogleAdsPage } from './extract.js';

export const googleAdsAdapter: PlatformAdapter = { ...googleAdsDetector, read: readGoogleAdsPage };
