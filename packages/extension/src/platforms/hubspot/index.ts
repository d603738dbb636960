import type { PlatformAdapter } from '../types.js';
import { hubspotDetector } from './detect.js';
import { extractHubSpot } from './extract.js';
import { factsAsRead } from '../read.js';

export const hubspotAdapter: PlatformAdapter = { ...hubspotDetector, read: extractHubSpot, facts: factsAsRead };
