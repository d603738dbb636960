import type { PlatformAdapter } from '../types.js';
import { hubspotDetector } from './detect.js';
import { readHubSpotPage } from './extract.js';

export const hubspotAdapter: PlatformAdapter = { ...hubspotDetector, read: readHubSpotPage };
