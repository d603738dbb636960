import type { CampaignRead, Detection } from '../types.js';
import { campaignRead } from '../read.js';

/** The background's half of HubSpot's reading: the campaign in view, with every fact unread on the page (extract.ts). */
export const hubspotFacts = (_shown: unknown, detection: Detection): CampaignRead[] => detection.campaignKeys.map((key) => campaignRead('hubspot', key, {}, 'campaign'));
