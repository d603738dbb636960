import type { PlatformAdapter } from '../types.js';
import { hubspotDetector } from './detect.js';
import { extractHubSpot } from './extract.js';

export const hubspotAdapter: PlatformAdapter = { ...hubspotDetector, extract: extractHubSpot };
