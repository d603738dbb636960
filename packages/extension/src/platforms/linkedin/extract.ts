import type { CampaignFacts } from '@preflight/core';
import type { Detection } from '../types.js';

export function extractLinkedIn(_doc: Document, detection: Detection): CampaignFacts[] {
  return detection.campaignKeys.map((campaignKey) => ({ platform: detection.platform, campaignKey }));
}
