import type { Fact } from '@preflight/core/platform';
import type { CampaignRead, Detection } from '../types.js';
import { fact, safely, textOf, visible } from '../dom.js';
import { campaignRead } from '../read.js';
import { META } from './selectors.js';

/** A visible input's value as a fact. */
function inputFact(root: ParentNode, selector: string): Fact<string> | undefined {
  const input = visible(root, selector) as HTMLInputElement | null;
  const value = (input?.value || input?.getAttribute('value') || '').trim();
  return value ? fact(value, selector, 1) : undefined;
}

function switchStatus(root: ParentNode): Fact<string> | undefined {
  const checked = visible(root, META.statusSwitch)?.getAttribute('aria-checked');
  return checked === 'true' ? fact('ACTIVE', META.statusSwitch, 1) : checked === 'false' ? fact('PAUSED', META.statusSwitch, 1) : undefined;
}

/**
 * One selected campaign in the editor: what the panel on screen shows, at that panel's level. The
 * campaign panel gives the name and on/off state, the ad set panel the schedule (of that ad set),
 * the ad panel its URL parameters (of that ad). Everything else is unread on this page; the grid's
 * rows are not read, since no public source shows how a row names its campaign.
 */
export function extractMeta(doc: Document, detection: Detection): CampaignRead[] {
  const single = detection.campaignKeys.length === 1;
  const tab = single ? visible(doc, META.panelTab) : null;
  const level = tab ? META.panels[tab.getAttribute('aria-label') ?? textOf(tab)] : undefined;
  return detection.campaignKeys.map((campaignKey) => {
    if (!level) return campaignRead('meta', campaignKey, {}, 'campaign');
    const input = (selector: string) => safely(() => inputFact(doc, selector));
    const params = level === 'ad' ? input(META.urlParameters) : undefined;
    const found =
      level === 'campaign'
        ? { name: input(META.campaignName), status: safely(() => switchStatus(doc)) }
        : level === 'ad-set'
          ? { startDate: input(META.startDate), endDate: input(META.endDate) }
          : { trackingUrls: params && fact([params.value], params.source, 1) };
    return campaignRead('meta', campaignKey, found, level);
  });
}
