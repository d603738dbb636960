import type { CampaignRead, Detection } from '../types.js';
import { campaignRead } from '../read.js';
import type { ShownPanel } from './extract.js';

/**
 * The background's half of Meta's reading: the editor's panel (extract.ts) is one selected
 * campaign's; with several selected, nothing on the page says which it is, and nothing is read.
 */
export function metaFacts(panel: ShownPanel, detection: Detection): CampaignRead[] {
  const single = detection.campaignKeys.length === 1;
  return detection.campaignKeys.map((campaignKey) =>
    single && panel.level ? campaignRead('meta', campaignKey, panel.found ?? {}, panel.level) : campaignRead('meta', campaignKey, {}, 'campaign'),
  );
}
