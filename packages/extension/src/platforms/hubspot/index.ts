import type { PlatformAdapter } from '../types.js';
import { detectHubSpot, isHubSpotHost } from './detect.js';
import { extractHubSpot } from './extract.js';

export const hubspotAdapter: PlatformAdapter = {
  id: 'hubspot',
  title: 'HubSpot',
  matchesHost: isHubSpotHost,
  detect: detectHubSpot,
  extract: extractHubSpot,
};
