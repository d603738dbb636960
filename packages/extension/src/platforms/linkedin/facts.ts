import type { CampaignRead, Detection } from '../types.js';
import { campaignRead } from '../read.js';

/** The background's half of LinkedIn's reading: the campaign (group) or ad set in view, with every fact unread on the page (extract.ts). */
export const linkedinFacts = (_shown: unknown, detection: Detection): CampaignRead[] =>
  detection.campaignKeys.map((key) => campaignRead('linkedin', key, {}, detection.level ?? 'campaign'));
